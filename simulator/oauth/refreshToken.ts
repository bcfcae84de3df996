/**
 * Refresh tokens from the token endpoint: the same opaque JWE as the API's
 * (`tokens/issue.ts` encrypts the same body), so REFRESH_TOKEN_AUTH,
 * RevokeToken and /oauth2/token accept either.
 */
import { CompactEncrypt } from 'jose';
import type { OperationContext } from '../core/context';
import type { AuthEvent, UserPool } from '../core/model';
import { utf8 } from '../crypto/encoding';
import { cryptoKey } from '../tokens/keys';

/** Encrypts a refresh token for sign-in event `ev` with the pool's refresh-token key. */
export async function encryptRefreshTokenFor(ctx: OperationContext, pool: UserPool, ev: AuthEvent): Promise<string> {
  const key = await cryptoKey(ctx.keyCache, pool.keys.refresh.publicJwk, 'RSA-OAEP', 'public');
  const body = JSON.stringify({ p: pool.id, o: ev.originJti, u: ev.username, c: ev.clientId });
  return new CompactEncrypt(utf8(body)).setProtectedHeader({ cty: 'JWT', enc: 'A256GCM', alg: 'RSA-OAEP' }).encrypt(key);
}
