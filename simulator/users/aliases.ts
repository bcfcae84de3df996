/**
 * Sign-in aliases (AliasAttributes): an email address or phone number is an
 * alias only once verified, and "the value that you provide can be in a
 * verified state in only one account" (Developer Guide, user pool attributes,
 * aliases). Sign-up with a value another account verified succeeds; the
 * conflict surfaces when the new account verifies it.
 */
import type { User, UserPool } from '../core/model';
import { aliasAttributes, usernameAttributes } from '../core/lookup';

const same = (attribute: string, a: string, b: string) => (attribute === 'email' ? a.toLowerCase() === b.toLowerCase() : a === b);

/**
 * The other user who holds `value` as a verified `attribute` alias in an
 * alias pool, if any.
 */
export function verifiedAliasHolder(pool: UserPool, attribute: string, value: string, exceptUsername: string): User | undefined {
  if (!aliasAttributes(pool).includes(attribute)) return undefined;
  for (const other of Object.values(pool.users)) {
    if (other.username === exceptUsername) continue;
    const v = other.attributes[attribute];
    if (v !== undefined && same(attribute, v, value) && other.attributes[`${attribute}_verified`] === 'true') return other;
  }
  return undefined;
}

/** Takes an alias away from its previous holder: their value stays but is no longer verified. */
export function releaseAlias(holder: User, attribute: string, now: number): void {
  holder.attributes[`${attribute}_verified`] = 'false';
  holder.updatedAt = now;
}

/**
 * In a pool that signs in with email or phone (UsernameAttributes), the other
 * user who already has `value` (verified or not), if any.
 */
export function usernameAttributeHolder(pool: UserPool, attribute: string, value: string, exceptUsername: string): User | undefined {
  if (!usernameAttributes(pool).includes(attribute)) return undefined;
  for (const other of Object.values(pool.users)) {
    if (other.username === exceptUsername) continue;
    const v = other.attributes[attribute];
    if (v !== undefined && same(attribute, v, value)) return other;
  }
  return undefined;
}
