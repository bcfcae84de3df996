/**
 * /oauth2/authorize (the hosted sign-in page /login is in hostedLogin.ts).
 *
 * A request is checked in Cognito's order: an unknown client or a
 * redirect_uri that is not one of the client's CallbackURLs (exact match)
 * cannot be sent back to the app, so Cognito shows its own error page
 * (`/error?error=redirect_mismatch`). Every other problem is redirected to
 * the app with `error=` (invalid_request, unauthorized_client, invalid_scope,
 * unsupported_response_type) and the `state`. A valid request with a live
 * hosted-UI session completes at once; otherwise the browser goes to /login.
 */
import type { OperationContext } from '../core/context';
import type { User, UserPool, UserPoolClient } from '../core/model';
import { randomUuid } from '../core/random';
import { record } from '../core/records';
import { OAUTH, LIFETIMES, MINUTE_MS, HOUR_MS } from '../facts';
import { isCognitoError } from '../core/errors';
import { newAuthEvent } from '../tokens/issue';
import { preTokenGenerationHook } from '../triggers/tokenGeneration';
import { oauthClient, oauthSettings } from './clients';
import { cookieOf, htmlResponse, queryOf, redirect, withParams, type OAuthRequest, type OAuthResponse } from './http';
import { issueUserTokens } from './issue';
import { errorPage } from './pages';
import { grantUserScopes, splitScopes } from './scopes';
import type { HostedSessionRecord } from './model';

/** The hosted-UI session cookie. */
export const SESSION_COOKIE = 'cognito';

/** A checked authorization request. */
export interface AuthorizeRequest {
  pool: UserPool;
  client: UserPoolClient;
  responseType: 'code' | 'token';
  redirectUri: string;
  scopes: string[];
  state?: string;
  nonce?: string;
  codeChallenge?: string;
  /** A federated provider to sign in with (identity_provider or idp_identifier), not COGNITO. */
  provider?: string;
}

type Checked = { ok: true; request: AuthorizeRequest } | { ok: false; response: OAuthResponse };

/** Redirects to the error page on this host (Cognito's `/error`). */
export function toErrorPage(base: string, error: string, clientId: string | undefined): OAuthResponse {
  return redirect(withParams(`${base}/error`, { error, client_id: clientId }, 'query'));
}

/** Checks the parameters of /oauth2/authorize (also those /login carries along). */
export function checkAuthorize(ctx: OperationContext, hostPool: UserPool | undefined, base: string, q: Record<string, string>): Checked {
  const found = oauthClient(ctx, hostPool, q.client_id);
  if (!found) return { ok: false, response: toErrorPage(base, 'invalid_request', q.client_id) };
  const { pool, client } = found;
  const settings = oauthSettings(client);
  const redirectUri = q.redirect_uri;
  if (!redirectUri || !settings.callbacks.includes(redirectUri)) return { ok: false, response: toErrorPage(base, 'redirect_mismatch', q.client_id) };
  const back = (error: string, description?: string): Checked => ({
    ok: false,
    response: redirect(withParams(redirectUri, { error, error_description: description, state: q.state }, 'query')),
  });
  if (!q.response_type) return back('invalid_request');
  if (q.response_type !== 'code' && q.response_type !== 'token') return back('unsupported_response_type');
  const responseType = q.response_type;
  if (!settings.enabled || !settings.flows.includes(responseType === 'code' ? 'code' : 'implicit')) return back('unauthorized_client');
  if (q.code_challenge_method !== undefined || q.code_challenge !== undefined) {
    if (!q.code_challenge || !(OAUTH.codeChallengeMethods.value as readonly string[]).includes(q.code_challenge_method ?? '')) return back('invalid_request');
  }
  if (settings.providers.length === 0) return back('invalid_request', 'The app client has no supported identity providers.');
  let provider: string | undefined;
  if (q.identity_provider !== undefined || q.idp_identifier !== undefined) {
    const byIdentifier = q.idp_identifier !== undefined ? Object.values(pool.identityProviders ?? {}).find((p) => p.idpIdentifiers.includes(q.idp_identifier!)) : undefined;
    const name = q.identity_provider ?? byIdentifier?.name;
    const known = name === 'COGNITO' || (name !== undefined && pool.identityProviders?.[name] !== undefined);
    if (!name || !known || !settings.providers.includes(name)) return back('invalid_request', 'The identity provider is not supported by the app client.');
    if (name !== 'COGNITO') provider = name;
  }
  const scopes = grantUserScopes(pool, settings.scopes, splitScopes(q.scope));
  if (!scopes) return back('invalid_scope');
  return {
    ok: true,
    request: { pool, client, responseType, redirectUri, scopes, state: q.state, nonce: q.nonce, codeChallenge: q.code_challenge, provider },
  };
}

