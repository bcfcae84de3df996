/**
 * UpdateGroup: changes a group's description, role or precedence. Settings
 * left out of the request stay as they were. Members' tokens show the change
 * from their next sign-in or refresh.
 */
import { defineOperation } from '../../core/context';
import { ArnType, GroupName, opt, struct, UserPoolId } from '../../core/validate';
import { getPool } from '../../core/lookup';
import { groupType, requireGroup } from '../../admin/groups';
import { GroupDescription, Precedence } from '../../admin/shapes';

export const UpdateGroup = defineOperation(
  'UpdateGroup',
  struct({ GroupName, UserPoolId, Description: GroupDescription, RoleArn: opt(ArnType), Precedence }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const group = requireGroup(pool, input.GroupName);
    if (input.Description !== undefined) group.Description = input.Description;
    if (input.RoleArn !== undefined) group.RoleArn = input.RoleArn;
    if (input.Precedence !== undefined) group.Precedence = input.Precedence;
    group.updatedAt = ctx.now();
    return { Group: groupType(pool, group) };
  },
);
