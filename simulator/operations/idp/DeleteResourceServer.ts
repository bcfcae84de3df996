import { defineOperation } from '../../core/context';
import { getPool } from '../../core/lookup';
import { struct, UserPoolId } from '../../core/validate';
import { requireResourceServer } from '../../oauth/resourceServers';
import { ResourceServerIdentifier } from '../../oauth/shapes';

/** DeleteResourceServer: removes the resource server; its scopes are no longer granted. */
export const DeleteResourceServer = defineOperation('DeleteResourceServer', struct({ UserPoolId, Identifier: ResourceServerIdentifier }), async (ctx, input) => {
  const pool = getPool(ctx, input.UserPoolId);
  requireResourceServer(pool, input.Identifier);
  delete pool.resourceServers![input.Identifier];
  return {};
});
