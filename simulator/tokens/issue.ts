/**
 * Issuing Cognito's tokens: RS256 ID and access tokens with Cognito's claim
 * sets, signed with different keys, and an opaque refresh token (a JWE, as
 * Cognito's refresh tokens are).
 */
import { CompactEncrypt, SignJWT, compactDecrypt } from 'jose';
import type { OperationContext } from '../core/context';
import type { AuthEvent, Json, User, UserPool, UserPoolClient } from '../core/model';
import { randomUuid } from '../core/random';
import { epochSeconds } from '../core/clock';
import { fail, MESSAGES } from '../core/errors';
import { DEFAULT_TOKEN_UNITS, LIFETIMES, issuerFor, validityMs, type TimeUnit } from '../facts';
import { cryptoKey } from './keys';
import { usernameKey } from '../core/lookup';
import { utf8 } from '../crypto/encoding';

type TokenKind = 'IdToken' | 'AccessToken' | 'RefreshToken';

/** Validity of a client's token in milliseconds, from its settings or Cognito's defaults. */
export function tokenValidityMs(client: UserPoolClient, kind: TokenKind): number {
  const units = (client.config.TokenValidityUnits ?? {}) as Partial<Record<TokenKind, TimeUnit>>;
  const field = kind === 'IdToken' ? 'IdTokenValidity' : kind === 'AccessToken' ? 'AccessTokenValidity' : 'RefreshTokenValidity';
  const value = client.config[field] as number | undefined;
  const fact = kind === 'IdToken' ? LIFETIMES.idToken : kind === 'AccessToken' ? LIFETIMES.accessToken : LIFETIMES.refreshToken;
  if (value === undefined || value === 0) return validityMs(fact.value.default, fact.value.unit);
  return validityMs(value, units[kind] ?? DEFAULT_TOKEN_UNITS.value[kind]);
}

/** The user's groups, ordered by precedence (lowest first), then name. */
export function groupsOf(pool: UserPool, username: string): Array<{ name: string; precedence?: number; roleArn?: string }> {
  const names = pool.users[usernameKey(pool, username)]?.groups ?? [];
  return names
    .map((n) => pool.groups[n])
    .filter((g) => g !== undefined)
    .sort((a, b) => (a.Precedence ?? Number.MAX_SAFE_INTEGER) - (b.Precedence ?? Number.MAX_SAFE_INTEGER) || a.GroupName.localeCompare(b.GroupName))
    .map((g) => ({ name: g.GroupName, precedence: g.Precedence, roleArn: g.RoleArn }));
}

/**
 * `cognito:preferred_role`: the role of the group with the best (lowest)
 * precedence; groups without a precedence rank last. When several groups with
 * roles share the best precedence, no role is preferred and the claim is left
 * out (Developer Guide, "Adding groups to a user pool").
 */
export function preferredRole(groups: Array<{ precedence?: number; roleArn?: string }>): string | undefined {
  const withRoles = groups.filter((g) => g.roleArn);
  if (withRoles.length === 0) return undefined;
  const rank = (g: { precedence?: number }) => g.precedence ?? Number.POSITIVE_INFINITY;
  const best = Math.min(...withRoles.map(rank));
  const top = withRoles.filter((g) => rank(g) === best);
  return top.length === 1 ? top[0].roleArn : undefined;
}

const BOOLEAN_CLAIMS = new Set(['email_verified', 'phone_number_verified']);

/** The attributes that go in the ID token: everything readable, with booleans and numbers typed as Cognito types them. */
function attributeClaims(user: User, client: UserPoolClient): Record<string, Json> {
  const readable = client.config.ReadAttributes as string[] | undefined;
  const out: Record<string, Json> = {};
  for (const [name, value] of Object.entries(user.attributes)) {
    if (name === 'sub' || name.startsWith('dev:')) continue;
    if (readable && readable.length > 0 && !readable.includes(name)) continue;
    if (BOOLEAN_CLAIMS.has(name)) out[name] = value === 'true';
    else if (name === 'updated_at') out[name] = Number(value);
    else out[name] = value;
  }
  return out;
}

export interface IssuedTokens {
  IdToken: string;
  AccessToken: string;
  RefreshToken?: string;
  ExpiresIn: number;
  TokenType: 'Bearer';
}

/** Starts a new sign-in event (a new `origin_jti`) for a user on a client. */
export function newAuthEvent(ctx: OperationContext, pool: UserPool, client: UserPoolClient, user: User): AuthEvent {
  const now = ctx.now();
  const ev: AuthEvent = {
    originJti: randomUuid(ctx.random),
    eventId: randomUuid(ctx.random),
    username: user.username,
    clientId: client.config.ClientId as string,
    authTime: now,
    refreshExpiresAt: now + tokenValidityMs(client, 'RefreshToken'),
    revoked: false,
  };
  pool.authEvents[ev.originJti] = ev;
  return ev;
}

/**
 * A last look at the claims before the tokens are signed: the pre token
 * generation trigger (simulator/triggers/tokenGeneration.ts) adds, overrides
 * and suppresses claims here by changing the payloads in place.
 */
export type TokenClaimsHook = (payloads: { id: Record<string, Json>; access: Record<string, Json> }) => Promise<void>;

