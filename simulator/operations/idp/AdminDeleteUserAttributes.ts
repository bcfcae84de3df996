/**
 * AdminDeleteUserAttributes: removes attributes from a user. Required and
 * immutable attributes, `sub`, and names not in the schema are refused.
 */
import { defineOperation } from '../../core/context';
import { AttributeName, list, struct, UserPoolId, Username } from '../../core/validate';
import { getPool, requireUser } from '../../core/lookup';
import { deleteAdminAttributes } from '../../admin/attributeUpdate';

export const AdminDeleteUserAttributes = defineOperation(
  'AdminDeleteUserAttributes',
  struct({ UserPoolId, Username, UserAttributeNames: list(AttributeName) }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const user = requireUser(pool, input.Username);
    deleteAdminAttributes(ctx, pool, user, input.UserAttributeNames);
    return {};
  },
);
