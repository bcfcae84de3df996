import { defineOperation } from '../../core/context';
import { fail } from '../../core/errors';
import { getPool } from '../../core/lookup';
import { opt, struct, UserPoolId } from '../../core/validate';
import { checkProvider, describeProvider, providersOf, withDefaultMapping } from '../../oauth/identityProviders';
import { IDP_MESSAGES } from '../../oauth/messages';
import { AttributeMapping, IdpIdentifiers, ProviderDetails, ProviderName, ProviderType } from '../../oauth/idpShapes';

/**
 * CreateIdentityProvider: a social (Google, Facebook, LoginWithAmazon,
 * SignInWithApple), OIDC or SAML provider users can sign in with through the
 * hosted UI. SIMULATED: the provider is never contacted.
 */
export const CreateIdentityProvider = defineOperation(
  'CreateIdentityProvider',
  struct({ UserPoolId, ProviderName, ProviderType, ProviderDetails, AttributeMapping: opt(AttributeMapping), IdpIdentifiers: opt(IdpIdentifiers) }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const providers = providersOf(pool);
    if (providers[input.ProviderName]) throw fail('DuplicateProviderException', IDP_MESSAGES.duplicateProvider(input.ProviderName));
    const identifiers = [...new Set(input.IdpIdentifiers ?? [])];
    checkProvider(pool, input.ProviderName, input.ProviderType, input.ProviderDetails, identifiers);
    const now = ctx.now();
    providers[input.ProviderName] = {
      name: input.ProviderName,
      type: input.ProviderType,
      details: { ...input.ProviderDetails },
      attributeMapping: withDefaultMapping(input.ProviderType, input.AttributeMapping),
      idpIdentifiers: identifiers,
      createdAt: now,
      updatedAt: now,
    };
    return { IdentityProvider: describeProvider(pool, providers[input.ProviderName]) };
  },
);
