/**
 * An audit log in the spirit of CloudTrail: one entry per call, saying what
 * happened (event name), when (on the simulated clock), who did it, and how it
 * ended (an error code, or nothing for success).
 */
import { decodeJwt } from 'jose';
import type { CallRecord } from '@/simulator';
import { isPublicOperation } from './http';

export const EVENT_SOURCE = { idp: 'cognito-idp.amazonaws.com', identity: 'cognito-identity.amazonaws.com' } as const;

/** Who made a call. */
export interface Actor {
  kind: 'iam' | 'user' | 'app';
  /** What the log shows: `admin (IAM)`, `alice`, `alice (sub 4f1c…)`, `app client (user unknown)`. */
  label: string;
  username?: string;
  sub?: string;
}

export interface AuditEntry {
  seq: number;
  /** Simulated time of the call (epoch ms). */
  eventTime: number;
  eventName: string;
  eventSource: string;
  actor: Actor;
  /** The user an administrator acted on (AdminCreateUser, AdminDisableUser…). */
  subject?: string;
  userPoolId?: string;
  clientId?: string;
  /** CloudTrail marks Get/List/Describe calls as read-only. */
  readOnly: boolean;
  errorCode?: string;
  errorMessage?: string;
}

type Obj = Record<string, unknown>;

const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The `username` and `sub` a JWT claims, read without verifying it (undefined if it is not a JWT). */
function tokenIdentity(token: unknown): { username?: string; sub?: string } | undefined {
  if (typeof token !== 'string') return undefined;
  try {
    const claims = decodeJwt(token);
    return { username: str(claims.username) ?? str(claims['cognito:username']), sub: str(claims.sub) };
  } catch {
    return undefined;
  }
}

/** Works out who made a call from its request and response. */
export function actorOf(call: CallRecord): Actor {
  if (!isPublicOperation(call.operation)) return { kind: 'iam', label: 'admin (IAM)' };
  const req = obj(call.request);
  const res = obj(call.response);
  const auth = obj(res.AuthenticationResult);
  const fromToken = tokenIdentity(req.AccessToken) ?? tokenIdentity(auth.AccessToken) ?? tokenIdentity(auth.IdToken);
  const username =
    str(req.Username) ??
    str(obj(req.AuthParameters).USERNAME) ??
    str(obj(req.ChallengeResponses).USERNAME) ??
    fromToken?.username ??
    str(obj(res.ChallengeParameters).USER_ID_FOR_SRP);
  const sub = fromToken?.sub ?? str(res.UserSub);
  if (!username && !sub) return { kind: 'app', label: 'app client (user unknown)' };
  const label = username ? (sub ? `${username} (sub ${sub.slice(0, 8)}…)` : username) : `sub ${sub}`;
  return { kind: 'user', label, username, sub };
}

const READ_ONLY = /^(Get|List|Describe|Admin(Get|List))/;

/** The audit entry for one call. */
export function auditEntry(call: CallRecord): AuditEntry {
  const req = obj(call.request);
  const actor = actorOf(call);
  const identity = call.target.startsWith('AWSCognitoIdentityService.');
  const entry: AuditEntry = {
    seq: call.seq,
    eventTime: call.at,
    eventName: call.operation,
    eventSource: identity ? EVENT_SOURCE.identity : EVENT_SOURCE.idp,
    actor,
    readOnly: READ_ONLY.test(call.operation),
  };
  if (actor.kind === 'iam' && str(req.Username)) entry.subject = str(req.Username);
  const poolId = str(req.UserPoolId) ?? str(obj(obj(call.response).UserPool).Id);
  if (poolId) entry.userPoolId = poolId;
  const clientId = str(req.ClientId);
  if (clientId) entry.clientId = clientId;
  if (call.error) {
    entry.errorCode = call.error.__type;
    entry.errorMessage = call.error.message;
  }
  return entry;
}

/** Audit entries for many calls, newest first (as CloudTrail's event history lists them). */
export function auditLog(calls: readonly CallRecord[]): AuditEntry[] {
  return calls.map(auditEntry).sort((a, b) => b.eventTime - a.eventTime || b.seq - a.seq);
}
