import { defineOperation } from '../../core/context';
import { fail } from '../../core/errors';
import { getPool } from '../../core/lookup';
import { struct, UserPoolId } from '../../core/validate';
import { describeProvider } from '../../oauth/identityProviders';
import { IDP_MESSAGES } from '../../oauth/messages';
import { IdpIdentifier } from '../../oauth/idpShapes';

/** GetIdentityProviderByIdentifier: the provider one of whose IdpIdentifiers is given. */
export const GetIdentityProviderByIdentifier = defineOperation(
  'GetIdentityProviderByIdentifier',
  struct({ UserPoolId, IdpIdentifier }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const p = Object.values(pool.identityProviders ?? {}).find((x) => x.idpIdentifiers.includes(input.IdpIdentifier));
    if (!p) throw fail('ResourceNotFoundException', IDP_MESSAGES.identifierNotFound(input.IdpIdentifier));
    return { IdentityProvider: describeProvider(pool, p) };
  },
  { readOnly: true },
);
