/**
 * Calling a user pool's Lambda trigger under Cognito's rules.
 *
 * - Synchronous triggers (all but the custom senders) get 5 seconds
 *   (facts LAMBDA.timeoutSeconds). A call that does not answer in time is
 *   retried; after three attempts in all (LAMBDA.attempts) the operation fails
 *   with UnexpectedLambdaException. Only timeouts are retried: "If it does not
 *   [respond within 5 seconds], Amazon Cognito retries the call" (DG-2023,
 *   working-with-aws-lambda-triggers). A handler that throws answers at once,
 *   and the operation fails with UserLambdaValidationException
 *   "<Trigger> failed with error <message>."; a handler that returns something
 *   other than the event fails it with InvalidLambdaResponseException.
 * - Custom sender triggers are invoked asynchronously: the operation does not
 *   wait for them; Lambda retries a failed asynchronous call twice.
 * - Fault injection: a function's `latencyMs` passes before its handler runs
 *   on every attempt. On a SimulatedClock it moves the clock instead of
 *   making anyone wait (unless the function asks for `realTime`); with a real
 *   clock it is waited for. `throwError` makes
 *   every attempt fail as if the handler threw.
 *
 * Every attempt (number, duration, outcome) and every log line (START / the
 * handler's console output / END / REPORT) is recorded through the
 * operation's LambdaHost, so it is kept even when the operation fails.
 */
import type { OperationContext } from '../core/context';
import type { Json, UserPool } from '../core/model';
import { CognitoError } from '../core/errors';
import { SimulatedClock, type Clock } from '../core/clock';
import { randomUuid } from '../core/random';
import { LAMBDA, LAMBDA_RUNTIME } from '../facts';
import type { DetachedLambdaEnv } from './host';
import type { TriggerEvent } from './events';
import type { LambdaFunctionRecord } from './model';
import type { LambdaOutcome } from './runtime';
import { TRIGGER_MESSAGES, type TriggerFailure } from './messages';

/** The LambdaConfig keys that name a function. */
export type TriggerName =
  | 'PreSignUp'
  | 'CustomMessage'
  | 'PostConfirmation'
  | 'PreAuthentication'
  | 'PostAuthentication'
  | 'DefineAuthChallenge'
  | 'CreateAuthChallenge'
  | 'VerifyAuthChallengeResponse'
  | 'PreTokenGeneration'
  | 'UserMigration'
  | 'CustomSMSSender'
  | 'CustomEmailSender';

/** Cognito's limit for one synchronous attempt, in milliseconds. */
export const TRIGGER_TIMEOUT_MS = LAMBDA.timeoutSeconds.value * 1000;

type LambdaConfig = { [k: string]: Json | undefined };
const lambdaConfig = (pool: UserPool): LambdaConfig => (pool.config.LambdaConfig ?? {}) as LambdaConfig;

/**
 * The ARN a pool's LambdaConfig names for `trigger`, if any.
 * PreTokenGenerationConfig.LambdaArn wins over the older PreTokenGeneration;
 * the custom senders are `{ LambdaVersion, LambdaArn }` objects.
 */
export function triggerArn(pool: UserPool, trigger: TriggerName): string | undefined {
  const cfg = lambdaConfig(pool);
  const versioned = (key: string) => (cfg[key] as { LambdaArn?: string } | undefined)?.LambdaArn;
  if (trigger === 'PreTokenGeneration') return versioned('PreTokenGenerationConfig') ?? (cfg.PreTokenGeneration as string | undefined);
  if (trigger === 'CustomSMSSender' || trigger === 'CustomEmailSender') return versioned(trigger);
  const arn = cfg[trigger];
  return typeof arn === 'string' && arn !== '' ? arn : undefined;
}

/** The pool's pre token generation event version (V1_0 unless PreTokenGenerationConfig says otherwise). */
export function preTokenGenerationVersion(pool: UserPool): 'V1_0' | 'V2_0' | 'V3_0' {
  const v = (lambdaConfig(pool).PreTokenGenerationConfig as { LambdaVersion?: string } | undefined)?.LambdaVersion;
  return v === 'V2_0' || v === 'V3_0' ? v : 'V1_0';
}

