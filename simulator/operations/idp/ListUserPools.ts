import { defineOperation } from '../../core/context';
import { int, opt, struct } from '../../core/validate';
import { QUOTAS } from '../../facts';
import { page } from '../../pools/paging';
import { poolDescription } from '../../pools/poolConfig';
import { ListNextToken } from '../../pools/shapes';

/** ListUserPools: the account's pools, sorted by creation time then id, MaxResults (1-60, required) at a time. */
export const ListUserPools = defineOperation(
  'ListUserPools',
  struct({ NextToken: opt(ListNextToken), MaxResults: int({ min: 1, max: QUOTAS.listLimitDefault.value }) }),
  async (ctx, input) => {
    const pools = Object.values(ctx.state.userPools).map((p) => ({ key: p.id, createdAt: p.createdAt, pool: p }));
    const result = page(pools, input.MaxResults, input.NextToken, `pools:${ctx.state.region}`);
    return { UserPools: result.items.map((i) => poolDescription(i.pool)), ...(result.nextToken ? { NextToken: result.nextToken } : {}) };
  },
  { readOnly: true },
);
