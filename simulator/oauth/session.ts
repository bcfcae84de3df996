/** /oauth2/userInfo, /oauth2/revoke and /logout. */
import type { OperationContext } from '../core/context';
import type { User, UserPool, UserPoolClient } from '../core/model';
import { isCognitoError } from '../core/errors';
import { verifyAccessToken } from '../tokens/verify';
import { presentedTokenKind, readRefreshToken } from '../tokens/refresh';
import { revokeSignIn } from '../signout/revoke';
import { oauthClient, oauthSettings } from './clients';
import { formOf, header, htmlResponse, jsonResponse, oauthError, redirect, withParams, type OAuthRequest, type OAuthResponse } from './http';
import { SESSION_COOKIE, sessionOf, toErrorPage } from './authorize';
import { authenticateClient } from './token';
import { errorPage } from './pages';

/** The standard claims the `profile` scope covers (DG user attributes endpoint); custom attributes come with it too. */
const PROFILE = ['name', 'family_name', 'given_name', 'middle_name', 'nickname', 'preferred_username', 'profile', 'picture', 'website', 'gender', 'birthdate', 'zoneinfo', 'locale', 'updated_at', 'address'];
const BY_SCOPE: Record<string, string[]> = { email: ['email', 'email_verified'], phone: ['phone_number', 'phone_number_verified'] };

/**
 * The attributes userInfo returns for `scopes`: with `openid` alone every
 * attribute the client can read; with `profile`, `email` or `phone` those
 * groups only. Values are strings, as Cognito's userInfo returns them
 * (`"email_verified": "true"`), plus `sub` and `username`.
 */
export function userInfoClaims(user: User, client: UserPoolClient, scopes: string[]): Record<string, string> {
  const readable = client.config.ReadAttributes as string[] | undefined;
  const canRead = (name: string) => !readable || readable.length === 0 || readable.includes(name);
  const narrowed = scopes.some((s) => s === 'profile' || s === 'email' || s === 'phone');
  const wanted = (name: string): boolean => {
    if (!narrowed) return true;
    if (scopes.includes('profile') && (PROFILE.includes(name) || name.startsWith('custom:'))) return true;
    return scopes.some((s) => BY_SCOPE[s]?.includes(name));
  };
  const out: Record<string, string> = { sub: user.attributes.sub };
  for (const [name, value] of Object.entries(user.attributes)) {
    if (name === 'sub' || name.startsWith('dev:')) continue;
    if (canRead(name) && wanted(name)) out[name] = value;
  }
  out.username = user.username;
  return out;
}

const INVALID_TOKEN = 'Access token is expired, disabled, or deleted, or the user has globally signed out.';

/** GET or POST /oauth2/userInfo with `Authorization: Bearer <access token>`. */
export async function userInfo(ctx: OperationContext, req: OAuthRequest): Promise<OAuthResponse> {
  const auth = header(req, 'authorization') ?? '';
  const m = /^bearer\s+(\S+)$/i.exec(auth.trim());
  const challenge = (error: string) => ({ 'WWW-Authenticate': `Bearer error="${error}"` });
  if (!m) return oauthError(400, 'invalid_request', 'Missing access token.', challenge('invalid_request'));
  let verified;
  try {
    verified = await verifyAccessToken(ctx, m[1]);
  } catch (e) {
    if (isCognitoError(e)) return oauthError(401, 'invalid_token', INVALID_TOKEN, challenge('invalid_token'));
    throw e;
  }
  const scopes = String(verified.claims.scope ?? '').split(' ');
  if (!scopes.includes('openid')) return oauthError(401, 'invalid_token', INVALID_TOKEN, challenge('invalid_token'));
  const client = verified.pool.clients[String(verified.claims.client_id)];
  if (!client) return oauthError(401, 'invalid_token', INVALID_TOKEN, challenge('invalid_token'));
  return jsonResponse(200, userInfoClaims(verified.user, client, scopes));
}

/** POST /oauth2/revoke: revokes a refresh token (and every token of its sign-in). */
export async function revoke(ctx: OperationContext, hostPool: UserPool | undefined, req: OAuthRequest): Promise<OAuthResponse> {
  if (req.method.toUpperCase() !== 'POST') return oauthError(405, 'invalid_request');
  const form = formOf(req.body);
  if (!form.token) return oauthError(400, 'invalid_request');
  const who = authenticateClient(ctx, hostPool, req, form);
  if (!who.ok) return who.response;
  const { pool, client } = who;
  if (client.config.EnableTokenRevocation === false) return oauthError(400, 'unsupported_operation');
  if (presentedTokenKind(form.token) !== 'refresh') return oauthError(400, 'unsupported_token_type');
  const body = await readRefreshToken(ctx, pool, form.token);
  if (body && body.clientId === client.config.ClientId) {
    const ev = pool.authEvents[body.originJti];
    if (ev) revokeSignIn(ev);
  }
  return { status: 200, headers: { 'Cache-Control': 'no-store' }, body: '' };
}

/** GET /logout: ends the hosted-UI session and goes to `logout_uri`, which must be one of the client's LogoutURLs. */
export function logout(ctx: OperationContext, hostPool: UserPool | undefined, base: string, url: URL, req: OAuthRequest): OAuthResponse {
  const q = Object.fromEntries(url.searchParams);
  const found = oauthClient(ctx, hostPool, q.client_id);
  if (!found) return toErrorPage(base, 'invalid_request', q.client_id);
  const { pool, client } = found;
  const target = q.logout_uri;
  if (!target || !oauthSettings(client).logouts.includes(target)) return toErrorPage(base, 'redirect_mismatch', q.client_id);
  const session = sessionOf(ctx, pool, req);
  if (session) delete pool.hostedSessions![session.id];
  const clear = `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=None`;
  return redirect(withParams(target, { state: q.state }, 'query'), { 'Set-Cookie': clear });
}

/** Unknown path. */
export const notFound = (): OAuthResponse => htmlResponse(404, errorPage('not_found'));
