/**
 * GetId: the identity for the logins given (the one already linked to them,
 * or a new one they are linked to), or a new guest identity when no logins
 * are given and the pool allows unauthenticated identities.
 */
import { defineOperation } from '../../core/context';
import { opt, struct } from '../../core/validate';
import { fail } from '../../core/errors';
import { getIdentityPool } from '../../identity/lookup';
import { COGNITO_IDENTITY_PROVIDER, verifyLogin, type VerifiedLogin } from '../../identity/logins';
import { attachLogins, createIdentity } from '../../identity/linking';
import { IDENTITY_MESSAGES } from '../../identity/messages';
import { AccountId, IdentityPoolId, LoginsMap } from '../../identity/shapes';

export const GetId = defineOperation(
  'GetId',
  struct({ AccountId: opt(AccountId), IdentityPoolId, Logins: opt(LoginsMap) }),
  async (ctx, input) => {
    const pool = getIdentityPool(ctx.state, input.IdentityPoolId);
    const entries = Object.entries(input.Logins ?? {});
    if (entries.length === 0) {
      if (!pool.config.AllowUnauthenticatedIdentities) throw fail('NotAuthorizedException', IDENTITY_MESSAGES.unauthenticatedNotSupported);
      return { IdentityId: createIdentity(ctx, pool).id };
    }
    const logins: VerifiedLogin[] = [];
    for (const [provider, token] of entries) {
      if (provider === COGNITO_IDENTITY_PROVIDER) throw fail('NotAuthorizedException', IDENTITY_MESSAGES.cognitoTokenNotAllowed);
      if (provider === pool.config.DeveloperProviderName) throw fail('InvalidParameterException', IDENTITY_MESSAGES.notPublicProvider);
      logins.push(await verifyLogin(ctx, pool, provider, token));
    }
    return { IdentityId: attachLogins(ctx, pool, { logins }).id };
  },
  { service: 'cognito-identity' },
);
