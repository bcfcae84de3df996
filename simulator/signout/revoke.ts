/**
 * Ending sessions. Every token a sign-in issues (ID, access, refresh, and the
 * ones later refreshed from it) carries the sign-in's `origin_jti`; revoking
 * the sign-in event revokes all of them where Cognito checks tokens
 * (`verifyAccessToken`, `openRefreshToken`). JWT libraries that only check the
 * signature and expiry still accept revoked ID and access tokens, as they do
 * with real Cognito.
 */
import type { AuthEvent, UserPool } from '../core/model';

/** Revokes one sign-in event (RevokeToken). Returns whether it was still live. */
export function revokeSignIn(event: AuthEvent): boolean {
  const wasLive = !event.revoked;
  event.revoked = true;
  return wasLive;
}

/**
 * Revokes every sign-in event of `username` in `pool` (GlobalSignOut,
 * AdminUserGlobalSignOut). Returns how many were still live.
 */
export function revokeAllSignIns(pool: UserPool, username: string): number {
  let count = 0;
  for (const event of Object.values(pool.authEvents)) {
    if (event.username === username && revokeSignIn(event)) count++;
  }
  return count;
}
