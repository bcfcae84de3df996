/**
 * Temporary passwords (AdminCreateUser, AdminSetUserPassword with
 * Permanent=false): how long they last, and generating one that satisfies the
 * pool's password policy.
 */
import type { OperationContext } from '../core/context';
import type { UserPool } from '../core/model';
import { randomInt } from '../core/random';
import { passwordPolicy } from '../crypto/password';
import { CODES, DAY_MS, LIFETIMES, PASSWORD_SYMBOLS } from '../facts';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
/** Cognito's special characters, without the space (it may not lead or trail a password). */
const SYMBOLS = [...PASSWORD_SYMBOLS.value].filter((c) => c !== ' ').join('');

/**
 * How long a temporary password lasts in `pool`: TemporaryPasswordValidityDays,
 * where 0 (or nothing) means the default (API PasswordPolicyType).
 */
export function temporaryPasswordValidityMs(pool: UserPool): number {
  const days = passwordPolicy(pool).TemporaryPasswordValidityDays;
  return (days && days > 0 ? days : LIFETIMES.temporaryPasswordDays.value.default) * DAY_MS;
}

/** When a temporary password set now expires. */
export const temporaryPasswordExpiry = (ctx: OperationContext, pool: UserPool): number => ctx.now() + temporaryPasswordValidityMs(pool);

/**
 * A random temporary password that satisfies the pool's policy: at least the
 * policy's minimum length (and the observed length of Cognito's generated
 * passwords), with one character of every class the policy requires.
 */
export function generateTemporaryPassword(ctx: OperationContext, pool: UserPool): string {
  const policy = passwordPolicy(pool);
  const length = Math.max(policy.MinimumLength, CODES.temporaryPasswordLength.value);
  const classes = [UPPER, LOWER, DIGITS];
  if (policy.RequireSymbols) classes.push(SYMBOLS);
  const pick = (alphabet: string) => alphabet[randomInt(ctx.random, alphabet.length)];
  // Upper, lower and digits always appear, so the password works whatever the policy asks.
  const chars = classes.map(pick);
  const all = classes.join('');
  while (chars.length < length) chars.push(pick(all));
  // Fisher-Yates, so the required characters are not always in front.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(ctx.random, i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
