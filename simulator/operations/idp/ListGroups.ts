/** ListGroups: the groups of a user pool, by name, a page at a time (Limit 0-60, NextToken). */
import { defineOperation } from '../../core/context';
import { struct, UserPoolId } from '../../core/validate';
import { getPool } from '../../core/lookup';
import { groupType } from '../../admin/groups';
import { pageOf } from '../../admin/paging';
import { NextToken, QueryLimit } from '../../admin/shapes';

export const ListGroups = defineOperation(
  'ListGroups',
  struct({ UserPoolId, Limit: QueryLimit, NextToken }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const page = pageOf(Object.values(pool.groups), (g) => ({ sort: g.GroupName, id: g.GroupName }), {
      limit: input.Limit,
      token: input.NextToken,
      scope: `ListGroups\u0000${pool.id}`,
    });
    return { Groups: page.items.map((g) => groupType(pool, g)), ...(page.token ? { NextToken: page.token } : {}) };
  },
  { readOnly: true },
);
