/**
 * One-time codes the user types back (sign-up confirmation, forgot password,
 * attribute verification): issued with a lifetime on the simulated clock and
 * checked with Cognito's two answers.
 */
import type { OperationContext } from '../core/context';
import type { PendingCode } from '../core/model';
import { fail, MESSAGES } from '../core/errors';
import { HOUR_MS, LIFETIMES } from '../facts';
import { newCode } from './messages';

/** Lifetimes of the codes, in milliseconds (from facts). */
export const CODE_LIFETIME_MS = {
  signUp: LIFETIMES.signUpCode.value.hours * HOUR_MS,
  forgotPassword: LIFETIMES.forgotPasswordCode.value.hours * HOUR_MS,
  attributeVerification: LIFETIMES.attributeVerificationCode.value.hours * HOUR_MS,
} as const;

/**
 * A fresh code valid for `lifetimeMs` from now. `value` records what the code
 * vouches for (the destination it went to, or a new attribute value).
 */
export function issueCode(ctx: OperationContext, lifetimeMs: number, value?: string): PendingCode {
  const pending: PendingCode = { code: newCode(ctx), expiresAt: ctx.now() + lifetimeMs };
  if (value !== undefined) pending.value = value;
  return pending;
}

/**
 * Checks a code the user typed. No pending code, or one past its lifetime,
 * gives `ExpiredCodeException` ("please request a code again"); a wrong code
 * gives `CodeMismatchException`.
 */
export function checkCode(ctx: OperationContext, pending: PendingCode | undefined, given: string): PendingCode {
  if (!pending || ctx.now() >= pending.expiresAt) throw fail('ExpiredCodeException', MESSAGES.expiredCode);
  if (pending.code !== given) throw fail('CodeMismatchException', MESSAGES.invalidCode);
  return pending;
}
