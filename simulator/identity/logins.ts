/**
 * Checking the `Logins` an app hands an identity pool: each entry maps a
 * provider name to the provider's token. A login is accepted when the pool
 * trusts the provider and the token is genuine, meant for the pool's app and
 * not expired on the simulated clock (DG "Identity pools authentication
 * flow": "The token is valid and from the configured provider; the token is
 * not expired; the token matches the application identifier …").
 *
 * - User pools (`cognito-idp.{region}.amazonaws.com/{userPoolId}`): the ID
 *   token is verified with the user pool's ID-token key; `aud` must be one of
 *   the identity pool's CognitoIdentityProviders ClientIds for that pool;
 *   `token_use` must be `id`. With ServerSideTokenCheck the sign-in must not
 *   be revoked (GlobalSignOut, RevokeToken) and the user must still exist
 *   and be enabled.
 * - Social, OIDC and SAML providers: the simulated providers of
 *   `providers.ts`.
 */
import { decodeJwt, decodeProtectedHeader, compactVerify } from 'jose';
import type { OperationContext } from '../core/context';
import type { UserPool } from '../core/model';
import { fail } from '../core/errors';
import { epochSeconds } from '../core/clock';
import { usernameKey } from '../core/lookup';
import { cryptoKey } from '../tokens/keys';
import { IDENTITY_TOKENS, issuerFor } from '../facts';
import type { IdentityPool } from './model';
import { IDENTITY_MESSAGES as M } from './messages';
import { own } from './lookup';
import { SAML_ROLE_ATTRIBUTE, SOCIAL_PROVIDERS, isSocialProvider, oidcProviderHost, unwrapSamlAssertion, verifySimulatedProviderToken } from './providers';

/** The Logins key of Cognito Identity's own OpenID tokens. */
export const COGNITO_IDENTITY_PROVIDER = 'cognito-identity.amazonaws.com';

export type LoginKind = 'userPool' | 'social' | 'oidc' | 'saml';

/** A login that passed every check. */
export interface VerifiedLogin {
  /** The `Logins` key (provider name). */
  provider: string;
  kind: LoginKind;
  /** The provider's identifier of the user (`sub`, or the SAML NameID). */
  subject: string;
  /** The token's claims (role-mapping rules match against them). */
  claims: Record<string, unknown>;
  /** The `RoleMappings` key that applies: `{provider}:{clientId}` for a user pool, the provider name otherwise. */
  roleMappingKey: string;
  /** What this login adds to an OpenID token's `amr`. */
  amr: string[];
  /** Roles the token allows (`cognito:roles`, or the SAML Role attribute). */
  tokenRoles?: string[];
  /** The token's `cognito:preferred_role`. */
  preferredRole?: string;
}

const USER_POOL_PROVIDER = /^cognito-idp\.([a-z0-9-]+)\.amazonaws\.com\/([\w-]+_[0-9a-zA-Z]+)$/;

const notAuthorized = (message: string) => fail('NotAuthorizedException', message);

/** `cognito:roles` as a list (our tokens carry an array; the DG describes a comma-separated string). */
function rolesClaim(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') return value.split(',').map((s) => s.trim()).filter(Boolean);
  return undefined;
}

function decodeClaims(token: string): Record<string, unknown> {
  try {
    decodeProtectedHeader(token);
    return decodeJwt(token) as Record<string, unknown>;
  } catch {
    throw notAuthorized(M.notOpenIdToken);
  }
}

function checkExpiry(ctx: OperationContext, claims: Record<string, unknown>): void {
  const now = epochSeconds(ctx.now());
  if (typeof claims.exp !== 'number') throw notAuthorized(M.notOpenIdToken);
  if (now >= claims.exp) throw notAuthorized(M.tokenExpired(now, claims.exp));
}

async function verifyUserPoolLogin(ctx: OperationContext, pool: IdentityPool, provider: string, token: string): Promise<VerifiedLogin> {
  const configured = (pool.config.CognitoIdentityProviders ?? []).filter((p) => p.ProviderName === provider);
  const claims = decodeClaims(token);
  if (claims.iss !== `https://${provider}`) throw notAuthorized(M.issuerMismatch);
  if (configured.length === 0) throw notAuthorized(M.unsupportedProvider);
  if (claims.aud === undefined) throw notAuthorized(M.missingAud);
  const [, region, userPoolId] = USER_POOL_PROVIDER.exec(provider) as RegExpExecArray;
  const userPool: UserPool | undefined = region === ctx.state.region ? own(ctx.state.userPools, userPoolId) : undefined;
  if (!userPool || claims.iss !== issuerFor(ctx.state.region, userPoolId)) throw notAuthorized(M.badSignature);
  try {
    const key = await cryptoKey(ctx.keyCache, userPool.keys.id.publicJwk, 'RS256', 'public');
    await compactVerify(token, key, { algorithms: ['RS256'] });
  } catch {
    throw notAuthorized(M.badSignature);
  }
  checkExpiry(ctx, claims);
  if (claims.token_use !== 'id' || !configured.some((p) => p.ClientId === claims.aud)) throw notAuthorized(M.unsupportedProvider);
  const subject = String(claims.sub);
  if (configured.some((p) => p.ClientId === claims.aud && p.ServerSideTokenCheck)) {
    const event = own(userPool.authEvents, String(claims.origin_jti));
    if (!event || event.revoked) throw notAuthorized(M.tokenRevoked);
    const user = own(userPool.users, usernameKey(userPool, String(claims['cognito:username'])));
    if (!user || !user.enabled || user.attributes.sub !== subject) throw notAuthorized(M.userPoolUserGone);
  }
  return {
    provider,
    kind: 'userPool',
    subject,
    claims,
    roleMappingKey: `${provider}:${String(claims.aud)}`,
    amr: [provider, `${provider}:${IDENTITY_TOKENS.userPoolAmrInfix.value}:${subject}`],
    tokenRoles: rolesClaim(claims['cognito:roles']),
    preferredRole: typeof claims['cognito:preferred_role'] === 'string' ? claims['cognito:preferred_role'] : undefined,
  };
}

