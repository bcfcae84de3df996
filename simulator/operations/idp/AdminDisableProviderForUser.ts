import { defineOperation } from '../../core/context';
import { fail, MESSAGES } from '../../core/errors';
import { getPool, requireUser, usernameKey } from '../../core/lookup';
import { struct, UserPoolId } from '../../core/validate';
import { requireProvider } from '../../oauth/identityProviders';
import { ProviderUserIdentifier } from '../../oauth/idpShapes';
import { COGNITO_SUBJECT, findLink, identitiesOf, setIdentities } from '../../oauth/linking';
import { IDP_MESSAGES } from '../../oauth/messages';

/**
 * AdminDisableProviderForUser: stops a user signing in through a provider.
 * - `ProviderName` Cognito (`Cognito_Subject` = the user name): the user can no
 *   longer sign in with a password (the sandbox drops the password).
 * - A linked provider identity (named as it was linked, or by
 *   `Cognito_Subject` once it has signed in): the link is removed from the
 *   provider and from the destination user's `identities`; the next sign-in
 *   with that identity creates a new federated user.
 * - A federated user that was never linked: its identity entry is removed
 *   (UNCONFIRMED what else Cognito does to such a user).
 */
export const AdminDisableProviderForUser = defineOperation('AdminDisableProviderForUser', struct({ UserPoolId, User: ProviderUserIdentifier }), async (ctx, input) => {
  const pool = getPool(ctx, input.UserPoolId);
  const { ProviderName: name, ProviderAttributeName: attributeName = '', ProviderAttributeValue: value = '' } = input.User;
  if (!name) throw fail('InvalidParameterException', IDP_MESSAGES.providerNameRequired);
  if (!value) throw fail('InvalidParameterException', IDP_MESSAGES.providerAttributeValueRequired);
  const now = ctx.now();
  if (name === 'Cognito') {
    if (attributeName !== COGNITO_SUBJECT) throw fail('InvalidParameterException', IDP_MESSAGES.socialNeedsSubject('Cognito'));
    const user = requireUser(pool, value);
    delete user.password;
    user.updatedAt = now;
    return {};
  }
  const provider = requireProvider(pool, name);
  const link = findLink(provider, attributeName, value);
  if (link) {
    provider.links = provider.links!.filter((l) => l !== link);
    const destination = pool.users[usernameKey(pool, link.username)];
    if (destination) {
      setIdentities(destination, identitiesOf(destination).filter((i) => !(i.providerName === provider.name && i.userId === value)));
      destination.updatedAt = now;
    }
    return {};
  }
  const own = attributeName === COGNITO_SUBJECT ? pool.users[usernameKey(pool, `${provider.name}_${value}`)] : undefined;
  if (!own) throw fail('UserNotFoundException', MESSAGES.userDoesNotExist);
  setIdentities(own, identitiesOf(own).filter((i) => i.providerName !== provider.name));
  own.updatedAt = now;
  return {};
});
