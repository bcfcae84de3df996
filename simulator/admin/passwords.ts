/**
 * Setting a password as an administrator (AdminCreateUser, AdminSetUserPassword):
 * the pool's policy with the operation's wording, password history, and the
 * stored record (a temporary one expires).
 */
import type { OperationContext } from '../core/context';
import type { User, UserPool } from '../core/model';
import { fail, isCognitoError } from '../core/errors';
import { checkPassword, enforcePasswordPolicy, historyEntry, inHistory, makePasswordRecord, passwordPolicy } from '../crypto/password';
import { QUOTAS } from '../facts';
import { SELF_SERVICE_MESSAGES } from '../users/selfServiceMessages';
import { temporaryPasswordExpiry } from './temporaryPassword';

const POLICY_PREFIX = 'Password did not conform with policy: ';

/**
 * Checks `password` against the pool's policy; a violation is reported with
 * `prefix` in front of the reason (each operation words it its own way).
 */
export function enforcePolicyWith(pool: UserPool, password: string, prefix: string): void {
  try {
    enforcePasswordPolicy(pool, password);
  } catch (e) {
    if (isCognitoError(e) && e.name === 'InvalidPasswordException' && e.message.startsWith(POLICY_PREFIX)) {
      throw fail('InvalidPasswordException', prefix + e.message.slice(POLICY_PREFIX.length));
    }
    throw e;
  }
}

/**
 * Whether `password` is one of the user's last PasswordHistorySize passwords
 * (the current one included). Always false when the pool keeps no history.
 */
export async function reusesRecentPassword(pool: UserPool, user: User, password: string): Promise<boolean> {
  const size = passwordPolicy(pool).PasswordHistorySize ?? 0;
  if (size <= 0) return false;
  if (user.password && (await checkPassword(user.password, password))) return true;
  const previous = size > 1 ? user.passwordHistory.slice(-(size - 1)) : [];
  return inHistory(previous, password);
}

/**
 * Stores a new password for `user`, keeping the old (permanent) one in the history.
 * `temporary` passwords expire after the pool's TemporaryPasswordValidityDays.
 */
export async function setUserPassword(ctx: OperationContext, pool: UserPool, user: User, password: string, temporary: boolean): Promise<void> {
  // Temporary passwords the user never chose stay out of the history.
  if (user.password && user.password.temporaryExpiresAt === undefined) {
    user.passwordHistory.push(historyEntry(user.password));
    const keep = QUOTAS.passwordHistorySize.value.max;
    if (user.passwordHistory.length > keep) user.passwordHistory.splice(0, user.passwordHistory.length - keep);
  }
  user.password = await makePasswordRecord(ctx, pool.id, user.username, password, temporary ? temporaryPasswordExpiry(ctx, pool) : undefined);
}

/** Throws PasswordHistoryPolicyViolationException when `password` was used recently. */
export async function enforceHistory(pool: UserPool, user: User, password: string): Promise<void> {
  if (await reusesRecentPassword(pool, user, password)) throw fail('PasswordHistoryPolicyViolationException', SELF_SERVICE_MESSAGES.passwordInHistory);
}
