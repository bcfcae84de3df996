import { defineOperation } from '../../core/context';
import { getPool } from '../../core/lookup';
import { int, opt, struct, UserPoolId } from '../../core/validate';
import { QUOTAS } from '../../facts';
import { page } from '../../pools/paging';
import { ListNextToken } from '../../pools/shapes';

/** ListIdentityProviders: the pool's providers (`ProviderDescription`), oldest first, MaxResults (1-60) at a time. */
export const ListIdentityProviders = defineOperation(
  'ListIdentityProviders',
  struct({ UserPoolId, MaxResults: opt(int({ min: 1, max: QUOTAS.listLimitDefault.value })), NextToken: opt(ListNextToken) }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const items = Object.values(pool.identityProviders ?? {}).map((p) => ({ key: p.name, createdAt: p.createdAt, p }));
    const result = page(items, input.MaxResults ?? QUOTAS.listLimitDefault.value, input.NextToken, `providers:${pool.id}`);
    return {
      Providers: result.items.map(({ p }) => ({ ProviderName: p.name, ProviderType: p.type, LastModifiedDate: p.updatedAt / 1000, CreationDate: p.createdAt / 1000 })),
      ...(result.nextToken ? { NextToken: result.nextToken } : {}),
    };
  },
  { readOnly: true },
);
