/** DeleteIdentityPool: removes the pool and all its identities ("users will not be able to authenticate with the pool"). */
import { defineOperation } from '../../core/context';
import { struct } from '../../core/validate';
import { getIdentityPool, identityPoolsForWrite } from '../../identity/lookup';
import { IdentityPoolId } from '../../identity/shapes';

export const DeleteIdentityPool = defineOperation(
  'DeleteIdentityPool',
  struct({ IdentityPoolId }),
  async (ctx, input) => {
    const pool = getIdentityPool(ctx.state, input.IdentityPoolId);
    delete identityPoolsForWrite(ctx)[pool.id];
    return {};
  },
  { service: 'cognito-identity' },
);