/** The live hosted-UI session the request's cookie names in `pool`. */
export function sessionOf(ctx: OperationContext, pool: UserPool, req: OAuthRequest): HostedSessionRecord | undefined {
  const id = cookieOf(req, SESSION_COOKIE);
  const s = id ? pool.hostedSessions?.[id] : undefined;
  return s && s.expiresAt > ctx.now() ? s : undefined;
}

/** Sends the browser back to the app with a code (query) or tokens (fragment). */
export async function complete(ctx: OperationContext, ar: AuthorizeRequest, user: User, authTime: number, headers: Record<string, string> = {}): Promise<OAuthResponse> {
  const { pool, client } = ar;
  const clientId = client.config.ClientId as string;
  if (ar.responseType === 'code') {
    const code = randomUuid(ctx.random);
    const now = ctx.now();
    const codes = (pool.oauthCodes ??= record());
    for (const [k, c] of Object.entries(codes)) if (c.expiresAt <= now) delete codes[k];
    codes[code] = {
      code,
      clientId,
      username: user.username,
      redirectUri: ar.redirectUri,
      scopes: ar.scopes,
      ...(ar.nonce !== undefined ? { nonce: ar.nonce } : {}),
      ...(ar.codeChallenge !== undefined ? { codeChallenge: ar.codeChallenge, codeChallengeMethod: 'S256' as const } : {}),
      authTime,
      createdAt: now,
      expiresAt: now + OAUTH.authorizationCodeMinutes.value * MINUTE_MS,
    };
    return redirect(withParams(ar.redirectUri, { code, state: ar.state }, 'query'), headers);
  }
  const ev = newAuthEvent(ctx, pool, client, user);
  ev.authTime = authTime;
  ev.scopes = ar.scopes;
  let t;
  try {
    const claimsHook = preTokenGenerationHook(ctx, pool, user, 'TokenGeneration_HostedAuth', { clientId });
    t = await issueUserTokens(ctx, pool, client, user, ev, { nonce: ar.nonce, refreshToken: false, claimsHook });
  } catch (e) {
    if (!isCognitoError(e)) throw e;
    return redirect(withParams(ar.redirectUri, { error: 'invalid_request', error_description: e.message, state: ar.state }, 'query'), headers);
  }
  // Implicit grant: tokens in the fragment, never a refresh token.
  const params = { id_token: t.id_token, access_token: t.access_token, expires_in: String(t.expires_in), token_type: t.token_type, state: ar.state };
  return redirect(withParams(ar.redirectUri, params, 'fragment'), headers);
}

/** GET /oauth2/authorize. */
export async function authorize(ctx: OperationContext, hostPool: UserPool | undefined, base: string, url: URL, req: OAuthRequest): Promise<OAuthResponse> {
  const checked = checkAuthorize(ctx, hostPool, base, queryOf(url));
  if (!checked.ok) return checked.response;
  const ar = checked.request;
  if (ar.provider) return redirect(withParams(`${base}/simulated-idp/authorize`, { provider: ar.provider, state: url.search.slice(1) }, 'query'));
  const session = sessionOf(ctx, ar.pool, req);
  const user = session ? ar.pool.users[session.username] : undefined;
  if (session && user && user.enabled) return complete(ctx, ar, user, session.authTime);
  return redirect(`${base}/login${url.search}`);
}

/** Opens a hosted-UI session for `user` (LIFETIMES.hostedUiSession) and returns its Set-Cookie value. */
export function startSession(ctx: OperationContext, pool: UserPool, user: User): string {
  const now = ctx.now();
  const id = randomUuid(ctx.random);
  const lifetimeMs = LIFETIMES.hostedUiSession.value.hours * HOUR_MS;
  const sessions = (pool.hostedSessions ??= record());
  for (const [k, v] of Object.entries(sessions)) if (v.expiresAt <= now) delete sessions[k];
  sessions[id] = { id, username: user.username, authTime: now, expiresAt: now + lifetimeMs };
  return `${SESSION_COOKIE}=${encodeURIComponent(id)}; Path=/; Max-Age=${lifetimeMs / 1000}; HttpOnly; Secure; SameSite=None`;
}

/** GET /error: the page for requests that cannot go back to the app. */
export function errorEndpoint(url: URL): OAuthResponse {
  const error = url.searchParams.get('error') ?? 'invalid_request';
  const description = error === 'redirect_mismatch' ? 'The redirect_uri is not one of the app client\'s callback URLs.' : undefined;
  return htmlResponse(400, errorPage(error, description));
}