/**
 * Signs an ID token and an access token for `user` under sign-in event `ev`,
 * and a refresh token when `withRefreshToken`. `claimsHook` may change the
 * claims before signing.
 */
export async function issueTokens(
  ctx: OperationContext,
  pool: UserPool,
  client: UserPoolClient,
  user: User,
  ev: AuthEvent,
  withRefreshToken: boolean,
  claimsHook?: TokenClaimsHook,
): Promise<IssuedTokens> {
  const iss = issuerFor(ctx.state.region, pool.id);
  const now = ctx.now();
  const iat = epochSeconds(now);
  const clientId = client.config.ClientId as string;
  const groups = groupsOf(pool, user.username);
  const groupClaims: Record<string, Json> = {};
  if (groups.length > 0) groupClaims['cognito:groups'] = groups.map((g) => g.name);
  const idExp = iat + Math.floor(tokenValidityMs(client, 'IdToken') / 1000);
  const accessExp = iat + Math.floor(tokenValidityMs(client, 'AccessToken') / 1000);

  const roles = groups.filter((g) => g.roleArn).map((g) => g.roleArn as string);
  const roleClaims: Record<string, Json> = {};
  if (roles.length > 0) {
    roleClaims['cognito:roles'] = roles;
    const preferred = preferredRole(groups);
    if (preferred) roleClaims['cognito:preferred_role'] = preferred;
  }

  const idPayload: Record<string, Json> = {
    sub: user.attributes.sub,
    ...groupClaims,
    ...roleClaims,
    ...attributeClaims(user, client),
    iss,
    'cognito:username': user.username,
    origin_jti: ev.originJti,
    aud: clientId,
    event_id: ev.eventId,
    token_use: 'id',
    auth_time: epochSeconds(ev.authTime),
    exp: idExp,
    iat,
    jti: randomUuid(ctx.random),
  };
  const accessPayload: Record<string, Json> = {
    sub: user.attributes.sub,
    ...groupClaims,
    iss,
    client_id: clientId,
    origin_jti: ev.originJti,
    event_id: ev.eventId,
    token_use: 'access',
    // Sign-ins through the OAuth endpoints keep their granted scopes when refreshed with REFRESH_TOKEN_AUTH.
    scope: ev.scopes ? ev.scopes.join(' ') : 'aws.cognito.signin.user.admin',
    auth_time: epochSeconds(ev.authTime),
    exp: accessExp,
    iat,
    jti: randomUuid(ctx.random),
    username: user.username,
  };
  if (ev.deviceKey) accessPayload.device_key = ev.deviceKey;
  if (claimsHook) await claimsHook({ id: idPayload, access: accessPayload });

  const idKey = await cryptoKey(ctx.keyCache, pool.keys.id.privateJwk, 'RS256', 'private');
  const accessKey = await cryptoKey(ctx.keyCache, pool.keys.access.privateJwk, 'RS256', 'private');
  const IdToken = await new SignJWT(idPayload).setProtectedHeader({ kid: pool.keys.id.kid, alg: 'RS256' }).sign(idKey);
  const AccessToken = await new SignJWT(accessPayload).setProtectedHeader({ kid: pool.keys.access.kid, alg: 'RS256' }).sign(accessKey);
  const out: IssuedTokens = { AccessToken, ExpiresIn: accessExp - iat, TokenType: 'Bearer', IdToken };
  if (withRefreshToken) out.RefreshToken = await encryptRefreshToken(ctx, pool, ev);
  return out;
}

async function encryptRefreshToken(ctx: OperationContext, pool: UserPool, ev: AuthEvent): Promise<string> {
  const key = await cryptoKey(ctx.keyCache, pool.keys.refresh.publicJwk, 'RSA-OAEP', 'public');
  const body = JSON.stringify({ p: pool.id, o: ev.originJti, u: ev.username, c: ev.clientId });
  return new CompactEncrypt(utf8(body)).setProtectedHeader({ cty: 'JWT', enc: 'A256GCM', alg: 'RSA-OAEP' }).encrypt(key);
}

/**
 * Opens a refresh token of `pool` and returns its sign-in event, checking that it
 * belongs to `clientId`, is not revoked and has not expired.
 */
export async function openRefreshToken(ctx: OperationContext, pool: UserPool, clientId: string, token: string): Promise<AuthEvent> {
  let body: { p: string; o: string; c: string };
  try {
    const key = await cryptoKey(ctx.keyCache, pool.keys.refresh.privateJwk, 'RSA-OAEP', 'private');
    const { plaintext } = await compactDecrypt(token, key);
    body = JSON.parse(new TextDecoder().decode(plaintext));
  } catch {
    throw fail('NotAuthorizedException', MESSAGES.invalidRefreshToken);
  }
  const ev = pool.authEvents[body.o];
  if (!ev || body.p !== pool.id || body.c !== clientId) throw fail('NotAuthorizedException', MESSAGES.invalidRefreshToken);
  if (ev.revoked) throw fail('NotAuthorizedException', MESSAGES.refreshTokenRevoked);
  if (ctx.now() >= ev.refreshExpiresAt) throw fail('NotAuthorizedException', MESSAGES.refreshTokenExpired);
  return ev;
}
