/**
 * The simulator's whole state as a versioned JSON snapshot. Import checks the
 * snapshot completely before anything is replaced: a corrupt, foreign or
 * newer snapshot is refused with a message and the current state is kept.
 */
import { z } from 'zod';
import { SNAPSHOT_VERSION, type SimState } from './model';
import { identityPoolsSchema } from '../identity/snapshotSchema';
import { lambdaSnapshotFields } from '../triggers/snapshotSchema';
import { awsSnapshotFields } from '../aws/snapshotSchema';
import { deviceSnapshotFields } from '../devices/snapshotSchema';
import { restoreAwsRecords } from '../aws/resources';
import { restoreSyncRecords } from '../sync/service';
import { oauthPoolFields } from '../oauth/snapshotSchema';
import { record, toRecord } from './records';

/** Raised when a snapshot cannot be loaded. Nothing has been changed when it is thrown. */
export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
  constructor(
    message: string,
    readonly code: 'NOT_JSON' | 'NOT_A_SNAPSHOT' | 'UNSUPPORTED_VERSION' | 'INVALID',
  ) {
    super(message);
  }
}

const json: z.ZodType<unknown> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]));
const jsonObject = z.record(z.string(), json);
const time = z.number().int().nonnegative();
const jwk = z.record(z.string(), z.union([z.string(), z.array(z.string()), z.boolean()]));
const signingKey = z.object({ kid: z.string().min(1), alg: z.literal('RS256'), publicJwk: jwk, privateJwk: jwk });
const encKey = z.object({ kid: z.string().min(1), publicJwk: jwk, privateJwk: jwk });
const pendingCode = z.object({ code: z.string(), expiresAt: time, value: z.string().optional() });

const user = z.object({
  username: z.string().min(1),
  attributes: z.record(z.string(), z.string()).refine((a) => typeof a.sub === 'string', 'every user needs a sub'),
  status: z.enum(['UNCONFIRMED', 'CONFIRMED', 'FORCE_CHANGE_PASSWORD', 'RESET_REQUIRED', 'EXTERNAL_PROVIDER', 'ARCHIVED', 'COMPROMISED', 'UNKNOWN']),
  enabled: z.boolean(),
  createdAt: time,
  updatedAt: time,
  password: z
    .object({
      hash: z.string().regex(/^[0-9a-f]+$/),
      salt: z.string().regex(/^[0-9a-f]+$/),
      iterations: z.number().int().positive(),
      srpSalt: z.string().regex(/^[0-9a-f]+$/),
      srpVerifier: z.string().regex(/^[0-9a-f]+$/),
      setAt: time,
      temporaryExpiresAt: time.optional(),
    })
    .optional(),
  passwordHistory: z.array(z.string()),
  mfa: z.object({
    smsEnabled: z.boolean(),
    totpEnabled: z.boolean(),
    emailEnabled: z.boolean(),
    preferred: z.enum(['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']).optional(),
    totpSecret: z.string().optional(),
    pendingTotpSecret: z.string().optional(),
  }),
  codes: z.object({
    signUp: pendingCode.optional(),
    forgotPassword: pendingCode.optional(),
    attributeVerification: z.record(z.string(), pendingCode).optional(),
  }),
  pendingAttributes: z.record(z.string(), z.string()).optional(),
  lockout: z.object({ failures: z.number().int().nonnegative(), lockedUntil: time }),
  groups: z.array(z.string()),
});

const pool = z.object({
  id: z.string().regex(/^[\w-]+_[0-9a-zA-Z]+$/),
  createdAt: time,
  updatedAt: time,
  config: jsonObject,
  keys: z.object({ id: signingKey, access: signingKey, refresh: encKey }),
  clients: z.record(z.string(), z.object({ createdAt: time, updatedAt: time, config: jsonObject })),
  users: z.record(z.string(), user),
  groups: z.record(
    z.string(),
    z.object({ GroupName: z.string(), Description: z.string().optional(), Precedence: z.number().int().optional(), RoleArn: z.string().optional(), createdAt: time, updatedAt: time }),
  ),
  sessions: z.record(
    z.string(),
    z.object({ id: z.string(), clientId: z.string(), username: z.string(), state: z.string(), createdAt: time, expiresAt: time, data: jsonObject, flow: z.string() }),
  ),
  authEvents: z.record(
    z.string(),
    z.object({
      originJti: z.string(),
      eventId: z.string(),
      username: z.string(),
      clientId: z.string(),
      authTime: time,
      refreshExpiresAt: time,
      revoked: z.boolean(),
      deviceKey: z.string().optional(),
      scopes: z.array(z.string()).optional(),
    }),
  ),
  ...oauthPoolFields,
});

