/**
 * ResendConfirmationCode: a new sign-up code for an unconfirmed user, sent to
 * the pool's auto-verified attribute. The new code replaces the old one.
 */
import { defineOperation } from '../../core/context';
import { AnalyticsMetadata, ClientId, ClientMetadata, opt, SecretHash, struct, UserContextData, Username } from '../../core/validate';
import { fail, MESSAGES } from '../../core/errors';
import { sendVerificationCode } from '../../users/messages';
import { hidesUserExistence, openPublicCall, usernameNotFound } from '../../users/publicClient';
import { CODE_LIFETIME_MS, issueCode } from '../../users/codes';
import { autoVerified, preferredSignUpMedium, signUpCodeTarget } from '../../users/signUp';
import { simulatedDelivery } from '../../users/simulatedDelivery';
import { SELF_SERVICE_MESSAGES } from '../../users/selfServiceMessages';
import { deliverWithTriggers } from '../../triggers/messageTriggers';

export const ResendConfirmationCode = defineOperation(
  'ResendConfirmationCode',
  struct({ ClientId, SecretHash: opt(SecretHash), UserContextData, Username, AnalyticsMetadata, ClientMetadata }),
  async (ctx, input) => {
    const { pool, client, user } = await openPublicCall(ctx, input.ClientId, input.Username, input.SecretHash);
    const hide = hidesUserExistence(client);
    const simulated = () => ({ CodeDeliveryDetails: simulatedDelivery(pool, input.Username, preferredSignUpMedium(pool)) });
    if (autoVerified(pool).length === 0) throw fail('InvalidParameterException', SELF_SERVICE_MESSAGES.autoVerificationOff);
    if (!user) {
      if (hide) return simulated();
      throw usernameNotFound();
    }
    if (!user.enabled) {
      if (hide) return simulated();
      throw fail('NotAuthorizedException', MESSAGES.userDisabled);
    }
    if (user.status !== 'UNCONFIRMED') {
      // Inferred: with existence errors hidden, a confirmed user gets the same answer as anyone else.
      if (hide) return simulated();
      throw fail('InvalidParameterException', MESSAGES.userAlreadyConfirmed);
    }
    const target = signUpCodeTarget(pool, user);
    if (!target) {
      if (hide) return simulated();
      throw fail('InvalidParameterException', SELF_SERVICE_MESSAGES.autoVerificationOff);
    }
    const pending = issueCode(ctx, CODE_LIFETIME_MS.signUp, target.destination);
    user.codes.signUp = pending;
    // CustomMessage_ResendCode or the custom sender triggers shape (or take over) the message.
    const caller = { clientId: input.ClientId, clientMetadata: input.ClientMetadata };
    return { CodeDeliveryDetails: await deliverWithTriggers(ctx, pool, user, caller, () => sendVerificationCode(ctx, pool, user, target, pending.code, 'ResendCode')) };
  },
);
