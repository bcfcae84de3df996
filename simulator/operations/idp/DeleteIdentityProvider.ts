import { defineOperation } from '../../core/context';
import { getPool } from '../../core/lookup';
import { struct, UserPoolId } from '../../core/validate';
import { requireProvider } from '../../oauth/identityProviders';
import { ProviderName } from '../../oauth/idpShapes';

/** DeleteIdentityProvider: removes the provider; its users stay in the pool but can no longer sign in through it. */
export const DeleteIdentityProvider = defineOperation('DeleteIdentityProvider', struct({ UserPoolId, ProviderName }), async (ctx, input) => {
  const pool = getPool(ctx, input.UserPoolId);
  requireProvider(pool, input.ProviderName);
  delete pool.identityProviders![input.ProviderName];
  return {};
});
