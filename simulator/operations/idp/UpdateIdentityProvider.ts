import { defineOperation } from '../../core/context';
import { getPool } from '../../core/lookup';
import { opt, struct, UserPoolId } from '../../core/validate';
import { checkProvider, describeProvider, requireProvider, withDefaultMapping } from '../../oauth/identityProviders';
import { AttributeMapping, IdpIdentifiers, ProviderDetails, ProviderName } from '../../oauth/idpShapes';

/** UpdateIdentityProvider: changes the details, attribute mapping or identifiers given; the others stay. */
export const UpdateIdentityProvider = defineOperation(
  'UpdateIdentityProvider',
  struct({ UserPoolId, ProviderName, ProviderDetails: opt(ProviderDetails), AttributeMapping: opt(AttributeMapping), IdpIdentifiers: opt(IdpIdentifiers) }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const p = requireProvider(pool, input.ProviderName);
    const details = input.ProviderDetails ? { ...p.details, ...input.ProviderDetails } : p.details;
    const identifiers = input.IdpIdentifiers ? [...new Set(input.IdpIdentifiers)] : p.idpIdentifiers;
    checkProvider(pool, p.name, p.type, details, identifiers);
    p.details = details;
    p.idpIdentifiers = identifiers;
    if (input.AttributeMapping) p.attributeMapping = withDefaultMapping(p.type, input.AttributeMapping);
    p.updatedAt = ctx.now();
    return { IdentityProvider: describeProvider(pool, p) };
  },
);
