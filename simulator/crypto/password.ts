/**
 * Passwords are never stored: a user keeps a PBKDF2-SHA256 hash (for
 * USER_PASSWORD_AUTH) and an SRP verifier (for USER_SRP_AUTH).
 */
import type { OperationContext } from '../core/context';
import type { PasswordRecord, UserPool } from '../core/model';
import { fail } from '../core/errors';
import { PASSWORD_POLICY_DEFAULT, PASSWORD_SYMBOLS, QUOTAS } from '../facts';
import { bytesToBase64, bytesToHex, hexToBytes, hmacSha256, pbkdf2Sha256, timingSafeEqual, utf8 } from './encoding';
import { g, N, privateKeyX } from './srpGroup';

/** Makes the stored record for a new password of `username` (the internal user name, which SRP uses). */
export async function makePasswordRecord(ctx: OperationContext, userPoolId: string, username: string, password: string, temporaryExpiresAt?: number): Promise<PasswordRecord> {
  const salt = ctx.random.bytes(16);
  const iterations = ctx.options.passwordHashIterations;
  const hash = bytesToHex(await pbkdf2Sha256(utf8(password), salt, iterations));
  const srpSalt = bytesToHex(ctx.random.bytes(16));
  const x = await privateKeyX(userPoolId, username, password, srpSalt);
  const verifier = ctx.crypto.modPow(g, x, N);
  const rec: PasswordRecord = { hash, salt: bytesToHex(salt), iterations, srpSalt, srpVerifier: verifier.toString(16), setAt: ctx.now() };
  if (temporaryExpiresAt !== undefined) rec.temporaryExpiresAt = temporaryExpiresAt;
  return rec;
}

/** Whether `password` matches the stored record. */
export async function checkPassword(record: PasswordRecord | undefined, password: string): Promise<boolean> {
  if (!record) return false;
  const hash = bytesToHex(await pbkdf2Sha256(utf8(password), hexToBytes(record.salt), record.iterations));
  return timingSafeEqual(hash, record.hash);
}

/** Whether `password` matches any of the hashes in `history` (entries are `salt:iterations:hash`). */
export async function inHistory(history: string[], password: string): Promise<boolean> {
  for (const h of history) {
    const [salt, it, hash] = h.split(':');
    const got = bytesToHex(await pbkdf2Sha256(utf8(password), hexToBytes(salt), Number(it)));
    if (timingSafeEqual(got, hash)) return true;
  }
  return false;
}

export const historyEntry = (r: PasswordRecord): string => `${r.salt}:${r.iterations}:${r.hash}`;

export interface PasswordPolicy {
  MinimumLength: number;
  RequireUppercase: boolean;
  RequireLowercase: boolean;
  RequireNumbers: boolean;
  RequireSymbols: boolean;
  TemporaryPasswordValidityDays: number;
  PasswordHistorySize?: number;
}

export function passwordPolicy(pool: UserPool): PasswordPolicy {
  const p = ((pool.config.Policies as { PasswordPolicy?: Partial<PasswordPolicy> } | undefined)?.PasswordPolicy ?? {}) as Partial<PasswordPolicy>;
  return { ...PASSWORD_POLICY_DEFAULT.value, ...p };
}

/** Throws `InvalidPasswordException` with Cognito's wording if the password breaks the pool's policy. */
export function enforcePasswordPolicy(pool: UserPool, password: string): void {
  const p = passwordPolicy(pool);
  const bad = (why: string) => fail('InvalidPasswordException', `Password did not conform with policy: ${why}`);
  if (password.length < p.MinimumLength) throw bad('Password not long enough');
  if (password.length > QUOTAS.passwordMaxLength.value) throw bad('Password too long');
  if (p.RequireLowercase && !/[a-z]/.test(password)) throw bad('Password must have lowercase characters');
  if (p.RequireUppercase && !/[A-Z]/.test(password)) throw bad('Password must have uppercase characters');
  if (p.RequireNumbers && !/[0-9]/.test(password)) throw bad('Password must have numeric characters');
  if (p.RequireSymbols && ![...password].some((c) => PASSWORD_SYMBOLS.value.includes(c))) throw bad('Password must have symbol characters');
}

/** SECRET_HASH = Base64(HMAC-SHA256(clientSecret, username ‖ clientId)). */
export async function secretHash(clientSecret: string, username: string, clientId: string): Promise<string> {
  return bytesToBase64(await hmacSha256(utf8(clientSecret), utf8(username + clientId)));
}
