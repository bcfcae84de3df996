/**
 * Who is signing in, and whether they may: the checks Cognito makes around
 * the password, with its errors. The client's PreventUserExistenceErrors
 * decides how much a failure may reveal (DG "Managing user existence error
 * responses"): with ENABLED an unknown user, a disabled user with a wrong
 * password and an imported user who must reset their password all get the
 * generic "Incorrect username or password.".
 */
import type { User, UserPool, UserPoolClient } from '../core/model';
import { fail, MESSAGES, type CognitoError } from '../core/errors';
import { findUser, usernameKey } from '../core/lookup';
import { hidesUserExistence } from '../users/publicClient';
import { AUTH_MESSAGES } from './messages';
import { refuseIfLockedOut } from './lockout';

/** "Incorrect username or password." */
export const incorrectCredentials = (): CognitoError => fail('NotAuthorizedException', MESSAGES.incorrectCredentials);

/** The error for a user that does not exist, as the client's setting words it. */
export function unknownUser(client: UserPoolClient): CognitoError {
  return hidesUserExistence(client) ? incorrectCredentials() : fail('UserNotFoundException', MESSAGES.userDoesNotExist);
}

/** Reads a required AuthParameters / ChallengeResponses entry. */
export function requireParam(params: Record<string, string>, name: string): string {
  const value = params[name];
  if (value === undefined || value === '') throw fail('InvalidParameterException', AUTH_MESSAGES.missingParameter(name));
  return value;
}

/** The user a session belongs to (it may have been deleted since). */
export function sessionUser(pool: UserPool, client: UserPoolClient, username: string): User {
  const user = pool.users[usernameKey(pool, username)];
  if (!user) throw unknownUser(client);
  return user;
}

/** Whether `name` (as typed in USERNAME) names the user `username`. */
export function namesUser(pool: UserPool, name: string, username: string): boolean {
  return name === username || findUser(pool, name)?.username === username;
}

/**
 * Checks made before the password is looked at: the lockout, a password
 * reset in progress, and (LEGACY) a disabled user.
 */
export function checkBeforePassword(client: UserPoolClient, user: User, now: number): void {
  refuseIfLockedOut(user, now);
  const hides = hidesUserExistence(client);
  if (user.status === 'RESET_REQUIRED') throw hides ? incorrectCredentials() : fail('PasswordResetRequiredException', MESSAGES.passwordResetRequired);
  if (!hides && !user.enabled) throw fail('NotAuthorizedException', MESSAGES.userDisabled);
}

/**
 * Checks made once the password is right: a disabled user, an unconfirmed
 * user, an expired temporary password, and statuses that cannot sign in with
 * a password.
 */
export function checkAfterPassword(user: User, now: number): void {
  if (!user.enabled) throw fail('NotAuthorizedException', MESSAGES.userDisabled);
  if (user.status === 'UNCONFIRMED') throw fail('UserNotConfirmedException', MESSAGES.userNotConfirmed);
  if (user.status === 'FORCE_CHANGE_PASSWORD') {
    const until = user.password?.temporaryExpiresAt;
    if (until !== undefined && now >= until) throw fail('NotAuthorizedException', AUTH_MESSAGES.temporaryPasswordExpired);
    return;
  }
  if (user.status !== 'CONFIRMED') throw incorrectCredentials();
}
