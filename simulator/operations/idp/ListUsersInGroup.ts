/** ListUsersInGroup: the members of a group, by username, a page at a time. */
import { defineOperation } from '../../core/context';
import { GroupName, struct, UserPoolId } from '../../core/validate';
import { getPool } from '../../core/lookup';
import { membersOf, requireGroup } from '../../admin/groups';
import { pageOf } from '../../admin/paging';
import { NextToken, QueryLimit } from '../../admin/shapes';
import { userType } from '../../admin/userView';

export const ListUsersInGroup = defineOperation(
  'ListUsersInGroup',
  struct({ UserPoolId, GroupName, Limit: QueryLimit, NextToken }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const group = requireGroup(pool, input.GroupName);
    const page = pageOf(membersOf(pool, group.GroupName), (u) => ({ sort: u.username, id: u.username }), {
      limit: input.Limit,
      token: input.NextToken,
      scope: `ListUsersInGroup\u0000${pool.id}\u0000${group.GroupName}`,
    });
    return { Users: page.items.map((u) => userType(u)), ...(page.token ? { NextToken: page.token } : {}) };
  },
  { readOnly: true },
);
