/**
 * Runs learner code in the code lab (page side): transpiles it, starts a
 * fresh worker (codeLab.worker.ts), answers the worker's Cognito requests
 * with the page's engine (forward.ts), and ends the run when the code
 * finishes, throws, passes the time limit, or is stopped. Ending always
 * terminates the worker, so an infinite loop never holds on.
 */
import { loadTypeScript } from '../_triggers/workerRuntime';
import { forwardAwsJson, type LabEngineCall } from './forward';
import type { LabConstants, LabLogLevel, PageToWorker, WorkerToPage } from './protocol';
import { transpileLab } from './transpile';

/**
 * How long one run may take (ms). A sandbox choice, not a Cognito number:
 * enough for SRP sign-ins and a few dozen calls, short enough that a stuck
 * run does not keep a worker busy.
 */
export const CODE_LAB_TIME_LIMIT_MS = 30_000;

/** One console line of a run. */
export interface LabLogLine {
  level: LabLogLevel;
  text: string;
}

export type LabRunResult =
  | { status: 'ok'; durationMs: number }
  | { status: 'error'; error: { name: string; message: string }; durationMs: number }
  | { status: 'timeout'; durationMs: number }
  | { status: 'stopped'; durationMs: number };

export interface LabRun {
  /** Resolves once the run has ended (the worker is gone by then). */
  done: Promise<LabRunResult>;
  /** Stops the run now (terminates the worker). */
  stop(): void;
}

/** The parts of a Worker the runner uses (tests pass a fake). */
export interface LabWorkerLike {
  postMessage(message: PageToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerToPage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface LabRunOptions {
  source: string;
  constants: LabConstants;
  /** The sandbox's simulated time when the run starts (epoch ms). */
  clockMs: number;
  /** The engine (the sandbox store's `call`, so calls appear in the call log). */
  call: LabEngineCall;
  onLog(line: LabLogLine): void;
  timeoutMs?: number;
  /** Creates the worker (default: the bundled code-lab worker). */
  createWorker?: () => LabWorkerLike;
}

const now = (): number => performance.now();

/** The bundled worker: a separate script of this site (its own chunk), loaded only when code runs. */
export function createLabWorker(): LabWorkerLike {
  return new Worker(new URL('./codeLab.worker.ts', import.meta.url), { type: 'module', name: 'code-lab' }) as unknown as LabWorkerLike;
}

/** Starts a run. Never throws: every failure ends in {@link LabRun.done}. */
export function startLabRun(options: LabRunOptions): LabRun {
  const started = now();
  const timeoutMs = options.timeoutMs ?? CODE_LAB_TIME_LIMIT_MS;
  let worker: LabWorkerLike | undefined;
  let settled = false;
  let resolveDone!: (r: LabRunResult) => void;
  const done = new Promise<LabRunResult>((resolve) => {
    resolveDone = resolve;
  });

  const end = (result: LabRunResult) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    worker?.terminate();
    worker = undefined;
    resolveDone(result);
  };

  const timer = setTimeout(() => end({ status: 'timeout', durationMs: now() - started }), timeoutMs);

  void (async () => {
    let script: string;
    try {
      const ts = await loadTypeScript();
      const compiled = transpileLab(ts, options.source);
      if (!compiled.ok) {
        end({ status: 'error', error: compiled.error, durationMs: now() - started });
        return;
      }
      script = compiled.script;
    } catch (e) {
      end({ status: 'error', error: { name: 'Error', message: `The TypeScript compiler could not be loaded: ${e instanceof Error ? e.message : String(e)}` }, durationMs: now() - started });
      return;
    }
    if (settled) return;
    try {
      worker = (options.createWorker ?? createLabWorker)();
    } catch (e) {
      end({ status: 'error', error: { name: 'Error', message: `The code lab's worker could not start: ${e instanceof Error ? e.message : String(e)}` }, durationMs: now() - started });
      return;
    }
    const w = worker;
    w.onerror = (event) => {
      event.preventDefault?.();
      end({ status: 'error', error: { name: 'Error', message: event.message || 'The code lab’s worker failed to load.' }, durationMs: now() - started });
    };
    w.onmessage = (event) => {
      const message = event.data;
      if (settled || !message || typeof message !== 'object') return;
      if (message.kind === 'log') options.onLog({ level: message.level, text: String(message.text) });
      else if (message.kind === 'fetch') {
        void forwardAwsJson(options.call, options.constants.REGION, message.request).then((result) => {
          if (!settled) w.postMessage({ kind: 'fetch-result', requestId: message.requestId, result });
        });
      } else if (message.kind === 'done') {
        const durationMs = now() - started;
        end(message.ok ? { status: 'ok', durationMs } : { status: 'error', error: message.error, durationMs });
      }
    };
    w.postMessage({ kind: 'run', script, constants: options.constants, clockMs: options.clockMs });
  })();

  return { done, stop: () => end({ status: 'stopped', durationMs: now() - started }) };
}
