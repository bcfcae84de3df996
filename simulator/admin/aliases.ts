/**
 * Sign-in aliases must be unique in a pool (Developer Guide, user pool
 * attributes). An email or phone number used as a username
 * (UsernameAttributes) belongs to one user whatever its verification; as an
 * alias (AliasAttributes) it only counts once verified; a preferred_username
 * alias counts as soon as it is set.
 */
import { fail, MESSAGES } from '../core/errors';
import type { User, UserPool } from '../core/model';
import { aliasAttributes } from '../core/lookup';
import { releaseAlias, usernameAttributeHolder, verifiedAliasHolder } from '../users/aliases';

function preferredUsernameHolder(pool: UserPool, value: string, except: User): User | undefined {
  if (!aliasAttributes(pool).includes('preferred_username')) return undefined;
  const want = value.toLowerCase();
  return Object.values(pool.users).find((u) => u.username !== except.username && u.attributes.preferred_username?.toLowerCase() === want);
}

/**
 * Makes sure `user` may hold `value` for `attribute` (`verified`: whether the
 * value will be verified). A clash gives AliasExistsException, unless `force`
 * (AdminCreateUser ForceAliasCreation) moves a verified email or phone alias
 * to `user`: the previous holder keeps the value, unverified, so it no longer
 * signs in with it.
 */
export function claimAlias(pool: UserPool, user: User, attribute: string, value: string, verified: boolean, opts: { force?: boolean; now: number }): void {
  if (value === '') return;
  if (attribute === 'preferred_username') {
    if (preferredUsernameHolder(pool, value, user)) throw fail('AliasExistsException', MESSAGES.aliasExists(attribute));
    return;
  }
  if (attribute !== 'email' && attribute !== 'phone_number') return;
  if (usernameAttributeHolder(pool, attribute, value, user.username)) throw fail('AliasExistsException', MESSAGES.aliasExists(attribute));
  if (!verified) return;
  const holder = verifiedAliasHolder(pool, attribute, value, user.username);
  if (!holder) return;
  if (!opts.force) throw fail('AliasExistsException', MESSAGES.aliasExists(attribute));
  releaseAlias(holder, attribute, opts.now);
}
