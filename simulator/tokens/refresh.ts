/**
 * Reading refresh tokens without judging them: RevokeToken must accept a
 * refresh token that is already revoked or expired (revoking is idempotent),
 * so it cannot use `openRefreshToken`, which refuses those.
 */
import { compactDecrypt, decodeJwt, decodeProtectedHeader } from 'jose';
import type { OperationContext } from '../core/context';
import type { UserPool } from '../core/model';
import { cryptoKey } from './keys';

/** What a refresh token of this engine carries (see `encryptRefreshToken` in `issue.ts`). */
export interface RefreshTokenBody {
  /** The pool that issued it. */
  poolId: string;
  /** The sign-in event (`origin_jti`) it belongs to. */
  originJti: string;
  /** The internal username. */
  username: string;
  /** The app client it was issued to. */
  clientId: string;
}

/** The kinds of token a caller may hand over where a refresh token is expected. */
export type PresentedTokenKind = 'refresh' | 'id' | 'access' | 'unknown';

/**
 * Tells what kind of token a string looks like, without verifying anything:
 * a five-part JWE is a refresh token (Cognito's are encrypted and opaque), a
 * three-part JWS with `token_use` `id` or `access` is an ID or access token.
 */
export function presentedTokenKind(token: string): PresentedTokenKind {
  const parts = token.split('.');
  if (parts.length === 5) {
    try {
      const header = decodeProtectedHeader(token);
      return typeof header.enc === 'string' ? 'refresh' : 'unknown';
    } catch {
      return 'unknown';
    }
  }
  if (parts.length === 3) {
    try {
      const use = decodeJwt(token).token_use;
      return use === 'id' || use === 'access' ? use : 'unknown';
    } catch {
      return 'unknown';
    }
  }
  return 'unknown';
}

/**
 * Decrypts a refresh token with `pool`'s refresh-token key and returns what it
 * carries, or `undefined` when it is not a refresh token of this pool. It does
 * not check revocation, expiry or the client: the caller decides.
 */
export async function readRefreshToken(ctx: OperationContext, pool: UserPool, token: string): Promise<RefreshTokenBody | undefined> {
  let raw: unknown;
  try {
    const key = await cryptoKey(ctx.keyCache, pool.keys.refresh.privateJwk, 'RSA-OAEP', 'private');
    const { plaintext } = await compactDecrypt(token, key);
    raw = JSON.parse(new TextDecoder().decode(plaintext));
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { p, o, u, c } = raw as Record<string, unknown>;
  if (typeof p !== 'string' || typeof o !== 'string' || typeof u !== 'string' || typeof c !== 'string') return undefined;
  if (p !== pool.id) return undefined;
  return { poolId: p, originJti: o, username: u, clientId: c };
}
