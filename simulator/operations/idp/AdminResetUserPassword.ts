/**
 * AdminResetUserPassword: the administrator's ForgotPassword. The user's
 * password stops working (status RESET_REQUIRED; sign-in answers
 * PasswordResetRequiredException) and a reset code goes to their verified
 * email or phone number, chosen by the pool's AccountRecoverySetting, for
 * ConfirmForgotPassword. A user with no verified channel, or a pool that
 * leaves recovery to administrators only, gets InvalidParameterException; an
 * admin-created user who never signed in (FORCE_CHANGE_PASSWORD) gets
 * NotAuthorizedException (use AdminCreateUser RESEND or AdminSetUserPassword).
 * Tokens are not revoked (the API reference does not say they are).
 */
import { defineOperation } from '../../core/context';
import { ClientMetadata, struct, UserPoolId, Username } from '../../core/validate';
import { fail, MESSAGES } from '../../core/errors';
import { getPool, requireUser } from '../../core/lookup';
import { moveUser } from '../../users/newUser';
import { sendVerificationCode } from '../../users/messages';
import { CODE_LIFETIME_MS, issueCode } from '../../users/codes';
import { recoveryTarget } from '../../users/recovery';
import { deliverWithTriggers } from '../../triggers/messageTriggers';

export const AdminResetUserPassword = defineOperation('AdminResetUserPassword', struct({ UserPoolId, Username, ClientMetadata }), async (ctx, input) => {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  const cannotReset = () => fail('NotAuthorizedException', MESSAGES.passwordCannotBeReset);
  // A user already waiting for a reset may be sent a new code; the status stays.
  if (user.status !== 'RESET_REQUIRED') moveUser(user, 'ADMIN_RESET_PASSWORD', cannotReset);
  const target = recoveryTarget(pool, user);
  if (target === undefined || target === 'admin_only') throw fail('InvalidParameterException', MESSAGES.noVerifiedRecoveryChannel);
  const pending = issueCode(ctx, CODE_LIFETIME_MS.forgotPassword, target.destination);
  user.codes.forgotPassword = pending;
  user.updatedAt = ctx.now();
  // CustomMessage_ForgotPassword or the custom sender triggers shape (or take over) the message.
  await deliverWithTriggers(ctx, pool, user, { clientMetadata: input.ClientMetadata }, () => sendVerificationCode(ctx, pool, user, target, pending.code, 'ForgotPassword'));
  return {};
});
