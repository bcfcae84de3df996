/**
 * CreateGroup: a new group in a user pool, with an optional description, IAM
 * role (for the `cognito:roles` / `cognito:preferred_role` claims) and
 * precedence (the lower, the more preferred its role).
 */
import { defineOperation } from '../../core/context';
import { ArnType, GroupName, opt, struct, UserPoolId } from '../../core/validate';
import { fail } from '../../core/errors';
import { getPool } from '../../core/lookup';
import type { Group } from '../../core/model';
import { QUOTAS } from '../../facts';
import { groupType } from '../../admin/groups';
import { ADMIN_MESSAGES } from '../../admin/messages';
import { GroupDescription, Precedence } from '../../admin/shapes';

export const CreateGroup = defineOperation(
  'CreateGroup',
  struct({ GroupName, UserPoolId, Description: GroupDescription, RoleArn: opt(ArnType), Precedence }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    if (Object.hasOwn(pool.groups, input.GroupName)) throw fail('GroupExistsException', ADMIN_MESSAGES.groupExists);
    const max = QUOTAS.groupsPerPool.value;
    if (Object.keys(pool.groups).length >= max) throw fail('LimitExceededException', ADMIN_MESSAGES.tooManyGroupsInPool(max));
    const now = ctx.now();
    const group: Group = { GroupName: input.GroupName, createdAt: now, updatedAt: now };
    if (input.Description !== undefined) group.Description = input.Description;
    if (input.RoleArn !== undefined) group.RoleArn = input.RoleArn;
    if (input.Precedence !== undefined) group.Precedence = input.Precedence;
    pool.groups[input.GroupName] = group;
    return { Group: groupType(pool, group) };
  },
);
