/**
 * UpdateUserAttributes: a signed-in user changes their own attributes. A new
 * email address or phone number is unverified until the user types the code
 * sent to it (VerifyUserAttribute); pools that keep the original value until
 * verification hold the new value aside meanwhile.
 */
import { defineOperation } from '../../core/context';
import { AttributeList, ClientMetadata, struct, Token } from '../../core/validate';
import { verifyAccessToken } from '../../tokens/verify';
import { applyOwnAttributeUpdate } from '../../users/selfAttributes';
import { fail, MESSAGES } from '../../core/errors';
import { deliverWithTriggers } from '../../triggers/messageTriggers';

export const UpdateUserAttributes = defineOperation(
  'UpdateUserAttributes',
  struct({ UserAttributes: AttributeList, AccessToken: Token, ClientMetadata }),
  async (ctx, input) => {
    const { pool, user, event } = await verifyAccessToken(ctx, input.AccessToken);
    const client = pool.clients[event.clientId];
    if (!client) throw fail('NotAuthorizedException', MESSAGES.invalidAccessToken);
    // CustomMessage_UpdateUserAttribute or the custom sender triggers shape (or take over) the codes sent.
    const caller = { clientId: event.clientId, clientMetadata: input.ClientMetadata };
    const deliveries = await deliverWithTriggers(ctx, pool, user, caller, () => applyOwnAttributeUpdate(ctx, pool, client, user, input.UserAttributes));
    return deliveries.length > 0 ? { CodeDeliveryDetailsList: deliveries } : {};
  },
);
