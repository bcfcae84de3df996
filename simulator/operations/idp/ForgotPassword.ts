/**
 * ForgotPassword: sends a password-reset code to the user's verified email or
 * phone number, chosen by the pool's AccountRecoverySetting. The code is valid
 * for one hour; ConfirmForgotPassword takes it with the new password.
 */
import { defineOperation } from '../../core/context';
import { AnalyticsMetadata, ClientId, ClientMetadata, opt, SecretHash, struct, UserContextData, Username } from '../../core/validate';
import { fail, MESSAGES } from '../../core/errors';
import { sendVerificationCode } from '../../users/messages';
import { hidesUserExistence, openPublicCall, usernameNotFound } from '../../users/publicClient';
import { CODE_LIFETIME_MS, issueCode } from '../../users/codes';
import { preferredRecoveryMedium, recoveryTarget } from '../../users/recovery';
import { simulatedDelivery } from '../../users/simulatedDelivery';
import { migrateUser } from '../../triggers/migration';
import { deliverWithTriggers } from '../../triggers/messageTriggers';

export const ForgotPassword = defineOperation(
  'ForgotPassword',
  struct({ ClientId, SecretHash: opt(SecretHash), UserContextData, Username, AnalyticsMetadata, ClientMetadata }),
  async (ctx, input) => {
    const opened = await openPublicCall(ctx, input.ClientId, input.Username, input.SecretHash);
    const { pool, client } = opened;
    const caller = { clientId: input.ClientId, clientMetadata: input.ClientMetadata };
    // An unknown user may still come from another directory: UserMigration_ForgotPassword.
    const user = opened.user ?? (await migrateUser(ctx, pool, { source: 'UserMigration_ForgotPassword', username: input.Username, ...caller }));
    // With PreventUserExistenceErrors, a missing or disabled user, or one with no
    // verified channel, gets a simulated answer and nothing is sent.
    const hide = hidesUserExistence(client);
    const simulated = () => ({ CodeDeliveryDetails: simulatedDelivery(pool, input.Username, preferredRecoveryMedium(pool)) });
    if (!user) {
      if (hide) return simulated();
      throw usernameNotFound();
    }
    if (!user.enabled) {
      if (hide) return simulated();
      throw fail('NotAuthorizedException', MESSAGES.userDisabled);
    }
    if (user.status === 'FORCE_CHANGE_PASSWORD') throw fail('NotAuthorizedException', MESSAGES.passwordCannotBeReset);
    const target = recoveryTarget(pool, user);
    if (target === undefined || target === 'admin_only') {
      if (hide) return simulated();
      throw fail('InvalidParameterException', MESSAGES.noVerifiedRecoveryChannel);
    }
    const pending = issueCode(ctx, CODE_LIFETIME_MS.forgotPassword, target.destination);
    user.codes.forgotPassword = pending;
    // CustomMessage_ForgotPassword or the custom sender triggers shape (or take over) the message.
    return { CodeDeliveryDetails: await deliverWithTriggers(ctx, pool, user, caller, () => sendVerificationCode(ctx, pool, user, target, pending.code, 'ForgotPassword')) };
  },
);
