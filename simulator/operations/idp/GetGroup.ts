/** GetGroup: one group of a user pool. */
import { defineOperation } from '../../core/context';
import { GroupName, struct, UserPoolId } from '../../core/validate';
import { getPool } from '../../core/lookup';
import { groupType, requireGroup } from '../../admin/groups';

export const GetGroup = defineOperation(
  'GetGroup',
  struct({ GroupName, UserPoolId }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    return { Group: groupType(pool, requireGroup(pool, input.GroupName)) };
  },
  { readOnly: true },
);
