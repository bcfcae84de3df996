/**
 * Cognito's temporary lockout after failed sign-ins (LOCKOUT in facts.ts):
 * after n ≥ 5 failed attempts the user is locked out for 2^(n−5) seconds,
 * doubling up to about 15 minutes; attempts during a lockout fail with
 * "Password attempts exceeded" and do not count; a successful sign-in, or
 * about 15 minutes without attempts, starts the count again.
 *
 * `user.lockout` holds the count and the end of the current lockout. The time
 * of the last failure is not stored: it is `lockedUntil` minus that failure's
 * delay (for the free attempts `lockedUntil` is the failure time itself).
 */
import type { User } from '../core/model';
import { fail, MESSAGES } from '../core/errors';
import { LOCKOUT, SIGN_IN } from '../facts';

/** The lockout, in milliseconds, that the `failures`-th failed attempt starts. */
export function lockoutDelayMs(failures: number): number {
  const free = LOCKOUT.freeAttempts.value;
  if (failures < free) return 0;
  const seconds = Math.min(LOCKOUT.firstDelaySeconds.value * 2 ** (failures - free), LOCKOUT.maxDelaySeconds.value);
  return seconds * 1000;
}

/** When the user last failed to sign in (0 if the count is clear). */
function lastFailureAt(user: User): number {
  return user.lockout.failures === 0 ? 0 : user.lockout.lockedUntil - lockoutDelayMs(user.lockout.failures);
}

/** Clears the count when the last failure is long enough ago. */
function forgetStale(user: User, now: number): void {
  if (user.lockout.failures > 0 && now - lastFailureAt(user) >= SIGN_IN.lockoutResetSeconds.value * 1000) {
    user.lockout = { failures: 0, lockedUntil: 0 };
  }
}

/** Whether the user is inside a lockout at `now`. */
export function isLockedOut(user: User, now: number): boolean {
  return now < user.lockout.lockedUntil;
}

/** Throws "Password attempts exceeded" while the user is locked out. */
export function refuseIfLockedOut(user: User, now: number): void {
  if (isLockedOut(user, now)) throw fail('NotAuthorizedException', MESSAGES.attemptsExceeded);
}

/** Counts a failed sign-in and starts the lockout it earns. */
export function recordFailedSignIn(user: User, now: number): void {
  forgetStale(user, now);
  const failures = user.lockout.failures + 1;
  user.lockout = { failures, lockedUntil: now + lockoutDelayMs(failures) };
}

/** A successful sign-in clears the count. */
export function clearLockout(user: User): void {
  user.lockout = { failures: 0, lockedUntil: 0 };
}
