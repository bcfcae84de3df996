/**
 * ConfirmForgotPassword: the user types the reset code and a new password.
 * The password must meet the policy and the password history; the user
 * becomes CONFIRMED (a RESET_REQUIRED user too) and the sign-in lockout
 * counter starts over.
 */
import { defineOperation } from '../../core/context';
import { AnalyticsMetadata, ClientId, ClientMetadata, ConfirmationCode, opt, Password, SecretHash, struct, UserContextData, Username } from '../../core/validate';
import { fail, MESSAGES } from '../../core/errors';
import { moveUser } from '../../users/newUser';
import { canMoveUser } from '../../../machines/userStatus';
import { hidesUserExistence, openPublicCall, usernameNotFound } from '../../users/publicClient';
import { checkCode } from '../../users/codes';
import { replacePassword } from '../../users/newPassword';
import { postConfirmation } from '../../triggers/signUpTriggers';

export const ConfirmForgotPassword = defineOperation(
  'ConfirmForgotPassword',
  struct({
    ClientId,
    SecretHash: opt(SecretHash),
    Username,
    ConfirmationCode,
    Password,
    AnalyticsMetadata,
    UserContextData,
    ClientMetadata,
  }),
  async (ctx, input) => {
    const { pool, client, user } = await openPublicCall(ctx, input.ClientId, input.Username, input.SecretHash);
    const hide = hidesUserExistence(client);
    if (!user || !user.enabled) {
      // With PreventUserExistenceErrors, a missing or disabled user looks like a wrong code.
      if (hide) throw fail('CodeMismatchException', MESSAGES.invalidCode);
      throw user ? fail('NotAuthorizedException', MESSAGES.userDisabled) : usernameNotFound();
    }
    checkCode(ctx, user.codes.forgotPassword, input.ConfirmationCode);
    await replacePassword(ctx, pool, user, input.Password);
    // UNCONFIRMED users (who can only get here with an already-verified channel) keep their status.
    if (canMoveUser(user.status, 'CONFIRM_FORGOT_PASSWORD')) {
      moveUser(user, 'CONFIRM_FORGOT_PASSWORD', () => fail('NotAuthorizedException', MESSAGES.passwordCannotBeReset));
    }
    delete user.codes.forgotPassword;
    user.lockout = { failures: 0, lockedUntil: 0 };
    await postConfirmation(ctx, pool, user, 'PostConfirmation_ConfirmForgotPassword', { clientId: input.ClientId, clientMetadata: input.ClientMetadata });
    return {};
  },
);
