import { defineOperation } from '../../core/context';
import { getPool } from '../../core/lookup';
import { int, opt, struct, UserPoolId } from '../../core/validate';
import { LIST_DEFAULTS, QUOTAS } from '../../facts';
import { clientDescription } from '../../pools/clientConfig';
import { page } from '../../pools/paging';
import { ListNextToken } from '../../pools/shapes';

/** ListUserPoolClients: the pool's app clients, sorted by creation time then id, MaxResults (1-60) at a time. */
export const ListUserPoolClients = defineOperation(
  'ListUserPoolClients',
  struct({ UserPoolId, MaxResults: opt(int({ min: 1, max: QUOTAS.listLimitDefault.value })), NextToken: opt(ListNextToken) }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const clients = Object.entries(pool.clients).map(([id, c]) => ({ key: id, createdAt: c.createdAt, client: c }));
    const result = page(clients, input.MaxResults ?? LIST_DEFAULTS.userPoolClientsMaxResults.value, input.NextToken, `clients:${pool.id}`);
    return { UserPoolClients: result.items.map((i) => clientDescription(i.client)), ...(result.nextToken ? { NextToken: result.nextToken } : {}) };
  },
  { readOnly: true },
);
