/**
 * The seam between the engine and whatever actually runs a trigger's code.
 *
 * The engine stays portable: it never evaluates learner code itself. A host
 * injects a {@link LambdaRuntime} (`createSimulator({ lambdaRuntime })`): in
 * Node a `worker_threads` worker (server/lambdaRuntime.ts), in the browser a
 * Web Worker. Either one runs a Node.js-style handler
 * (`export const handler = async (event, context) => …`) isolated from the
 * host, with a console that is captured and no network, and gives up after
 * `timeoutMs` of real time.
 *
 * Cognito's rules (5-second limit, three attempts, which error the operation
 * returns) live in invoke.ts, not in the runtime.
 */

export type LambdaLanguage = 'javascript' | 'typescript';

/** The code to run. */
export interface LambdaCode {
  code: string;
  language: LambdaLanguage;
}

/** What the handler's `context` argument describes (Lambda's context object). */
export interface LambdaContextInfo {
  functionName: string;
  invokedFunctionArn: string;
  awsRequestId: string;
  memoryLimitInMB: number;
  logGroupName: string;
  logStreamName: string;
}

/** One line the handler wrote with `console.*`. */
export interface LambdaConsoleLine {
  level: 'INFO' | 'WARN' | 'ERROR' | 'DEBUG' | 'TRACE';
  message: string;
  /** Milliseconds after the handler started. */
  offsetMs: number;
}

export interface LambdaInvokeOptions {
  /** Real milliseconds the handler may run before the runtime stops it. */
  timeoutMs: number;
  context: LambdaContextInfo;
}

/** How one run of the handler ended. `durationMs` is real time spent in the handler. */
export type LambdaOutcome =
  | { status: 'ok'; result: unknown; logs: LambdaConsoleLine[]; durationMs: number }
  | { status: 'error'; errorType: string; errorMessage: string; stack?: string[]; logs: LambdaConsoleLine[]; durationMs: number }
  | { status: 'timeout'; logs: LambdaConsoleLine[]; durationMs: number };

/** Runs learner code. Implementations live outside the engine. */
export interface LambdaRuntime {
  /**
   * Runs `fn`'s handler once with `event` (a JSON value). Never throws for a
   * failure of the handler: it resolves with an `error` or `timeout` outcome.
   * An infinite loop must end as `timeout` after `timeoutMs`.
   */
  invoke(fn: LambdaCode, event: unknown, options: LambdaInvokeOptions): Promise<LambdaOutcome>;
}
