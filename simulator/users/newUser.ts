/** Creating a user record (SignUp, AdminCreateUser, user migration). */
import type { OperationContext } from '../core/context';
import type { User, UserPool } from '../core/model';
import { randomUuid } from '../core/random';
import { fail, MESSAGES } from '../core/errors';
import { findUser, usernameAttributes, usernameKey } from '../core/lookup';
import { nextUserStatus, type UserStatusEvent } from '../../machines/userStatus';

/**
 * Makes a new user in `pool` (not yet stored). The status comes from the
 * user-status statechart's creation event. Throws `UsernameExistsException`
 * when the name, or an email/phone used as username, is taken.
 */
export function newUser(ctx: OperationContext, pool: UserPool, username: string, attributes: Record<string, string>, creation: UserStatusEvent['type']): User {
  if (pool.users[usernameKey(pool, username)] || findUser(pool, username)) throw fail('UsernameExistsException', MESSAGES.userAlreadyExists);
  for (const a of usernameAttributes(pool)) {
    const v = attributes[a];
    if (v && findUser(pool, v)) {
      throw fail('UsernameExistsException', a === 'email' ? 'An account with the given email already exists.' : 'An account with the given phone_number already exists.');
    }
  }
  const status = nextUserStatus('NEW', creation);
  if (!status) throw new Error(`user status chart has no creation event ${creation}`);
  const now = ctx.now();
  return {
    username,
    attributes: { sub: randomUuid(ctx.random), ...attributes },
    status,
    enabled: true,
    createdAt: now,
    updatedAt: now,
    passwordHistory: [],
    mfa: { smsEnabled: false, totpEnabled: false, emailEnabled: false },
    codes: {},
    lockout: { failures: 0, lockedUntil: 0 },
    groups: [],
  };
}

/** Stores a user under its lookup key. */
export function storeUser(pool: UserPool, user: User): void {
  pool.users[usernameKey(pool, user.username)] = user;
}

/**
 * The internal user name for a pool that signs in with email or phone
 * (UsernameAttributes): Cognito then generates a UUID as the username.
 */
export function internalUsername(ctx: OperationContext, pool: UserPool, given: string): string {
  return usernameAttributes(pool).length > 0 ? randomUuid(ctx.random) : given;
}

/** Moves a user through the status chart or throws the given Cognito error. */
export function moveUser(user: User, event: UserStatusEvent['type'], orElse: () => Error): void {
  const next = nextUserStatus(user.status, event);
  if (!next) throw orElse();
  user.status = next;
}