/** The KMS key the pool encrypts custom sender codes with (LambdaConfig.KMSKeyID). */
export const kmsKeyOf = (pool: UserPool): string | undefined => lambdaConfig(pool).KMSKeyID as string | undefined;

const failure = (f: TriggerFailure): CognitoError => new CognitoError(f.type, f.message);

/** What a trigger call needs besides the function: where it comes from, for the records. */
interface CallMeta {
  trigger: TriggerName;
  triggerSource: string;
  userPoolId: string;
  invocationType: 'sync' | 'async';
}

/** A function as an attempt needs it (a plain copy: drafts do not outlive their call). */
type FunctionSnapshot = Pick<LambdaFunctionRecord, 'name' | 'arn' | 'code' | 'language' | 'latencyMs' | 'throwError' | 'realTime'>;

const snapshotOf = (fn: LambdaFunctionRecord): FunctionSnapshot => ({
  name: fn.name,
  arn: fn.arn,
  code: fn.code,
  language: fn.language,
  latencyMs: fn.latencyMs,
  throwError: fn.throwError,
  realTime: fn.realTime,
});

/** Waits `ms` of real time. */
const waitReal = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Lets `ms` pass: moves a simulated clock, or waits in real time. With
 * `realTime` (the learner chose to wait) a simulated clock is moved too, once
 * the real wait is over, so the records still add up.
 */
