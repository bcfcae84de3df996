import { defineOperation } from '../../core/context';
import { getClient, getPool } from '../../core/lookup';
import { ClientId, struct, UserPoolId } from '../../core/validate';

/** DeleteUserPoolClient: removes the app client; tokens it issued stop working as the client is gone. */
export const DeleteUserPoolClient = defineOperation('DeleteUserPoolClient', struct({ UserPoolId, ClientId }), async (ctx, input) => {
  const pool = getPool(ctx, input.UserPoolId);
  getClient(pool, input.ClientId);
  delete pool.clients[input.ClientId];
  return {};
});
