/**
 * GetOpenIdTokenForDeveloperIdentity: registers (or finds) the identity of a
 * user your backend authenticated, under the pool's DeveloperProviderName,
 * and returns an OpenID token for it (TokenDuration 1-86,400 seconds, 15
 * minutes by default). Public logins in the same map are verified and linked.
 * A developer user identifier already registered to another identity than
 * the IdentityId given is refused with DeveloperUserAlreadyRegisteredException.
 * PrincipalTags are accepted and not used (attributes for access control are
 * not simulated).
 */
import { defineOperation } from '../../core/context';
import { opt, struct } from '../../core/validate';
import { fail } from '../../core/errors';
import { IDENTITY_POOLS } from '../../facts';
import type { Identity } from '../../identity/model';
import { getIdentityPool, requireIdentityInPool } from '../../identity/lookup';
import { COGNITO_IDENTITY_PROVIDER, isPublicProviderKey, verifyLogin, type VerifiedLogin } from '../../identity/logins';
import { attachLogins, isAuthenticatedIdentity, ownerOfDeveloperUser, ownerOfLogin } from '../../identity/linking';
import { issueOpenIdToken } from '../../identity/openIdToken';
import { IDENTITY_MESSAGES as M } from '../../identity/messages';
import { IdentityId, IdentityPoolId, LoginsMap, PrincipalTags, TokenDuration } from '../../identity/shapes';

export const GetOpenIdTokenForDeveloperIdentity = defineOperation(
  'GetOpenIdTokenForDeveloperIdentity',
  struct({ IdentityPoolId, IdentityId: opt(IdentityId), Logins: LoginsMap, PrincipalTags: opt(PrincipalTags), TokenDuration: opt(TokenDuration) }),
  async (ctx, input) => {
    const pool = getIdentityPool(ctx.state, input.IdentityPoolId);
    const developer = pool.config.DeveloperProviderName;
    let developerUser: string | undefined;
    const logins: VerifiedLogin[] = [];
    for (const [provider, value] of Object.entries(input.Logins)) {
      if (provider === COGNITO_IDENTITY_PROVIDER) throw fail('NotAuthorizedException', M.cognitoTokenNotAllowed);
      if (developer !== undefined && provider === developer) developerUser = value;
      else if (isPublicProviderKey(pool, provider)) logins.push(await verifyLogin(ctx, pool, provider, value));
      else throw fail('NotAuthorizedException', M.developerProviderNotSupported);
    }
    if (developer === undefined || developerUser === undefined) throw fail('NotAuthorizedException', M.developerProviderNotSupported);

    let identity: Identity | undefined;
    if (input.IdentityId !== undefined) {
      identity = requireIdentityInPool(pool, input.IdentityId);
      if (identity.disabled) throw fail('NotAuthorizedException', M.identityForbidden(identity.id));
      const owner = ownerOfDeveloperUser(pool, developerUser);
      if (owner && owner !== identity) throw fail('DeveloperUserAlreadyRegisteredException', M.developerUserAlreadyRegistered);
      const known = owner === identity || logins.some((l) => ownerOfLogin(pool, l.provider, l.subject) === identity);
      if (isAuthenticatedIdentity(identity) && !known) throw fail('NotAuthorizedException', M.loginsDontMatch);
    }
    const target = attachLogins(ctx, pool, { identity, logins, developerUserIdentifier: developerUser });
    const amr = ['authenticated', developer, `${developer}:${pool.id}:${developerUser}`, ...logins.flatMap((l) => l.amr)];
    const lifetimeSeconds = input.TokenDuration ?? IDENTITY_POOLS.developerTokenDuration.value.defaultMinutes * 60;
    const Token = await issueOpenIdToken(ctx, pool, { identityId: target.id, amr, lifetimeSeconds });
    return { IdentityId: target.id, Token };
  },
  { service: 'cognito-identity' },
);
