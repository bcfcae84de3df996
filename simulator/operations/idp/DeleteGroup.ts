/** DeleteGroup: removes a group; its members stay in the pool, no longer in the group. */
import { defineOperation } from '../../core/context';
import { GroupName, struct, UserPoolId } from '../../core/validate';
import { getPool } from '../../core/lookup';
import { membersOf, removeMembership, requireGroup } from '../../admin/groups';

export const DeleteGroup = defineOperation('DeleteGroup', struct({ GroupName, UserPoolId }), async (ctx, input) => {
  const pool = getPool(ctx, input.UserPoolId);
  const group = requireGroup(pool, input.GroupName);
  for (const user of membersOf(pool, group.GroupName)) removeMembership(user, group.GroupName);
  delete pool.groups[group.GroupName];
  return {};
});
