/** ListIdentityPools: the account's identity pools (id and name), oldest first, MaxResults (1-60) at a time. */
import { defineOperation } from '../../core/context';
import { opt, struct } from '../../core/validate';
import { page } from '../../pools/paging';
import { allIdentityPools } from '../../identity/lookup';
import { PaginationKey, QueryLimit } from '../../identity/shapes';

export const ListIdentityPools = defineOperation(
  'ListIdentityPools',
  struct({ MaxResults: QueryLimit, NextToken: opt(PaginationKey) }),
  async (ctx, input) => {
    const items = allIdentityPools(ctx.state).map((p) => ({ key: p.id, createdAt: p.createdAt, pool: p }));
    const result = page(items, input.MaxResults, input.NextToken, `identitypools:${ctx.state.region}`);
    return {
      IdentityPools: result.items.map((i) => ({ IdentityPoolId: i.pool.id, IdentityPoolName: i.pool.config.IdentityPoolName })),
      ...(result.nextToken ? { NextToken: result.nextToken } : {}),
    };
  },
  { service: 'cognito-identity', readOnly: true },
);
