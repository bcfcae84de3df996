/** AdminListGroupsForUser: the groups a user belongs to, by name, a page at a time. */
import { defineOperation } from '../../core/context';
import { struct, UserPoolId, Username } from '../../core/validate';
import { getPool, requireUser } from '../../core/lookup';
import { groupType } from '../../admin/groups';
import { pageOf } from '../../admin/paging';
import { NextToken, QueryLimit } from '../../admin/shapes';

export const AdminListGroupsForUser = defineOperation(
  'AdminListGroupsForUser',
  struct({ Username, UserPoolId, Limit: QueryLimit, NextToken }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const user = requireUser(pool, input.Username);
    const groups = user.groups.map((name) => pool.groups[name]).filter((g) => g !== undefined);
    const page = pageOf(groups, (g) => ({ sort: g.GroupName, id: g.GroupName }), {
      limit: input.Limit,
      token: input.NextToken,
      scope: `AdminListGroupsForUser\u0000${pool.id}\u0000${user.username}`,
    });
    return { Groups: page.items.map((g) => groupType(pool, g)), ...(page.token ? { NextToken: page.token } : {}) };
  },
  { readOnly: true },
);