export const snapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/),
  userPools: z.record(z.string(), pool),
  outbox: z.array(
    z.object({
      id: z.number().int(),
      userPoolId: z.string(),
      username: z.string(),
      channel: z.enum(['EMAIL', 'SMS']),
      destination: z.string(),
      subject: z.string().optional(),
      body: z.string(),
      reason: z.string(),
      code: z.string().optional(),
      sentAt: time,
    }),
  ),
  nextMessageId: z.number().int().nonnegative(),
  identityPools: identityPoolsSchema.optional(),
  ...lambdaSnapshotFields,
  ...awsSnapshotFields,
  ...deviceSnapshotFields,
});

export type Snapshot = SimState;

/** Exports a deep copy of the state as plain JSON data. */
export function exportSnapshot(state: SimState): Snapshot {
  return JSON.parse(JSON.stringify(state)) as Snapshot;
}

/**
 * Parses and checks a snapshot (an object or its JSON text). Returns a fresh
 * state or throws {@link SnapshotError}; never returns something half-valid.
 */
export function parseSnapshot(input: unknown): SimState {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      throw new SnapshotError('The snapshot is not valid JSON.', 'NOT_JSON');
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('version' in data)) {
    throw new SnapshotError('This is not a Cognito Sandbox snapshot (no version field).', 'NOT_A_SNAPSHOT');
  }
  const version = (data as { version: unknown }).version;
  if (version !== SNAPSHOT_VERSION) {
    throw new SnapshotError(`Snapshot version ${JSON.stringify(version)} is not supported; this build reads version ${SNAPSHOT_VERSION}.`, 'UNSUPPORTED_VERSION');
  }
  // zod drops a key named `__proto__` (a legitimate user or group name), so such keys are
  // escaped while validating and restored, into prototype-free records, afterwards.
  const res = snapshotSchema.safeParse(escapeProtoKeys(data));
  if (!res.success) {
    const first = res.error.issues[0];
    throw new SnapshotError(`The snapshot is damaged: ${first.path.join('.') || '(root)'}: ${first.message}${res.error.issues.length > 1 ? ` (and ${res.error.issues.length - 1} more problems)` : ''}.`, 'INVALID');
  }
  for (const [id, p] of Object.entries(res.data.userPools)) {
    if (p.id !== id) throw new SnapshotError(`The snapshot is damaged: userPools.${id} holds pool ${p.id}.`, 'INVALID');
    for (const [name, u] of Object.entries(p.users)) {
      for (const g of u.groups) if (!Object.hasOwn(p.groups, g === '__proto__' ? ESCAPED_PROTO : g)) throw new SnapshotError(`The snapshot is damaged: user ${name} belongs to missing group ${g}.`, 'INVALID');
    }
  }
  const state = restoreProtoKeys(JSON.parse(JSON.stringify(res.data))) as SimState;
  state.userPools = toRecord(state.userPools);
  for (const pool of Object.values(state.userPools)) {
    pool.users = toRecord(pool.users);
    pool.groups = toRecord(pool.groups);
    pool.clients = toRecord(pool.clients);
    pool.sessions = toRecord(pool.sessions);
    pool.authEvents = toRecord(pool.authEvents);
    if (pool.domains) pool.domains = toRecord(pool.domains);
    if (pool.resourceServers) pool.resourceServers = toRecord(pool.resourceServers);
    if (pool.oauthCodes) pool.oauthCodes = toRecord(pool.oauthCodes);
    if (pool.hostedSessions) pool.hostedSessions = toRecord(pool.hostedSessions);
    if (pool.identityProviders) pool.identityProviders = toRecord(pool.identityProviders);
  }
  restoreAwsRecords(state);
  restoreSyncRecords(state);
  return state;
}

const ESCAPED_PROTO = '\u0000__proto__';

function escapeProtoKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(escapeProtoKeys);
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k === '__proto__' ? ESCAPED_PROTO : k] = escapeProtoKeys((v as Record<string, unknown>)[k]);
  return out;
}

function restoreProtoKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(restoreProtoKeys);
  if (typeof v !== 'object' || v === null) return v;
  const src = v as Record<string, unknown>;
  const keys = Object.keys(src);
  const out: Record<string, unknown> = keys.includes(ESCAPED_PROTO) ? record() : {};
  for (const k of keys) out[k === ESCAPED_PROTO ? '__proto__' : k] = restoreProtoKeys(src[k]);
  return out;
}
