/** Finding pools, clients and users the way Cognito does, with its errors. */
import { fail, MESSAGES } from './errors';
import type { Json, User, UserPool, UserPoolClient } from './model';
import type { OperationContext } from './context';
import { candidateKeys, comparable, INDEXED_ATTRIBUTES, indexOf, plainUsers } from './userIndex';

export function getPool(ctx: OperationContext, userPoolId: string): UserPool {
  const pool = ctx.state.userPools[userPoolId];
  if (!pool) throw fail('ResourceNotFoundException', MESSAGES.userPoolNotExist(userPoolId));
  return pool;
}

export function getClient(pool: UserPool, clientId: string): UserPoolClient {
  const client = pool.clients[clientId];
  if (!client) throw fail('ResourceNotFoundException', MESSAGES.clientNotExist(clientId));
  return client;
}

/** Finds the pool that owns an app client (public operations only name the client). */
export function poolOfClient(ctx: OperationContext, clientId: string): { pool: UserPool; client: UserPoolClient } {
  for (const pool of Object.values(ctx.state.userPools)) {
    const client = pool.clients[clientId];
    if (client) return { pool, client };
  }
  throw fail('ResourceNotFoundException', MESSAGES.clientNotExist(clientId));
}

const cfg = (pool: UserPool) => pool.config as { [k: string]: Json | undefined };

/** Whether user names in this pool are case sensitive (UsernameConfiguration.CaseSensitive). */
export function isCaseSensitive(pool: UserPool): boolean {
  const uc = cfg(pool).UsernameConfiguration as { CaseSensitive?: boolean } | undefined;
  return uc?.CaseSensitive ?? true;
}

export const usernameAttributes = (pool: UserPool): string[] => (cfg(pool).UsernameAttributes as string[] | undefined) ?? [];
export const aliasAttributes = (pool: UserPool): string[] => (cfg(pool).AliasAttributes as string[] | undefined) ?? [];

/** The key under which a user name is stored (lower-cased when the pool is case insensitive). */
export function usernameKey(pool: UserPool, username: string): string {
  return isCaseSensitive(pool) ? username : username.toLowerCase();
}

/**
 * Finds a user by what they type at sign-in: the username itself (or the sub),
 * an email or phone number when the pool uses them as usernames, or a
 * verified alias. When several users match, the first in the pool's order
 * wins. Lookups by sub and attribute go through an index of the users record
 * (core/userIndex.ts), so their cost does not grow with the pool.
 */
export function findUser(pool: UserPool, name: string): User | undefined {
  const direct = pool.users[usernameKey(pool, name)];
  if (direct) return direct;
  const viaUsernameAttr = usernameAttributes(pool);
  const viaAlias = aliasAttributes(pool);
  const attrs = [...new Set([...viaUsernameAttr, ...viaAlias])];
  const matches = (user: User): boolean => {
    if (user.attributes.sub === name) return true;
    for (const a of attrs) {
      const v = user.attributes[a];
      if (v === undefined || comparable(a, v) !== comparable(a, name)) continue;
      if (viaUsernameAttr.includes(a)) return true;
      // an alias only signs in once verified (preferred_username needs no verification)
      if (a === 'preferred_username' || user.attributes[`${a}_verified`] === 'true') return true;
    }
    return false;
  };
  const { plain, indexable } = plainUsers(pool.users);
  const keys = indexable && attrs.every((a) => (INDEXED_ATTRIBUTES as readonly string[]).includes(a)) ? candidateKeys(indexOf(plain), name, attrs) : Object.keys(plain);
  const key = keys.find((k) => matches(plain[k]));
  // The caller gets the user as the call sees it (a draft inside a call), never the plain copy.
  return key === undefined ? undefined : pool.users[key];
}

/** Like {@link findUser} but throws `UserNotFoundException` "User does not exist.". */
export function requireUser(pool: UserPool, name: string): User {
  const user = findUser(pool, name);
  if (!user) throw fail('UserNotFoundException', MESSAGES.userDoesNotExist);
  return user;
}

/** The client's setting, typed. */
export function clientSetting<T extends Json>(client: UserPoolClient, name: string): T | undefined {
  return client.config[name] as T | undefined;
}
