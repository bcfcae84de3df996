/**
 * Replacing a user's password (ChangePassword, ConfirmForgotPassword, and
 * any operation that sets a new password): the pool's policy, its password
 * history (PasswordHistorySize), and the stored record.
 *
 * History convention: `user.passwordHistory` holds the hashes of the passwords
 * the user had before the current one, oldest first. With PasswordHistorySize
 * n, a new password may match neither the current password nor the n − 1
 * before it ("Users can't set a password that matches any of n previous
 * passwords", API PasswordPolicyType).
 */
import type { OperationContext } from '../core/context';
import type { User, UserPool } from '../core/model';
import { fail, isCognitoError } from '../core/errors';
import { checkPassword, enforcePasswordPolicy, historyEntry, inHistory, makePasswordRecord, passwordPolicy } from '../crypto/password';
import { QUOTAS } from '../facts';
import { SELF_SERVICE_MESSAGES } from './selfServiceMessages';

const SIGN_UP_PREFIX = 'Password did not conform with policy: ';

/**
 * Like `enforcePasswordPolicy`, with the wording Cognito uses when an existing
 * user picks a new password ("Password does not conform to policy: …").
 */
export function enforceNewPasswordPolicy(pool: UserPool, password: string): void {
  try {
    enforcePasswordPolicy(pool, password);
  } catch (e) {
    if (isCognitoError(e) && e.message.startsWith(SIGN_UP_PREFIX)) {
      throw fail(e.name, SELF_SERVICE_MESSAGES.newPasswordPolicyPrefix + e.message.slice(SIGN_UP_PREFIX.length));
    }
    throw e;
  }
}

/** Whether `password` is barred by the pool's PasswordHistorySize for this user. */
export async function reusesRecentPassword(pool: UserPool, user: User, password: string): Promise<boolean> {
  const size = passwordPolicy(pool).PasswordHistorySize ?? 0;
  if (size <= 0) return false;
  if (await checkPassword(user.password, password)) return true;
  const earlier = size > 1 ? user.passwordHistory.slice(-(size - 1)) : [];
  return inHistory(earlier, password);
}

/**
 * Checks `password` against the policy and the history, then stores it as the
 * user's permanent password (the previous one goes into the history).
 */
export async function replacePassword(ctx: OperationContext, pool: UserPool, user: User, password: string): Promise<void> {
  enforceNewPasswordPolicy(pool, password);
  if (await reusesRecentPassword(pool, user, password)) {
    throw fail('PasswordHistoryPolicyViolationException', SELF_SERVICE_MESSAGES.passwordInHistory);
  }
  // A temporary password the user never chose stays out of the history (as in admin/passwords.ts).
  if (user.password && user.password.temporaryExpiresAt === undefined) {
    user.passwordHistory.push(historyEntry(user.password));
    const keep = QUOTAS.passwordHistorySize.value.max;
    if (user.passwordHistory.length > keep) user.passwordHistory.splice(0, user.passwordHistory.length - keep);
  }
  user.password = await makePasswordRecord(ctx, pool.id, user.username, password);
  user.updatedAt = ctx.now();
}
