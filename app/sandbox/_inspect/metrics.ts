/**
 * Counters in the spirit of the CloudWatch metrics a user pool publishes
 * (namespace AWS/Cognito): SignUpSuccesses, SignInSuccesses and
 * TokenRefreshSuccesses each record a sample per request, 1 when it
 * succeeded and 0 when it did not, so `Sum` counts successes and
 * `SampleCount - Sum` failures. The sandbox never throttles, so the
 * *Throttles metrics stay at 0.
 */
import type { CallRecord } from '@/simulator';

export interface SuccessMetric {
  /** The CloudWatch metric name. */
  name: 'SignUpSuccesses' | 'SignInSuccesses' | 'TokenRefreshSuccesses';
  /** `Sum`: requests that succeeded. */
  successes: number;
  /** `SampleCount - Sum`: requests that failed. */
  failures: number;
  /** `SampleCount`: every request counted. */
  samples: number;
  /** The matching *Throttles metric (always 0 here). */
  throttles: 0;
}

export interface OperationCount {
  operation: string;
  calls: number;
  errors: number;
}

export interface PoolMetrics {
  signUp: SuccessMetric;
  signIn: SuccessMetric;
  tokenRefresh: SuccessMetric;
  /** Sign-in steps that answered with a challenge (MFA, new password…): not yet a success or a failure. */
  challenges: number;
  /** Calls per operation, most called first. */
  perOperation: OperationCount[];
  totalCalls: number;
  totalErrors: number;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

const SIGN_UP = new Set(['SignUp', 'AdminCreateUser']);
const AUTH_START = new Set(['InitiateAuth', 'AdminInitiateAuth']);
const AUTH_CHALLENGE = new Set(['RespondToAuthChallenge', 'AdminRespondToAuthChallenge']);
const REFRESH_FLOWS = new Set(['REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN']);

/** Which success metric a call feeds, if any. */
export function metricOf(call: Pick<CallRecord, 'operation' | 'request'>): SuccessMetric['name'] | undefined {
  if (SIGN_UP.has(call.operation)) return 'SignUpSuccesses';
  if (call.operation === 'GetTokensFromRefreshToken') return 'TokenRefreshSuccesses';
  if (AUTH_START.has(call.operation)) {
    return REFRESH_FLOWS.has(String(obj(call.request).AuthFlow)) ? 'TokenRefreshSuccesses' : 'SignInSuccesses';
  }
  if (AUTH_CHALLENGE.has(call.operation)) return 'SignInSuccesses';
  return undefined;
}

const empty = (name: SuccessMetric['name']): SuccessMetric => ({ name, successes: 0, failures: 0, samples: 0, throttles: 0 });

/**
 * The metrics of a list of calls. A sign-in counts as a success when tokens
 * are issued (as CloudWatch counts it); a step that answers with another
 * challenge is counted under `challenges` instead.
 */
export function poolMetrics(calls: readonly CallRecord[]): PoolMetrics {
  const m = { signUp: empty('SignUpSuccesses'), signIn: empty('SignInSuccesses'), tokenRefresh: empty('TokenRefreshSuccesses') };
  const byName = { SignUpSuccesses: m.signUp, SignInSuccesses: m.signIn, TokenRefreshSuccesses: m.tokenRefresh };
  let challenges = 0;
  const perOp = new Map<string, OperationCount>();
  let totalErrors = 0;
  for (const call of calls) {
    const count = perOp.get(call.operation) ?? { operation: call.operation, calls: 0, errors: 0 };
    count.calls++;
    if (call.error) {
      count.errors++;
      totalErrors++;
    }
    perOp.set(call.operation, count);

    const name = metricOf(call);
    if (!name) continue;
    const metric = byName[name];
    if (call.error) {
      metric.samples++;
      metric.failures++;
      continue;
    }
    const issuedTokens = obj(call.response).AuthenticationResult !== undefined;
    if (name !== 'SignUpSuccesses' && !issuedTokens) {
      challenges++;
      continue;
    }
    metric.samples++;
    metric.successes++;
  }
  return {
    ...m,
    challenges,
    perOperation: [...perOp.values()].sort((a, b) => b.calls - a.calls || a.operation.localeCompare(b.operation)),
    totalCalls: calls.length,
    totalErrors,
  };
}
