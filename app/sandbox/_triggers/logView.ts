/**
 * Pure helpers for the trigger log view and for diagrams: attempt rows, and
 * the Lambda invocations that belong to one API call.
 */
import type { LambdaInvocationRecord } from '@/simulator';
import { functionNameOf } from '@/simulator/triggers/functions';

/** Lambda's log group name for a function. */
export const logGroupName = (functionName: string): string => `/aws/lambda/${functionName}`;

export interface AttemptRow {
  key: string;
  functionArn: string;
  functionName: string;
  triggerSource: string;
  attempt: number;
  invocationType: 'sync' | 'async';
  /** e.g. "12 ms", "5,000 ms (timed out)". */
  duration: string;
  /** e.g. "OK", "Task timed out", "Error: boom". */
  outcome: string;
}

/** Describes how an attempt ended, in words. */
export function outcomeText(r: LambdaInvocationRecord): string {
  if (r.outcome === 'ok') return 'OK';
  if (r.outcome === 'timeout') return 'Timed out';
  if (r.outcome === 'not-invoked') return `Not invoked${r.errorMessage ? `: ${r.errorMessage}` : ''}`;
  return `${r.errorType ?? 'Error'}${r.errorMessage ? `: ${r.errorMessage}` : ''}`;
}

/** Attempt records as table rows, newest first. */
export function attemptRows(records: readonly LambdaInvocationRecord[]): AttemptRow[] {
  return records
    .map((r, i) => ({
      key: `${r.requestId}-${i}`,
      functionArn: r.functionArn,
      functionName: functionNameOf(r.functionArn),
      triggerSource: r.triggerSource,
      attempt: r.attempt,
      invocationType: r.invocationType,
      duration: `${Math.round(r.durationMs).toLocaleString('en-US')} ms`,
      outcome: outcomeText(r),
    }))
    .reverse();
}

/**
 * The attempts that ran during one API call, for sequence diagrams: those
 * that started between the call's start and end on the simulated clock (a
 * call that ran triggers moved the clock by their simulated durations).
 */
export function invocationsDuring(records: readonly LambdaInvocationRecord[], from: number, to: number): LambdaInvocationRecord[] {
  return records.filter((r) => r.startedAt >= from && r.startedAt <= to);
}

/** The trigger attempts an API call caused, as the store attaches them to its call record (`lambda`). */
export type CallLambdaAttempts = readonly LambdaInvocationRecord[];

/** One arrow of a sequence diagram between the user pool and Lambda (the diagram module maps it to its own type). */
export interface LambdaArrow {
  kind: 'request' | 'response' | 'error';
  from: 'pool' | 'lambda';
  to: 'pool' | 'lambda';
  text: string;
  detail?: string[];
}

/**
 * Arrows for the attempts of one call: the pool invokes the function with
 * the event (trigger source and attempt), and the function answers, fails or
 * times out. Asynchronous calls (custom senders) are marked: Cognito does not
 * wait for their answer.
 */
export function lambdaArrows(attempts: CallLambdaAttempts | undefined): LambdaArrow[] {
  const out: LambdaArrow[] = [];
  for (const a of attempts ?? []) {
    const name = functionNameOf(a.functionArn);
    out.push({
      kind: 'request',
      from: 'pool',
      to: 'lambda',
      text: `${a.invocationType === 'async' ? 'Invoke (async)' : 'Invoke'} ${name}`,
      detail: [`event: ${a.triggerSource}`, `attempt ${a.attempt} of 3`],
    });
    if (a.outcome === 'ok') out.push({ kind: 'response', from: 'lambda', to: 'pool', text: `returns the event (${Math.round(a.durationMs)} ms)` });
    else if (a.outcome === 'timeout') out.push({ kind: 'error', from: 'lambda', to: 'pool', text: `no answer: timed out after ${Math.round(a.durationMs / 1000)} s` });
    else out.push({ kind: 'error', from: 'lambda', to: 'pool', text: outcomeText(a) });
  }
  return out;
}

/** The attempts in `all` whose request ids are not in `seen` (and records them as seen). */
export function takeNewAttempts(all: readonly LambdaInvocationRecord[], seen: Set<string>): LambdaInvocationRecord[] {
  const fresh = all.filter((r) => !seen.has(r.requestId));
  for (const r of fresh) seen.add(r.requestId);
  return fresh;
}