/** Verifies a simulated provider JWT: issuer, signature, expiry; returns its claims. */
async function verifySimulatedJwt(ctx: OperationContext, token: string, issuer: string): Promise<Record<string, unknown>> {
  const unverified = decodeClaims(token);
  if (unverified.iss !== issuer) throw notAuthorized(M.issuerMismatch);
  if (unverified.aud === undefined) throw notAuthorized(M.missingAud);
  const checked = await verifySimulatedProviderToken(token);
  if (!checked.ok) throw notAuthorized(checked.reason === 'malformed' ? M.notOpenIdToken : M.badSignature);
  checkExpiry(ctx, checked.claims);
  return checked.claims;
}

function jwtLogin(provider: string, kind: LoginKind, claims: Record<string, unknown>): VerifiedLogin {
  const subject = String(claims.sub);
  return {
    provider,
    kind,
    subject,
    claims,
    roleMappingKey: provider,
    amr: [provider, `${provider}:${subject}`],
    tokenRoles: rolesClaim(claims['cognito:roles']),
    preferredRole: typeof claims['cognito:preferred_role'] === 'string' ? claims['cognito:preferred_role'] : undefined,
  };
}

async function verifySocialLogin(ctx: OperationContext, pool: IdentityPool, provider: keyof typeof SOCIAL_PROVIDERS, token: string): Promise<VerifiedLogin> {
  const appIds = own(pool.config.SupportedLoginProviders, provider);
  if (appIds === undefined) throw notAuthorized(M.unsupportedProvider);
  const claims = await verifySimulatedJwt(ctx, token, SOCIAL_PROVIDERS[provider].issuer);
  // An app id entry may list several ids separated by ';' (the model's pattern allows it).
  if (!appIds.split(';').includes(String(claims.aud))) throw notAuthorized(M.incorrectAudience);
  return jwtLogin(provider, 'social', claims);
}

async function verifySamlLogin(ctx: OperationContext, provider: string, assertion: string): Promise<VerifiedLogin> {
  const jwt = unwrapSamlAssertion(assertion);
  if (!jwt) throw notAuthorized(M.samlAssertionInvalid);
  const checked = await verifySimulatedProviderToken(jwt);
  if (!checked.ok || checked.claims.iss !== provider) throw notAuthorized(M.samlAssertionInvalid);
  checkExpiry(ctx, checked.claims);
  const attr = checked.claims[SAML_ROLE_ATTRIBUTE];
  const entries = Array.isArray(attr) ? attr.map(String) : typeof attr === 'string' ? [attr] : [];
  const login = jwtLogin(provider, 'saml', checked.claims);
  // Each Role value is a "roleArn,providerArn" pair (either order).
  login.tokenRoles = entries.map((e) => e.split(',').map((part) => part.trim()).find((part) => /:role\//.test(part))).filter((r): r is string => r !== undefined);
  login.preferredRole = login.tokenRoles.length === 1 ? login.tokenRoles[0] : undefined;
  return login;
}

/**
 * Verifies one public login of `pool` (not the developer provider, not
 * `cognito-identity.amazonaws.com`: callers handle those) and returns it, or
 * throws Cognito's `NotAuthorizedException`.
 */
export async function verifyLogin(ctx: OperationContext, pool: IdentityPool, provider: string, token: string): Promise<VerifiedLogin> {
  if (USER_POOL_PROVIDER.test(provider)) return verifyUserPoolLogin(ctx, pool, provider, token);
  if (isSocialProvider(provider)) return verifySocialLogin(ctx, pool, provider, token);
  if ((pool.config.SamlProviderARNs ?? []).includes(provider)) return verifySamlLogin(ctx, provider, token);
  if ((pool.config.OpenIdConnectProviderARNs ?? []).some((arn) => oidcProviderHost(arn) === provider)) {
    return jwtLogin(provider, 'oidc', await verifySimulatedJwt(ctx, token, `https://${provider}`));
  }
  throw notAuthorized(M.unsupportedProvider);
}

/** Whether `provider` names a public provider this pool could accept (user pool, social, or a configured OIDC or SAML provider). */
export function isPublicProviderKey(pool: IdentityPool, provider: string): boolean {
  return (
    USER_POOL_PROVIDER.test(provider) ||
    isSocialProvider(provider) ||
    (pool.config.SamlProviderARNs ?? []).includes(provider) ||
    (pool.config.OpenIdConnectProviderARNs ?? []).some((arn) => oidcProviderHost(arn) === provider)
  );
}
