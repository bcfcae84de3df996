/**
 * The learner's Lambda functions: stored in the state by ARN
 * (`arn:aws:lambda:{region}:{account}:function:{name}`), with their code and
 * fault injection, plus the bounded logs and attempt records the triggers
 * write. These are engine functions, not AWS operations (Lambda is not
 * Cognito); the Simulator exposes them as putLambdaFunction & co.
 */
import { produce } from 'immer';
import type { SimState } from '../core/model';
import { LAMBDA_RUNTIME, SIMULATED_ACCOUNT_ID } from '../facts';
import type { LambdaFunctionRecord, LambdaInvocationRecord, LambdaLogLine } from './model';
import type { LambdaLanguage } from './runtime';

/** Sandbox bounds (not AWS numbers): lines kept per function and attempts kept per pool. */
export const LOG_LINES_PER_FUNCTION = 500;
export const ATTEMPTS_PER_POOL = 200;

const NAME = new RegExp(`^[A-Za-z0-9_-]{1,${LAMBDA_RUNTIME.functionNameMaxLength.value}}$`);
const ARN = /^arn:aws:lambda:([a-z]{2}(?:-[a-z]+)+-\d):(\d{12}):function:([A-Za-z0-9_-]+)$/;

/** Raised for a bad putLambdaFunction / deleteLambdaFunction request (engine API, not an AWS error). */
export class LambdaFunctionError extends Error {
  override readonly name = 'LambdaFunctionError';
}

/** The ARN of function `name` in the simulated account. */
export const functionArn = (region: string, name: string): string => `arn:aws:lambda:${region}:${SIMULATED_ACCOUNT_ID.value}:function:${name}`;

/** The function name inside an ARN (or the name itself). */
export function functionNameOf(nameOrArn: string): string {
  return ARN.exec(nameOrArn)?.[3] ?? nameOrArn;
}

/** Finds a function by name or ARN. */
export function findFunction(state: Readonly<SimState>, nameOrArn: string): LambdaFunctionRecord | undefined {
  const fns = state.lambdaFunctions ?? {};
  return fns[nameOrArn] ?? fns[functionArn(state.region, functionNameOf(nameOrArn))];
}

export interface PutLambdaFunctionInput {
  /** Function name (1-64 letters, digits, `-`, `_`), or its full ARN. */
  name: string;
  code: string;
  language?: LambdaLanguage;
  /** Fault injection: simulated milliseconds before the handler runs. 0 or absent: none. */
  latencyMs?: number;
  /** Fault injection: every attempt throws an Error with this message. Empty or absent: off. */
  throwError?: string;
  /** Fault injection: the latency is waited for in real time (the learner chose to watch it happen). Default: simulated. */
  realTime?: boolean;
}

/** Creates or replaces a function. Returns the new state and the stored record. */
export function putFunction(state: SimState, input: PutLambdaFunctionInput, now: number): { state: SimState; fn: LambdaFunctionRecord } {
  const name = functionNameOf(input.name);
  if (!NAME.test(name)) throw new LambdaFunctionError(`Invalid function name ${JSON.stringify(input.name)}: use 1-${LAMBDA_RUNTIME.functionNameMaxLength.value} letters, digits, hyphens or underscores.`);
  const m = ARN.exec(input.name);
  if (m && (m[1] !== state.region || m[2] !== SIMULATED_ACCOUNT_ID.value)) {
    throw new LambdaFunctionError(`Function ARN ${input.name} is not in this sandbox's account and Region (${SIMULATED_ACCOUNT_ID.value}, ${state.region}).`);
  }
  if (typeof input.code !== 'string') throw new LambdaFunctionError('Function code must be a string.');
  const language = input.language ?? 'javascript';
  if (language !== 'javascript' && language !== 'typescript') throw new LambdaFunctionError(`Unsupported language ${JSON.stringify(language)}.`);
  const latency = input.latencyMs ?? 0;
  if (!Number.isInteger(latency) || latency < 0) throw new LambdaFunctionError('latencyMs must be a non-negative whole number of milliseconds.');
  const arn = functionArn(state.region, name);
  const previous = state.lambdaFunctions?.[arn];
  const fn: LambdaFunctionRecord = { name, arn, code: input.code, language, createdAt: previous?.createdAt ?? now, updatedAt: now };
  if (latency > 0) fn.latencyMs = latency;
  if (input.throwError) fn.throwError = input.throwError;
  if (input.realTime && latency > 0) fn.realTime = true;
  const next = produce(state, (draft) => {
    draft.lambdaFunctions = { ...(draft.lambdaFunctions ?? {}), [arn]: fn };
  });
  return { state: next, fn };
}

/** Removes a function (its logs stay, as a CloudWatch log group outlives its function). */
export function deleteFunction(state: SimState, nameOrArn: string): SimState {
  const fn = findFunction(state, nameOrArn);
  if (!fn) throw new LambdaFunctionError(`Function not found: ${nameOrArn}`);
  return produce(state, (draft) => {
    if (draft.lambdaFunctions) delete draft.lambdaFunctions[fn.arn];
  });
}

/** Something a trigger call wants kept, even if its operation fails. */
export type LambdaRecordEntry =
  | { kind: 'log'; functionArn: string; line: LambdaLogLine }
  | { kind: 'attempt'; userPoolId: string; record: LambdaInvocationRecord };

/** Appends log lines and attempt records to the state, keeping the newest within the sandbox bounds. */
export function appendLambdaRecords(state: SimState, entries: readonly LambdaRecordEntry[]): SimState {
  if (entries.length === 0) return state;
  return produce(state, (draft) => {
    const logs = (draft.lambdaLogs ??= {});
    const attempts = (draft.lambdaInvocations ??= {});
    for (const e of entries) {
      if (e.kind === 'log') (logs[e.functionArn] ??= []).push(e.line);
      else (attempts[e.userPoolId] ??= []).push(e.record);
    }
    for (const [arn, lines] of Object.entries(logs)) if (lines.length > LOG_LINES_PER_FUNCTION) logs[arn] = lines.slice(-LOG_LINES_PER_FUNCTION);
    for (const [id, list] of Object.entries(attempts)) if (list.length > ATTEMPTS_PER_POOL) attempts[id] = list.slice(-ATTEMPTS_PER_POOL);
  });
}
