/**
 * Who is calling GetCredentialsForIdentity or GetOpenIdToken: the identity
 * named by `IdentityId`, as a guest (no `Logins`) or authenticated by the
 * logins it presents. Presenting logins links them to the identity (a guest
 * that signs in keeps its id) or merges it into the identity that owns them.
 *
 * DG "Identity pools authentication flow": "To obtain a token for an
 * unauthenticated identity, you only need the identity ID itself. It is not
 * possible to get an unauthenticated token for authenticated or disabled
 * identities." and "If you have an authenticated identity, you must pass at
 * least one valid token for a login already associated with that identity."
 */
import type { OperationContext } from '../core/context';
import { fail } from '../core/errors';
import type { Identity, IdentityPool } from './model';
import { requireIdentity } from './lookup';
import { COGNITO_IDENTITY_PROVIDER, verifyLogin, type VerifiedLogin } from './logins';
import { attachLogins, isAuthenticatedIdentity, ownerOfLogin } from './linking';
import { checkOpenIdToken } from './openIdToken';
import { IDENTITY_MESSAGES as M } from './messages';
import { epochSeconds } from '../core/clock';

export interface Caller {
  pool: IdentityPool;
  /** The identity the call ends up with (after a merge, the owner of the logins). */
  identity: Identity;
  authenticated: boolean;
  /** The public logins presented and verified in this call. */
  logins: VerifiedLogin[];
  /** The `amr` of this call (`unauthenticated`, or `authenticated` plus each login's entries). */
  amr: string[];
}

const notAuthorized = (message: string) => fail('NotAuthorizedException', message);

/**
 * Resolves the caller of an identity-scoped call. `allowCognitoToken`: accept
 * the `cognito-identity.amazonaws.com` login (an OpenID token of this pool for
 * this identity), as GetCredentialsForIdentity does for developer-authenticated
 * identities.
 */
export async function resolveCaller(
  ctx: OperationContext,
  identityId: string,
  logins: Record<string, string> | undefined,
  opts: { allowCognitoToken: boolean; beforeLogins?: (pool: IdentityPool) => void },
): Promise<Caller> {
  const { pool, identity } = requireIdentity(ctx.state, identityId);
  if (identity.disabled) throw notAuthorized(M.identityForbidden(identityId));
  opts.beforeLogins?.(pool);
  const entries = Object.entries(logins ?? {});
  if (entries.length === 0) {
    if (!pool.config.AllowUnauthenticatedIdentities) throw notAuthorized(M.unauthenticatedNotSupported);
    if (isAuthenticatedIdentity(identity)) throw notAuthorized(M.loginsDontMatch);
    return { pool, identity, authenticated: false, logins: [], amr: ['unauthenticated'] };
  }

  const verified: VerifiedLogin[] = [];
  let cognitoAmr: string[] | undefined;
  for (const [provider, token] of entries) {
    if (provider === COGNITO_IDENTITY_PROVIDER) {
      if (!opts.allowCognitoToken) throw notAuthorized(M.cognitoTokenNotAllowed);
      const checked = await checkOpenIdToken(ctx.state, token, ctx.now(), ctx.keyCache);
      if (!checked.ok) throw notAuthorized(checked.reason === 'malformed' ? M.notOpenIdToken : M.badSignature);
      if (checked.pool.id !== pool.id || checked.claims.sub !== identity.id) throw notAuthorized(M.loginsDontMatch);
      if (checked.expired) throw notAuthorized(M.tokenExpired(epochSeconds(ctx.now()), checked.claims.exp));
      cognitoAmr = checked.claims.amr;
      continue;
    }
    if (provider === pool.config.DeveloperProviderName) throw fail('InvalidParameterException', M.notPublicProvider);
    verified.push(await verifyLogin(ctx, pool, provider, token));
  }

  // An authenticated identity must present at least one login it already has.
  if (isAuthenticatedIdentity(identity) && !cognitoAmr && !verified.some((l) => ownerOfLogin(pool, l.provider, l.subject) === identity)) {
    throw notAuthorized(M.loginsDontMatch);
  }
  const target = attachLogins(ctx, pool, { identity, logins: verified });
  const authenticated = verified.length > 0 || (cognitoAmr?.includes('authenticated') ?? false);
  const amr = authenticated ? ['authenticated', ...(cognitoAmr ?? []).filter((a) => a !== 'authenticated'), ...verified.flatMap((l) => l.amr)] : ['unauthenticated'];
  return { pool, identity: target, authenticated, logins: verified, amr };
}
