/**
 * AdminAddUserToGroup: makes a user a member of a group (adding a member again
 * changes nothing). Their next tokens carry the group in `cognito:groups`.
 */
import { defineOperation } from '../../core/context';
import { GroupName, struct, UserPoolId, Username } from '../../core/validate';
import { getPool, requireUser } from '../../core/lookup';
import { addMembership, requireGroup } from '../../admin/groups';

export const AdminAddUserToGroup = defineOperation('AdminAddUserToGroup', struct({ UserPoolId, Username, GroupName }), async (ctx, input) => {
  const pool = getPool(ctx, input.UserPoolId);
  const group = requireGroup(pool, input.GroupName);
  addMembership(requireUser(pool, input.Username), group);
  return {};
});
