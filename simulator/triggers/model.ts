/**
 * State kept for Lambda triggers: the learner's functions (by ARN), what they
 * logged (CloudWatch Logs style) and every attempt Cognito made to run them.
 * All of it is plain JSON and travels with snapshots; every field on
 * `SimState` is optional so snapshots from before triggers still load.
 */

/** A simulated Lambda function: the learner's handler code and fault injection. */
export interface LambdaFunctionRecord {
  name: string;
  arn: string;
  code: string;
  language: 'javascript' | 'typescript';
  /** Fault injection: simulated time added before the handler runs, on every attempt. */
  latencyMs?: number;
  /** Fault injection: every attempt fails as if the handler threw an Error with this message. */
  throwError?: string;
  /** Fault injection: wait for `latencyMs` in real time (the simulated clock still moves by as much) instead of only moving the simulated clock. */
  realTime?: boolean;
  createdAt: number;
  updatedAt: number;
}

/** One line of a function's log, as CloudWatch Logs shows it. */
export interface LambdaLogLine {
  /** Simulated time of the line (epoch ms). */
  at: number;
  requestId: string;
  /** Which attempt of the trigger call wrote it (1, 2, 3). */
  attempt: number;
  userPoolId: string;
  triggerSource: string;
  /** The line as CloudWatch shows it (START RequestId: …, the handler's output, END, REPORT). */
  message: string;
}

/** One attempt to run a trigger function. */
export interface LambdaInvocationRecord {
  requestId: string;
  functionArn: string;
  /** LambdaConfig key: PreSignUp, CustomMessage, CustomEmailSender, … */
  trigger: string;
  triggerSource: string;
  attempt: number;
  /** Simulated time the attempt started (epoch ms). */
  startedAt: number;
  /** How long the attempt took as Cognito saw it (simulated latency included). */
  durationMs: number;
  /** `async` marks custom sender calls, which Cognito does not wait for. */
  invocationType: 'sync' | 'async';
  outcome: 'ok' | 'error' | 'timeout' | 'not-invoked';
  errorType?: string;
  errorMessage?: string;
}

/** The trigger-related parts of the simulator state. */
export interface LambdaState {
  lambdaFunctions?: Record<string, LambdaFunctionRecord>;
  lambdaLogs?: Record<string, LambdaLogLine[]>;
  lambdaInvocations?: Record<string, LambdaInvocationRecord[]>;
}
