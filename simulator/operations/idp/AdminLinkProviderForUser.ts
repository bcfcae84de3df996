import { defineOperation } from '../../core/context';
import { fail, MESSAGES } from '../../core/errors';
import { getPool, requireUser, usernameKey } from '../../core/lookup';
import type { User, UserPool } from '../../core/model';
import { struct, UserPoolId } from '../../core/validate';
import { IDENTITY_PROVIDER_LIMITS } from '../../facts';
import { isSocialType, requireProvider } from '../../oauth/identityProviders';
import { ProviderUserIdentifier } from '../../oauth/idpShapes';
import { allLinksTo, COGNITO_SUBJECT, findLink, identitiesOf, setIdentities } from '../../oauth/linking';
import { IDP_MESSAGES } from '../../oauth/messages';

type Identifier = { ProviderName?: string; ProviderAttributeName?: string; ProviderAttributeValue?: string };

/**
 * The DestinationUser: `ProviderName` Cognito names a user by user name (its
 * ProviderAttributeName is ignored); a provider name names that provider's
 * federated user by its provider-specific id.
 */
export function destinationUser(pool: UserPool, d: Identifier): User {
  if (!d.ProviderName) throw fail('InvalidParameterException', IDP_MESSAGES.providerNameRequired);
  if (!d.ProviderAttributeValue) throw fail('InvalidParameterException', IDP_MESSAGES.providerAttributeValueRequired);
  if (d.ProviderName === 'Cognito') return requireUser(pool, d.ProviderAttributeValue);
  const provider = requireProvider(pool, d.ProviderName);
  const user = pool.users[usernameKey(pool, `${provider.name}_${d.ProviderAttributeValue}`)];
  if (!user) throw fail('UserNotFoundException', MESSAGES.userDoesNotExist);
  return user;
}

/**
 * AdminLinkProviderForUser: links a provider identity that has not signed in
 * yet (SourceUser) to an existing user (DestinationUser). The next sign-in
 * with that identity signs in as the destination user, whose `identities`
 * attribute lists the link.
 */
export const AdminLinkProviderForUser = defineOperation(
  'AdminLinkProviderForUser',
  struct({ UserPoolId, DestinationUser: ProviderUserIdentifier, SourceUser: ProviderUserIdentifier }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const source = input.SourceUser;
    if (!source.ProviderName) throw fail('InvalidParameterException', IDP_MESSAGES.providerNameRequired);
    if (source.ProviderName === 'Cognito') throw fail('InvalidParameterException', IDP_MESSAGES.cognitoSourceUser);
    const provider = requireProvider(pool, source.ProviderName);
    const attributeName = source.ProviderAttributeName ?? '';
    const value = source.ProviderAttributeValue ?? '';
    if (isSocialType(provider.type) && attributeName !== COGNITO_SUBJECT) throw fail('InvalidParameterException', IDP_MESSAGES.socialNeedsSubject(provider.name));
    if (attributeName !== COGNITO_SUBJECT && (attributeName === 'username' || provider.attributeMapping[attributeName] === undefined)) {
      throw fail('InvalidParameterException', IDP_MESSAGES.attributeNotMapped(attributeName, provider.name));
    }
    if (!value) throw fail('InvalidParameterException', IDP_MESSAGES.providerAttributeValueRequired);

    const destination = destinationUser(pool, input.DestinationUser);
    // The source identity must not have signed up already.
    if (attributeName === COGNITO_SUBJECT && pool.users[usernameKey(pool, `${provider.name}_${value}`)]) {
      throw fail('InvalidParameterException', IDP_MESSAGES.mergingNotSupported);
    }
    const existing = findLink(provider, attributeName, value);
    if (existing) {
      if (usernameKey(pool, existing.username) === usernameKey(pool, destination.username)) throw fail('InvalidParameterException', IDP_MESSAGES.alreadyLinked);
      if (pool.users[usernameKey(pool, existing.username)]) throw fail('AliasExistsException', IDP_MESSAGES.linkedToAnotherUser);
      provider.links = provider.links!.filter((l) => l !== existing);
    }
    const max = IDENTITY_PROVIDER_LIMITS.linkedIdentitiesPerUser.value;
    if (allLinksTo(pool, destination.username) >= max) throw fail('LimitExceededException', IDP_MESSAGES.tooManyLinks(max));

    const now = ctx.now();
    (provider.links ??= []).push({ attributeName, attributeValue: value, username: destination.username, linkedAt: now });
    // UNCONFIRMED: `primary` of a linked identity (false here: the profile belongs to the destination user).
    setIdentities(destination, [...identitiesOf(destination), { userId: value, providerName: provider.name, providerType: provider.type, issuer: null, primary: false, dateCreated: now }]);
    destination.updatedAt = now;
    return {};
  },
);
