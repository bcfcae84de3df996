/** AdminRemoveUserFromGroup: ends a user's membership of a group (a non-member changes nothing). */
import { defineOperation } from '../../core/context';
import { GroupName, struct, UserPoolId, Username } from '../../core/validate';
import { getPool, requireUser } from '../../core/lookup';
import { removeMembership, requireGroup } from '../../admin/groups';

export const AdminRemoveUserFromGroup = defineOperation('AdminRemoveUserFromGroup', struct({ UserPoolId, Username, GroupName }), async (ctx, input) => {
  const pool = getPool(ctx, input.UserPoolId);
  const group = requireGroup(pool, input.GroupName);
  removeMembership(requireUser(pool, input.Username), group.GroupName);
  return {};
});
