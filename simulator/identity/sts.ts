/**
 * A simulated AWS STS `AssumeRoleWithWebIdentity`, the last step of the
 * identity pools' basic (classic) flow: GetId → GetOpenIdToken →
 * AssumeRoleWithWebIdentity. It is an engine function, not an endpoint: it
 * accepts only OpenID tokens issued by this engine's identity pools.
 *
 * SIMULATED trust policy: the sandbox has no IAM roles yet, so every role is
 * taken to carry the trust policy the Developer Guide recommends ("Using
 * role-based access control"): principal `cognito-identity.amazonaws.com`,
 * `cognito-identity.amazonaws.com:aud` equal to the identity pool, and
 * `cognito-identity.amazonaws.com:amr` containing `authenticated` for the
 * pool's authenticated and mapped roles, `unauthenticated` for its
 * unauthenticated role. A role the pool does not name is not trusted.
 */
import type { SimState } from '../core/model';
import type { Clock } from '../core/clock';
import type { RandomSource } from '../core/random';
import { epochSeconds } from '../core/clock';
import { sha256, utf8 } from '../crypto/encoding';
import { IDENTITY_TOKENS, TEMPORARY_CREDENTIALS } from '../facts';
import { assumedRoleArn, mintCredentials } from './credentials';
import { checkOpenIdToken } from './openIdToken';
import type { IdentityPool } from './model';

/** STS's error codes used here. */
export type StsErrorCode = 'InvalidIdentityToken' | 'ExpiredTokenException' | 'AccessDenied' | 'ValidationError';

/** An error STS would return (its `Code` and `Message`). */
export class StsError extends Error {
  override readonly name = 'StsError';
  constructor(
    readonly code: StsErrorCode,
    message: string,
  ) {
    super(message);
  }

  /** The HTTP status STS answers with. */
  get statusCode(): number {
    return this.code === 'AccessDenied' ? 403 : 400;
  }
}

export interface AssumeRoleWithWebIdentityInput {
  RoleArn: string;
  RoleSessionName: string;
  WebIdentityToken: string;
  /** 900 seconds up to the role's maximum session duration (1 hour by default). Default 3600. */
  DurationSeconds?: number;
}

export interface AssumeRoleWithWebIdentityOutput {
  Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; /** ISO 8601, as STS's XML has it. */ Expiration: string };
  SubjectFromWebIdentityToken: string;
  AssumedRoleUser: { Arn: string; AssumedRoleId: string };
  Provider: string;
  Audience: string;
}

/** What the function needs from the engine (a `Simulator` fits). */
export interface StsEngine {
  readonly state: Readonly<SimState>;
  readonly clock: Clock;
  readonly random: RandomSource;
}

const validation = (field: string, value: string | number, constraint: string) =>
  new StsError('ValidationError', `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: ${constraint}`);

/** Roles the simulated trust policy lets this `amr` assume in `pool`. */
function trustedRoles(pool: IdentityPool, amr: string[]): Set<string> {
  const out = new Set<string>();
  if (amr.includes('unauthenticated') && pool.roles.unauthenticated) out.add(pool.roles.unauthenticated);
  if (amr.includes('authenticated')) {
    if (pool.roles.authenticated) out.add(pool.roles.authenticated);
    for (const m of Object.values(pool.roleMappings)) for (const r of m.RulesConfiguration?.Rules ?? []) out.add(r.RoleARN);
  }
  return out;
}

/** A stable role id for a role ARN, `AROA` + 17 characters, as IAM role ids look. SIMULATED. */
async function roleIdFor(roleArn: string): Promise<string> {
  const digest = await sha256(utf8(roleArn));
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return 'AROA' + Array.from(digest.subarray(0, 17), (b) => alphabet[b % 32]).join('');
}

/**
 * Exchanges an identity pool OpenID token for temporary credentials of
 * `RoleArn`, as STS AssumeRoleWithWebIdentity does. Throws {@link StsError}.
 */
export async function assumeRoleWithWebIdentity(engine: StsEngine, input: AssumeRoleWithWebIdentityInput): Promise<AssumeRoleWithWebIdentityOutput> {
  const T = TEMPORARY_CREDENTIALS;
  const name = input.RoleSessionName ?? '';
  if (name.length < T.roleSessionNameLength.value.min || name.length > T.roleSessionNameLength.value.max || !/^[\w+=,.@-]*$/.test(name)) {
    throw validation('roleSessionName', name, `Member must satisfy regular expression pattern: [\\w+=,.@-]* and have length between ${T.roleSessionNameLength.value.min} and ${T.roleSessionNameLength.value.max}`);
  }
  const duration = input.DurationSeconds ?? T.stsDefaultDurationSeconds.value;
  if (duration < 900) throw validation('durationSeconds', duration, 'Member must have value greater than or equal to 900');
  if (duration > T.roleDefaultMaxSessionSeconds.value) throw new StsError('ValidationError', 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');

  const now = engine.clock.now();
  const checked = await checkOpenIdToken(engine.state, input.WebIdentityToken, now);
  if (!checked.ok) {
    if (checked.reason === 'malformed') throw new StsError('InvalidIdentityToken', 'The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)');
    if (checked.reason === 'unknown-key') throw new StsError('InvalidIdentityToken', "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements");
    throw new StsError('InvalidIdentityToken', 'Incorrect token signature.');
  }
  const { pool, claims } = checked;
  if (checked.expired) {
    throw new StsError('ExpiredTokenException', `Token expired: current date/time ${epochSeconds(now)} must be before the expiration date/time ${claims.exp}`);
  }
  if (!trustedRoles(pool, claims.amr).has(input.RoleArn)) throw new StsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');

  const creds = await mintCredentials(engine.random, pool, {
    identityId: claims.sub,
    roleArn: input.RoleArn,
    sessionName: name,
    amr: claims.amr,
    flow: 'basic',
    issuedAt: now,
    expiresAt: now + duration * 1000,
  });
  return {
    Credentials: { AccessKeyId: creds.AccessKeyId, SecretAccessKey: creds.SecretKey, SessionToken: creds.SessionToken, Expiration: new Date(creds.Expiration).toISOString() },
    SubjectFromWebIdentityToken: claims.sub,
    AssumedRoleUser: { Arn: assumedRoleArn(input.RoleArn, name), AssumedRoleId: `${await roleIdFor(input.RoleArn)}:${name}` },
    Provider: IDENTITY_TOKENS.issuer.value.replace(/^https:\/\//, ''),
    Audience: pool.id,
  };
}
