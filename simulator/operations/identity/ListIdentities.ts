/** ListIdentities: the identities of a pool, oldest first, MaxResults (1-60) at a time; HideDisabled leaves out merged (disabled) identities. */
import { defineOperation } from '../../core/context';
import { bool, opt, struct } from '../../core/validate';
import { page } from '../../pools/paging';
import { getIdentityPool } from '../../identity/lookup';
import { describeIdentity } from '../../identity/describe';
import { IdentityPoolId, PaginationKey, QueryLimit } from '../../identity/shapes';

export const ListIdentities = defineOperation(
  'ListIdentities',
  struct({ IdentityPoolId, MaxResults: QueryLimit, NextToken: opt(PaginationKey), HideDisabled: opt(bool()) }),
  async (ctx, input) => {
    const pool = getIdentityPool(ctx.state, input.IdentityPoolId);
    const items = Object.values(pool.identities)
      .filter((i) => !(input.HideDisabled && i.disabled))
      .map((i) => ({ key: i.id, createdAt: i.createdAt, identity: i }));
    const result = page(items, input.MaxResults, input.NextToken, `identities:${pool.id}`);
    return {
      IdentityPoolId: pool.id,
      Identities: result.items.map((i) => describeIdentity(pool, i.identity)),
      ...(result.nextToken ? { NextToken: result.nextToken } : {}),
    };
  },
  { service: 'cognito-identity', readOnly: true },
);
