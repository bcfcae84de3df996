/**
 * Tokens from the OAuth 2.0 endpoints. They carry what Cognito adds to tokens
 * from its authorization server: the granted scopes in the access token's
 * `scope` claim and `version` 2; in the ID token the `nonce` of the
 * authorization request and `at_hash` (the left half of the SHA-256 of the
 * access token, base64url, OIDC Core 3.1.3.6). A client-credentials access
 * token has no user: its `sub` is the app client id.
 */
import { SignJWT } from 'jose';
import type { OperationContext } from '../core/context';
import { epochSeconds } from '../core/clock';
import type { AuthEvent, Json, User, UserPool, UserPoolClient } from '../core/model';
import { randomUuid } from '../core/random';
import { sha256, utf8 } from '../crypto/encoding';
import { issuerFor } from '../facts';
import { cryptoKey } from '../tokens/keys';
import { groupsOf, preferredRole, tokenValidityMs, type TokenClaimsHook } from '../tokens/issue';
import { encryptRefreshTokenFor } from './refreshToken';

const BOOLEAN_CLAIMS = new Set(['email_verified', 'phone_number_verified']);

/** The user's attributes as ID token claims (readable ones, typed as Cognito types them). */
export function idTokenAttributes(user: User, client: UserPoolClient): Record<string, Json> {
  const readable = client.config.ReadAttributes as string[] | undefined;
  const out: Record<string, Json> = {};
  for (const [name, value] of Object.entries(user.attributes)) {
    if (name === 'sub' || name.startsWith('dev:')) continue;
    if (readable && readable.length > 0 && !readable.includes(name)) continue;
    if (name === 'identities') out[name] = identitiesClaim(value);
    else if (BOOLEAN_CLAIMS.has(name)) out[name] = value === 'true';
    else if (name === 'updated_at') out[name] = Number(value);
    else out[name] = value;
  }
  return out;
}

/**
 * The `identities` claim of a federated user: the attribute's JSON, with
 * `primary` and `dateCreated` as strings, as the DG's ID token sample shows them.
 */
function identitiesClaim(value: string): Json {
  try {
    const list = JSON.parse(value) as Array<Record<string, Json>>;
    return list.map((i) => ({ ...i, primary: String(i.primary), dateCreated: String(i.dateCreated) }));
  } catch {
    return value;
  }
}

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** `at_hash`: base64url of the left half of SHA-256 over the access token (RS256). */
export async function atHash(accessToken: string): Promise<string> {
  const digest = await sha256(utf8(accessToken));
  return base64url(digest.slice(0, digest.length / 2));
}

async function sign(ctx: OperationContext, pool: UserPool, which: 'id' | 'access', payload: Record<string, Json>): Promise<string> {
  const key = which === 'id' ? pool.keys.id : pool.keys.access;
  const priv = await cryptoKey(ctx.keyCache, key.privateJwk, 'RS256', 'private');
  return new SignJWT(payload).setProtectedHeader({ kid: key.kid, alg: 'RS256' }).sign(priv);
}

export interface OAuthTokens {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  expires_in: number;
  token_type: 'Bearer';
}

/**
 * Signs the tokens of a user's sign-in event `ev` (whose `scopes` were granted):
 * an access token, an ID token when `openid` was granted, a refresh token when
 * asked. `claimsHook` (the pre token generation trigger) sees both payloads
 * before anything is signed; `at_hash` is computed over the final access token.
 */
export async function issueUserTokens(
  ctx: OperationContext,
  pool: UserPool,
  client: UserPoolClient,
  user: User,
  ev: AuthEvent,
  opts: { nonce?: string; refreshToken: boolean; claimsHook?: TokenClaimsHook },
): Promise<OAuthTokens> {
  const iss = issuerFor(ctx.state.region, pool.id);
  const iat = epochSeconds(ctx.now());
  const clientId = client.config.ClientId as string;
  const scopes = ev.scopes ?? ['aws.cognito.signin.user.admin'];
  const groups = groupsOf(pool, user.username);
  const groupClaims: Record<string, Json> = groups.length > 0 ? { 'cognito:groups': groups.map((g) => g.name) } : {};
  const accessExp = iat + Math.floor(tokenValidityMs(client, 'AccessToken') / 1000);
  const access: Record<string, Json> = {
    sub: user.attributes.sub,
    ...groupClaims,
    iss,
    version: 2,
    client_id: clientId,
    origin_jti: ev.originJti,
    event_id: ev.eventId,
    token_use: 'access',
    scope: scopes.join(' '),
    auth_time: epochSeconds(ev.authTime),
    exp: accessExp,
    iat,
    jti: randomUuid(ctx.random),
    username: user.username,
  };
  const roles = groups.filter((g) => g.roleArn).map((g) => g.roleArn as string);
  const roleClaims: Record<string, Json> = {};
  if (roles.length > 0) {
    roleClaims['cognito:roles'] = roles;
    const preferred = preferredRole(groups);
    if (preferred) roleClaims['cognito:preferred_role'] = preferred;
  }
  const id: Record<string, Json> = {
    sub: user.attributes.sub,
    ...groupClaims,
    ...roleClaims,
    ...idTokenAttributes(user, client),
    iss,
    'cognito:username': user.username,
    ...(opts.nonce !== undefined ? { nonce: opts.nonce } : {}),
    origin_jti: ev.originJti,
    aud: clientId,
    event_id: ev.eventId,
    token_use: 'id',
    auth_time: epochSeconds(ev.authTime),
    exp: iat + Math.floor(tokenValidityMs(client, 'IdToken') / 1000),
    iat,
    jti: randomUuid(ctx.random),
  };
  if (opts.claimsHook) await opts.claimsHook({ id, access });
  const out: OAuthTokens = { access_token: await sign(ctx, pool, 'access', access), expires_in: accessExp - iat, token_type: 'Bearer' };
  if (scopes.includes('openid')) out.id_token = await sign(ctx, pool, 'id', { at_hash: await atHash(out.access_token), ...id });
  if (opts.refreshToken) out.refresh_token = await encryptRefreshTokenFor(ctx, pool, ev);
  return out;
}

/** The access token of a client-credentials grant: no user, `sub` is the client id, `scope` the granted custom scopes. */
export async function issueClientToken(
  ctx: OperationContext,
  pool: UserPool,
  client: UserPoolClient,
  scopes: string[],
  /** Changes the payload before it is signed (pre token generation V3_0). */
  accessHook?: (access: Record<string, Json>) => Promise<void>,
): Promise<OAuthTokens> {
  const iat = epochSeconds(ctx.now());
  const clientId = client.config.ClientId as string;
  const exp = iat + Math.floor(tokenValidityMs(client, 'AccessToken') / 1000);
  const payload: Record<string, Json> = {
    sub: clientId,
    token_use: 'access',
    scope: scopes.join(' '),
    auth_time: iat,
    iss: issuerFor(ctx.state.region, pool.id),
    exp,
    iat,
    version: 2,
    jti: randomUuid(ctx.random),
    client_id: clientId,
  };
  if (accessHook) await accessHook(payload);
  return { access_token: await sign(ctx, pool, 'access', payload), expires_in: exp - iat, token_type: 'Bearer' };
}
