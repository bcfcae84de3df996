/**
 * Which scopes a request is granted. /oauth2/authorize: the requested scopes
 * must all be allowed for the app client (none requested means all of them);
 * `email`, `phone` and `profile` need `openid` (DG authorization endpoint).
 * Client credentials: custom scopes only. Custom scopes whose resource server
 * or scope no longer exists are not granted.
 */
import type { UserPool } from '../core/model';
import { OAUTH } from '../facts';
import { customScopesOf } from './resourceServers';

const RESERVED: ReadonlySet<string> = new Set(OAUTH.reservedScopes.value);
const NEED_OPENID = ['email', 'phone', 'profile'];

/** Splits a `scope` parameter (space separated). */
export const splitScopes = (scope: string | undefined): string[] => [...new Set((scope ?? '').split(' ').filter((s) => s !== ''))];

/** The scopes granted for a user sign-in, or `undefined` when the request is refused (invalid_scope). */
export function grantUserScopes(pool: UserPool, allowed: string[], requested: string[]): string[] | undefined {
  const wanted = requested.length > 0 ? requested : allowed;
  if (wanted.some((s) => !allowed.includes(s))) return undefined;
  const custom = customScopesOf(pool);
  const granted = wanted.filter((s) => RESERVED.has(s) || custom.has(s));
  if (granted.some((s) => NEED_OPENID.includes(s)) && !granted.includes('openid')) return undefined;
  return granted.length > 0 ? granted : undefined;
}

/** The custom scopes granted to a client-credentials request, or `undefined` (invalid_scope). */
export function grantClientScopes(pool: UserPool, allowed: string[], requested: string[]): string[] | undefined {
  const custom = customScopesOf(pool);
  const usable = allowed.filter((s) => custom.has(s));
  const wanted = requested.length > 0 ? requested : usable;
  if (wanted.length === 0 || wanted.some((s) => !usable.includes(s))) return undefined;
  return wanted;
}
