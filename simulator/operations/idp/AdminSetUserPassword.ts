/**
 * AdminSetUserPassword: sets a user's password. Permanent=true makes the user
 * CONFIRMED with that password; otherwise it is a temporary password (status
 * FORCE_CHANGE_PASSWORD, NEW_PASSWORD_REQUIRED at the next sign-in) that
 * expires after the pool's TemporaryPasswordValidityDays. The pool's password
 * policy and password history apply.
 */
import { defineOperation } from '../../core/context';
import { Password, struct, UserPoolId, Username } from '../../core/validate';
import { fail } from '../../core/errors';
import { getPool, requireUser } from '../../core/lookup';
import { moveUser } from '../../users/newUser';
import { ADMIN_MESSAGES } from '../../admin/messages';
import { enforceHistory, enforcePolicyWith, setUserPassword } from '../../admin/passwords';
import { Flag } from '../../admin/shapes';

export const AdminSetUserPassword = defineOperation('AdminSetUserPassword', struct({ UserPoolId, Username, Password, Permanent: Flag }), async (ctx, input) => {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  enforcePolicyWith(pool, input.Password, ADMIN_MESSAGES.setPasswordPolicyPrefix);
  await enforceHistory(pool, user, input.Password);
  const permanent = input.Permanent === true;
  const status = user.status;
  moveUser(user, permanent ? 'ADMIN_SET_PERMANENT_PASSWORD' : 'ADMIN_SET_TEMPORARY_PASSWORD', () => fail('InvalidParameterException', ADMIN_MESSAGES.statusDoesNotAllow(status)));
  await setUserPassword(ctx, pool, user, input.Password, !permanent);
  // A password set by an administrator replaces any reset in progress and clears the lockout.
  delete user.codes.forgotPassword;
  user.lockout = { failures: 0, lockedUntil: 0 };
  user.updatedAt = ctx.now();
  return {};
});
