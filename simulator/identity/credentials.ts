/**
 * Temporary AWS credentials shaped like STS's: an access key id `ASIA…`, a
 * 40-character secret key and an opaque session token, expiring on the
 * simulated clock.
 *
 * Nothing is stored per credential set. The session token is sealed (AES-GCM)
 * with the identity pool's `credentialsSecret` and carries the session (pool,
 * identity, role, expiry, `amr`); the secret key is derived from the same
 * secret and the access key id. So the engine can later tell, from the three
 * strings alone, who is calling with which role and whether the credentials
 * have expired ({@link checkTemporaryCredentials}).
 */
import type { SimState } from '../core/model';
import type { Clock } from '../core/clock';
import { randomString, type RandomSource } from '../core/random';
import { base64ToBytes, bytesToBase64, concatBytes, hexToBytes, hmacSha256, sha256, timingSafeEqual, utf8 } from '../crypto/encoding';
import { SIMULATED_ACCOUNT_ID, TEMPORARY_CREDENTIALS } from '../facts';
import type { IdentityPool } from './model';
import { own } from './lookup';

const ACCESS_KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const TOKEN_VERSION = 1;

/** What a session token carries. Times are epoch ms. */
export interface SessionClaims {
  identityPoolId: string;
  identityId: string;
  roleArn: string;
  /** The STS role session name (`CognitoIdentityCredentials` in the enhanced flow). */
  sessionName: string;
  /** The `amr` of the identity when the credentials were issued. */
  amr: string[];
  /** `enhanced` (GetCredentialsForIdentity) or `basic` (simulated STS AssumeRoleWithWebIdentity). */
  flow: 'enhanced' | 'basic';
  accessKeyId: string;
  issuedAt: number;
  expiresAt: number;
}

/** Credentials as GetCredentialsForIdentity returns them, but with `Expiration` in epoch ms. */
export interface TemporaryCredentials {
  AccessKeyId: string;
  SecretKey: string;
  SessionToken: string;
  /** Epoch ms; the wire form is epoch seconds. */
  Expiration: number;
}

async function sealingKey(pool: IdentityPool): Promise<CryptoKey> {
  const raw = await sha256(concatBytes(hexToBytes(pool.credentialsSecret), utf8('session-token')));
  return crypto.subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

async function secretKeyFor(pool: IdentityPool, accessKeyId: string): Promise<string> {
  const mac = await hmacSha256(hexToBytes(pool.credentialsSecret), utf8(`secret-key:${accessKeyId}`));
  return bytesToBase64(mac).slice(0, TEMPORARY_CREDENTIALS.secretKeyLength.value);
}

/**
 * Mints credentials for a session of `pool`. `random` gives the access key id
 * and the sealing nonce.
 */
export async function mintCredentials(
  random: RandomSource,
  pool: IdentityPool,
  session: Omit<SessionClaims, 'accessKeyId' | 'identityPoolId'>,
): Promise<TemporaryCredentials> {
  const prefix = TEMPORARY_CREDENTIALS.accessKeyIdPrefix.value;
  const accessKeyId = prefix + randomString(random, ACCESS_KEY_ALPHABET, TEMPORARY_CREDENTIALS.accessKeyIdLength.value - prefix.length);
  const claims: SessionClaims = { ...session, identityPoolId: pool.id, accessKeyId };
  const iv = random.bytes(12);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, await sealingKey(pool), utf8(JSON.stringify(claims)) as BufferSource));
  const poolId = utf8(pool.id);
  const token = concatBytes(new Uint8Array([TOKEN_VERSION, poolId.length]), poolId, iv, sealed);
  return { AccessKeyId: accessKeyId, SecretKey: await secretKeyFor(pool, accessKeyId), SessionToken: bytesToBase64(token), Expiration: session.expiresAt };
}

/** Opens a session token of this engine; `undefined` when it is not one (or was tampered with). */
export async function openSessionToken(state: Readonly<SimState>, sessionToken: string): Promise<SessionClaims | undefined> {
  try {
    const bytes = base64ToBytes(sessionToken);
    if (bytes[0] !== TOKEN_VERSION) return undefined;
    const idLength = bytes[1];
    const poolId = new TextDecoder().decode(bytes.subarray(2, 2 + idLength));
    const pool = own(state.identityPools, poolId);
    if (!pool) return undefined;
    const iv = bytes.subarray(2 + idLength, 14 + idLength);
    const sealed = bytes.subarray(14 + idLength);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as BufferSource }, await sealingKey(pool), sealed as BufferSource);
    const claims = JSON.parse(new TextDecoder().decode(plain)) as SessionClaims;
    return claims.identityPoolId === pool.id ? claims : undefined;
  } catch {
    return undefined;
  }
}

/** The assumed-role ARN of a session, `arn:aws:sts::{account}:assumed-role/{role name}/{session name}`. */
export function assumedRoleArn(roleArn: string, sessionName: string): string {
  const roleName = roleArn.slice(roleArn.lastIndexOf('/') + 1);
  return `arn:aws:sts::${SIMULATED_ACCOUNT_ID.value}:assumed-role/${roleName}/${sessionName}`;
}

/** What presenting temporary credentials to an AWS service would meet. Messages are the services' wording. */
export type CredentialsCheck =
  | { ok: true; session: SessionClaims; assumedRoleArn: string }
  | { ok: false; code: 'InvalidClientTokenId' | 'ExpiredToken' | 'SignatureDoesNotMatch'; message: string };

/**
 * Checks credentials the way an AWS service would before looking at any
 * policy: is the session token genuine and for this access key, is the
 * secret key right, and has the session expired on the simulated clock?
 */
export async function checkTemporaryCredentials(
  engine: { state: Readonly<SimState>; clock: Clock },
  creds: { AccessKeyId: string; SessionToken: string; SecretKey?: string; SecretAccessKey?: string },
): Promise<CredentialsCheck> {
  const session = await openSessionToken(engine.state, creds.SessionToken);
  if (!session || session.accessKeyId !== creds.AccessKeyId) {
    return { ok: false, code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.' };
  }
  const pool = own(engine.state.identityPools, session.identityPoolId) as IdentityPool;
  const secret = creds.SecretKey ?? creds.SecretAccessKey;
  if (secret === undefined || !timingSafeEqual(secret, await secretKeyFor(pool, creds.AccessKeyId))) {
    return { ok: false, code: 'SignatureDoesNotMatch', message: 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.' };
  }
  if (engine.clock.now() >= session.expiresAt) {
    return { ok: false, code: 'ExpiredToken', message: 'The security token included in the request is expired' };
  }
  return { ok: true, session, assumedRoleArn: assumedRoleArn(session.roleArn, session.sessionName) };
}
