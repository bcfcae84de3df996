/**
 * AdminUpdateUserAttributes: an administrator changes a user's attributes
 * (developer-only ones included). An empty value deletes an attribute; a new
 * email or phone number is unverified unless `email_verified` /
 * `phone_number_verified` is set to true in the same request.
 */
import { defineOperation } from '../../core/context';
import { AttributeList, ClientMetadata, struct, UserPoolId, Username } from '../../core/validate';
import { getPool, requireUser } from '../../core/lookup';
import { applyAdminAttributeUpdate } from '../../admin/attributeUpdate';
import { deliverWithTriggers } from '../../triggers/messageTriggers';

export const AdminUpdateUserAttributes = defineOperation(
  'AdminUpdateUserAttributes',
  struct({ UserPoolId, Username, UserAttributes: AttributeList, ClientMetadata }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const user = requireUser(pool, input.Username);
    // CustomMessage_UpdateUserAttribute or the custom sender triggers shape (or take over) the codes sent.
    await deliverWithTriggers(ctx, pool, user, { clientMetadata: input.ClientMetadata }, () => applyAdminAttributeUpdate(ctx, pool, user, input.UserAttributes));
    return {};
  },
);
