import { defineOperation } from '../../core/context';
import { getPool } from '../../core/lookup';
import { struct, opt, UserPoolId } from '../../core/validate';
import { OAUTH } from '../../facts';
import { describeResourceServer } from '../../oauth/resourceServers';
import { ListResourceServersMax } from '../../oauth/shapes';
import { page } from '../../pools/paging';
import { ListNextToken } from '../../pools/shapes';

/** ListResourceServers: the pool's resource servers, oldest first, MaxResults (1-50) at a time. */
export const ListResourceServers = defineOperation(
  'ListResourceServers',
  struct({ UserPoolId, MaxResults: ListResourceServersMax, NextToken: opt(ListNextToken) }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const items = Object.values(pool.resourceServers ?? {}).map((rs) => ({ key: rs.identifier, createdAt: rs.createdAt, rs }));
    const result = page(items, input.MaxResults ?? OAUTH.listResourceServersMaxResults.value.max, input.NextToken, `resourceServers:${pool.id}`);
    return { ResourceServers: result.items.map((i) => describeResourceServer(pool, i.rs)), ...(result.nextToken ? { NextToken: result.nextToken } : {}) };
  },
  { readOnly: true },
);