async function passTime(clock: Clock, ms: number, realTime = false): Promise<void> {
  if (ms <= 0) return;
  if (!(clock instanceof SimulatedClock)) return waitReal(ms);
  if (realTime) await waitReal(ms);
  clock.advance(ms);
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** One attempt: runs the handler (or the injected fault) and records what happened. */
async function attempt(env: DetachedLambdaEnv, fn: FunctionSnapshot, event: TriggerEvent, meta: CallMeta, n: number): Promise<LambdaOutcome> {
  const requestId = randomUuid(env.random);
  const startedAt = env.clock.now();
  const log = (at: number, message: string) =>
    env.record({ kind: 'log', functionArn: fn.arn, line: { at, requestId, attempt: n, userPoolId: meta.userPoolId, triggerSource: meta.triggerSource, message } });
  log(startedAt, `START RequestId: ${requestId} Version: $LATEST`);

  const latency = fn.latencyMs ?? 0;
  await passTime(env.clock, Math.min(latency, TRIGGER_TIMEOUT_MS), fn.realTime);
  let outcome: LambdaOutcome;
  let seen: number; // duration as Cognito saw it
  if (latency >= TRIGGER_TIMEOUT_MS) {
    outcome = { status: 'timeout', logs: [], durationMs: 0 };
    seen = TRIGGER_TIMEOUT_MS;
  } else if (fn.throwError) {
    outcome = { status: 'error', errorType: 'Error', errorMessage: fn.throwError, stack: [`Error: ${fn.throwError}`], logs: [], durationMs: 0 };
    seen = latency;
  } else {
    const budget = Math.min(TRIGGER_TIMEOUT_MS - latency, env.wallClockTimeoutMs ?? Number.POSITIVE_INFINITY);
    outcome = await runSafely(env, fn, event, requestId, budget);
    if (outcome.status === 'timeout') {
      // Cognito waited its full limit; a shorter real-time budget still counts as 5 simulated seconds.
      if (env.clock instanceof SimulatedClock) env.clock.advance(TRIGGER_TIMEOUT_MS - latency);
      seen = TRIGGER_TIMEOUT_MS;
    } else {
      seen = latency + outcome.durationMs;
    }
  }

  for (const line of outcome.logs) log(startedAt + latency + Math.round(line.offsetMs), `${iso(startedAt + latency + Math.round(line.offsetMs))}\t${requestId}\t${line.level}\t${line.message}`);
  const endAt = startedAt + Math.round(seen);
  if (outcome.status === 'error') {
    const body = JSON.stringify({ errorType: outcome.errorType, errorMessage: outcome.errorMessage, stack: outcome.stack ?? [] });
    log(endAt, `${iso(endAt)}\t${requestId}\tERROR\tInvoke Error \t${body}`);
  }
  if (outcome.status === 'timeout') log(endAt, `${iso(endAt)} ${requestId} Task timed out after ${(TRIGGER_TIMEOUT_MS / 1000).toFixed(2)} seconds`);
  log(endAt, `END RequestId: ${requestId}`);
  const billed = Math.max(LAMBDA_RUNTIME.billingGranularityMs.value, Math.ceil(seen / LAMBDA_RUNTIME.billingGranularityMs.value) * LAMBDA_RUNTIME.billingGranularityMs.value);
  log(
    endAt,
    `REPORT RequestId: ${requestId}\tDuration: ${seen.toFixed(2)} ms\tBilled Duration: ${billed} ms\tMemory Size: ${LAMBDA_RUNTIME.memorySizeMb.value} MB` +
      (outcome.status === 'timeout' ? '\tStatus: timeout' : ''),
  );
  env.record({
    kind: 'attempt',
    userPoolId: meta.userPoolId,
    record: {
      requestId,
      functionArn: fn.arn,
      trigger: meta.trigger,
      triggerSource: meta.triggerSource,
      attempt: n,
      startedAt,
      durationMs: Math.round(seen * 100) / 100,
      invocationType: meta.invocationType,
      outcome: outcome.status,
      ...(outcome.status === 'error' ? { errorType: outcome.errorType, errorMessage: outcome.errorMessage } : {}),
    },
  });
  return outcome;
}

/** Calls the runtime; a runtime that throws counts as a Lambda service error for this attempt. */
async function runSafely(env: DetachedLambdaEnv, fn: FunctionSnapshot, event: TriggerEvent, requestId: string, timeoutMs: number): Promise<LambdaOutcome> {
  try {
    return await env.runtime!.invoke({ code: fn.code, language: fn.language }, JSON.parse(JSON.stringify(event)) as unknown, {
      timeoutMs,
      context: {
        functionName: fn.name,
        invokedFunctionArn: fn.arn,
        awsRequestId: requestId,
        memoryLimitInMB: LAMBDA_RUNTIME.memorySizeMb.value,
        logGroupName: `/aws/lambda/${fn.name}`,
        logStreamName: `${iso(env.clock.now()).slice(0, 10).replaceAll('-', '/')}/[$LATEST]${requestId.replaceAll('-', '')}`,
      },
    });
  } catch (e) {
    return { status: 'error', errorType: 'Runtime.ServiceException', errorMessage: e instanceof Error ? e.message : String(e), logs: [], durationMs: 0 };
  }
}

/** Records that Cognito could not invoke the function at all. */
function notInvoked(env: DetachedLambdaEnv, arn: string, meta: CallMeta, why: TriggerFailure): void {
  env.record({
    kind: 'attempt',
    userPoolId: meta.userPoolId,
    record: {
      requestId: randomUuid(env.random),
      functionArn: arn,
      trigger: meta.trigger,
      triggerSource: meta.triggerSource,
      attempt: 1,
      startedAt: env.clock.now(),
      durationMs: 0,
      invocationType: meta.invocationType,
      outcome: 'not-invoked',
      errorType: why.type,
      errorMessage: why.message,
    },
  });
}

/** The operation's trigger environment (records go to its LambdaHost). */
function envOf(ctx: OperationContext): DetachedLambdaEnv {
  return {
    runtime: ctx.lambda?.runtime,
    wallClockTimeoutMs: ctx.lambda?.wallClockTimeoutMs,
    clock: ctx.clock,
    random: ctx.random,
    record: (entry) => ctx.lambda?.record(entry),
  };
}

/** Resolves the function a trigger names, or the failure Cognito gives when it cannot call it. */
function resolve(ctx: OperationContext, arn: string, trigger: TriggerName): FunctionSnapshot | TriggerFailure {
  const fn = ctx.state.lambdaFunctions?.[arn];
  if (!fn) return TRIGGER_MESSAGES.functionMissing(trigger);
  if (!ctx.lambda?.runtime) return TRIGGER_MESSAGES.noRuntime(trigger);
  return snapshotOf(fn);
}

/**
 * Runs a synchronous trigger. Returns what the handler returned (the event,
 * as a JSON object) or `undefined` when the pool has no such trigger. Throws
 * the CognitoError the operation must fail with.
 */
export async function runTrigger(ctx: OperationContext, pool: UserPool, trigger: TriggerName, event: TriggerEvent): Promise<Record<string, unknown> | undefined> {
  const arn = triggerArn(pool, trigger);
  if (!arn) return undefined;
  const meta: CallMeta = { trigger, triggerSource: event.triggerSource, userPoolId: pool.id, invocationType: 'sync' };
  const env = envOf(ctx);
  const fn = resolve(ctx, arn, trigger);
  if ('type' in fn) {
    notInvoked(env, arn, meta, fn);
    throw failure(fn);
  }
  let outcome: LambdaOutcome | undefined;
  for (let n = 1; n <= LAMBDA.attempts.value; n++) {
    outcome = await attempt(env, fn, event, meta, n);
    if (outcome.status !== 'timeout') break;
  }
  if (!outcome || outcome.status === 'timeout') throw failure(TRIGGER_MESSAGES.timedOut(trigger));
  if (outcome.status === 'error') throw failure(TRIGGER_MESSAGES.failedWithError(trigger, outcome.errorMessage));
  const result = outcome.result;
  if (typeof result !== 'object' || result === null || Array.isArray(result)) throw failure(TRIGGER_MESSAGES.unrecognizableOutput());
  return result as Record<string, unknown>;
}

/**
 * Starts an asynchronous trigger (custom senders) once the operation has
 * succeeded. The operation's answer never depends on it; a failed call is
 * retried twice (Lambda's asynchronous retries), and every attempt is logged.
 */
export function startAsyncTrigger(ctx: OperationContext, pool: UserPool, trigger: TriggerName, event: TriggerEvent): boolean {
  const arn = triggerArn(pool, trigger);
  if (!arn || !ctx.lambda) return false;
  const meta: CallMeta = { trigger, triggerSource: event.triggerSource, userPoolId: pool.id, invocationType: 'async' };
  const fn = resolve(ctx, arn, trigger);
  const frozenEvent = JSON.parse(JSON.stringify(event)) as TriggerEvent;
  ctx.lambda.afterSuccess(async (env) => {
    if ('type' in fn) {
      notInvoked(env, arn, meta, fn);
      return;
    }
    for (let n = 1; n <= 1 + LAMBDA_RUNTIME.asyncRetries.value; n++) {
      const outcome = await attempt(env, fn, frozenEvent, meta, n);
      if (outcome.status === 'ok') return;
    }
  });
  return true;
}

/** The `response` object of a returned event ({} when absent); anything else is unrecognizable output. */
export function responseOf(result: Record<string, unknown>): Record<string, unknown> {
  const r = result.response;
  if (r === undefined || r === null) return {};
  if (typeof r !== 'object' || Array.isArray(r)) throw failure(TRIGGER_MESSAGES.unrecognizableOutput());
  return r as Record<string, unknown>;
}

/** A boolean response field (absent or null: undefined). Strings "true"/"false" are accepted, as a JSON binder would. */
export function responseBoolean(response: Record<string, unknown>, field: string): boolean | undefined {
  const v = response[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'false') return v === 'true';
  throw failure(TRIGGER_MESSAGES.unrecognizableOutput());
}

/** A string response field (absent or null: undefined). */
export function responseString(response: Record<string, unknown>, field: string): string | undefined {
  const v = response[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  throw failure(TRIGGER_MESSAGES.unrecognizableOutput());
}

/** A string-to-string map response field (absent or null: undefined). */
export function responseStringMap(response: Record<string, unknown>, field: string): Record<string, string> | undefined {
  const v = response[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) throw failure(TRIGGER_MESSAGES.unrecognizableOutput());
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (typeof x === 'string') out[k] = x;
    else if (typeof x === 'number' || typeof x === 'boolean') out[k] = String(x);
    else throw failure(TRIGGER_MESSAGES.unrecognizableOutput());
  }
  return out;
}

/** A string-array response field (absent or null: undefined). */
export function responseStringList(response: Record<string, unknown>, field: string): string[] | undefined {
  const v = response[field];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw failure(TRIGGER_MESSAGES.unrecognizableOutput());
  return v as string[];
}

/** Throws a trigger failure as the operation's error. */
export const triggerFailure = failure;
