/**
 * Checking the tokens callers present, with Cognito's answers:
 * "Invalid Access Token", "Access Token has expired", "Access Token has been revoked".
 */
import { decodeJwt, decodeProtectedHeader, jwtVerify, errors as joseErrors } from 'jose';
import type { OperationContext } from '../core/context';
import type { AuthEvent, User, UserPool } from '../core/model';
import { fail, MESSAGES } from '../core/errors';
import { issuerFor } from '../facts';
import { cryptoKey } from './keys';
import { usernameKey } from '../core/lookup';

export interface VerifiedAccessToken {
  pool: UserPool;
  user: User;
  event: AuthEvent;
  claims: Record<string, unknown>;
}

const invalid = () => fail('NotAuthorizedException', MESSAGES.invalidAccessToken);

/** The pool a token claims to come from (by its `iss`), without trusting it yet. */
export function poolOfToken(ctx: OperationContext, token: string): UserPool {
  let iss: unknown;
  try {
    decodeProtectedHeader(token);
    iss = decodeJwt(token).iss;
  } catch {
    throw invalid();
  }
  if (typeof iss !== 'string') throw invalid();
  const prefix = issuerFor(ctx.state.region, '');
  if (!iss.startsWith(prefix)) throw invalid();
  const pool = ctx.state.userPools[iss.slice(prefix.length)];
  if (!pool) throw invalid();
  return pool;
}

/**
 * Verifies an access token on the simulated clock: signature with the pool's
 * access-token key, `token_use`, expiry, revocation (GlobalSignOut, RevokeToken)
 * and that the user still exists and is enabled.
 */
export async function verifyAccessToken(ctx: OperationContext, token: string): Promise<VerifiedAccessToken> {
  const pool = poolOfToken(ctx, token);
  const key = await cryptoKey(ctx.keyCache, pool.keys.access.publicJwk, 'RS256', 'public');
  let claims: Record<string, unknown>;
  try {
    const res = await jwtVerify(token, key, {
      issuer: issuerFor(ctx.state.region, pool.id),
      currentDate: new Date(ctx.now()),
      algorithms: ['RS256'],
      clockTolerance: 0,
    });
    claims = res.payload as Record<string, unknown>;
  } catch (e) {
    if (e instanceof joseErrors.JWTExpired) throw fail('NotAuthorizedException', MESSAGES.accessTokenExpired);
    throw invalid();
  }
  if (claims.token_use !== 'access') throw invalid();
  const event = pool.authEvents[String(claims.origin_jti)];
  if (!event || event.revoked) throw fail('NotAuthorizedException', MESSAGES.accessTokenRevoked);
  const user = pool.users[usernameKey(pool, String(claims.username))];
  if (!user || user.attributes.sub !== claims.sub) throw fail('NotAuthorizedException', MESSAGES.userDoesNotExist);
  if (!user.enabled) throw fail('NotAuthorizedException', MESSAGES.userDisabled);
  return { pool, user, event, claims };
}
