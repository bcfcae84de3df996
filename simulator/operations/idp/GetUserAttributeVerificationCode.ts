/**
 * GetUserAttributeVerificationCode: sends a signed-in user a code to verify
 * their email address or phone number (the pending new value, when the pool
 * keeps the original until verification).
 */
import { defineOperation } from '../../core/context';
import { AttributeName, ClientMetadata, struct, Token } from '../../core/validate';
import { fail } from '../../core/errors';
import { verifyAccessToken } from '../../tokens/verify';
import { requireVerifiable, sendAttributeCode, valueToVerify } from '../../users/selfAttributes';
import { SELF_SERVICE_MESSAGES } from '../../users/selfServiceMessages';
import { deliverWithTriggers } from '../../triggers/messageTriggers';

export const GetUserAttributeVerificationCode = defineOperation(
  'GetUserAttributeVerificationCode',
  struct({ AccessToken: Token, AttributeName, ClientMetadata }),
  async (ctx, input) => {
    const { pool, user, event } = await verifyAccessToken(ctx, input.AccessToken);
    const attribute = requireVerifiable(input.AttributeName);
    const value = valueToVerify(user, attribute);
    if (!value) throw fail('InvalidParameterException', SELF_SERVICE_MESSAGES.noValueToVerify(attribute));
    // CustomMessage_VerifyUserAttribute or the custom sender triggers shape (or take over) the message.
    const caller = { clientId: event.clientId, clientMetadata: input.ClientMetadata };
    return { CodeDeliveryDetails: await deliverWithTriggers(ctx, pool, user, caller, () => sendAttributeCode(ctx, pool, user, attribute, value, 'VerifyUserAttribute')) };
  },
);
