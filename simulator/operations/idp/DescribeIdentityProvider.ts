import { defineOperation } from '../../core/context';
import { getPool } from '../../core/lookup';
import { struct, UserPoolId } from '../../core/validate';
import { describeProvider, requireProvider } from '../../oauth/identityProviders';
import { ProviderName } from '../../oauth/idpShapes';

/** DescribeIdentityProvider: one provider with its details and attribute mapping. */
export const DescribeIdentityProvider = defineOperation(
  'DescribeIdentityProvider',
  struct({ UserPoolId, ProviderName }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    return { IdentityProvider: describeProvider(pool, requireProvider(pool, input.ProviderName)) };
  },
  { readOnly: true },
);
