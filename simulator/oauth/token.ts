/**
 * POST /oauth2/token: authorization_code (with PKCE S256 when the code was
 * requested with a challenge), refresh_token and client_credentials. Errors
 * are OAuth 2.0 JSON: invalid_request, invalid_client, invalid_grant,
 * unauthorized_client, unsupported_grant_type, invalid_scope.
 *
 * A client with a secret authenticates with HTTP Basic
 * (`client_secret_basic`) or `client_id` + `client_secret` in the form
 * (`client_secret_post`); a public client sends its `client_id`.
 */
import type { OperationContext } from '../core/context';
import type { UserPool, UserPoolClient } from '../core/model';
import { isCognitoError } from '../core/errors';
import { usernameKey } from '../core/lookup';
import { base64ToBytes, sha256, timingSafeEqual, utf8 } from '../crypto/encoding';
import { newAuthEvent, openRefreshToken } from '../tokens/issue';
import { oauthClient, oauthSettings } from './clients';
import { formOf, header, jsonResponse, oauthError, type OAuthRequest, type OAuthResponse } from './http';
import { issueClientToken, issueUserTokens } from './issue';
import { grantClientScopes, splitScopes } from './scopes';
import { preTokenGenerationHook, type TokenGenerationSource } from '../triggers/tokenGeneration';
import { preTokenGenerationM2M } from '../triggers/tokenGenerationM2M';
import type { AuthEvent, User } from '../core/model';
import type { OAuthTokens } from './issue';

type Authenticated = { ok: true; pool: UserPool; client: UserPoolClient } | { ok: false; response: OAuthResponse };

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The PKCE S256 challenge of a verifier (RFC 7636 section 4.2). */
export async function s256Challenge(verifier: string): Promise<string> {
  return base64url(await sha256(utf8(verifier)));
}

/** Who is calling: the client named by Basic credentials or the form, with its secret checked. */
export function authenticateClient(ctx: OperationContext, hostPool: UserPool | undefined, req: OAuthRequest, form: Record<string, string>): Authenticated {
  let clientId = form.client_id;
  let secret = form.client_secret;
  const auth = header(req, 'authorization');
  if (auth && /^basic /i.test(auth)) {
    let decoded: string;
    try {
      decoded = new TextDecoder().decode(base64ToBytes(auth.slice(6).trim()));
    } catch {
      return { ok: false, response: oauthError(400, 'invalid_client') };
    }
    const colon = decoded.indexOf(':');
    if (colon < 0) return { ok: false, response: oauthError(400, 'invalid_client') };
    const basicId = decodeURIComponent(decoded.slice(0, colon));
    if (clientId !== undefined && clientId !== basicId) return { ok: false, response: oauthError(400, 'invalid_client') };
    clientId = basicId;
    secret = decodeURIComponent(decoded.slice(colon + 1));
  }
  if (!clientId) return { ok: false, response: oauthError(400, 'invalid_request') };
  const found = oauthClient(ctx, hostPool, clientId);
  if (!found) return { ok: false, response: oauthError(400, 'invalid_client') };
  const expected = found.client.config.ClientSecret as string | undefined;
  if (expected !== undefined ? secret === undefined || !timingSafeEqual(secret, expected) : secret !== undefined && secret !== '') {
    return { ok: false, response: oauthError(400, 'invalid_client') };
  }
  return { ok: true, ...found };
}

/** POST /oauth2/token. */
export async function token(ctx: OperationContext, hostPool: UserPool | undefined, req: OAuthRequest): Promise<OAuthResponse> {
  if (req.method.toUpperCase() !== 'POST') return oauthError(405, 'invalid_request');
  const form = formOf(req.body);
  const grant = form.grant_type;
  if (!grant) return oauthError(400, 'invalid_request');
  if (grant !== 'authorization_code' && grant !== 'refresh_token' && grant !== 'client_credentials') return oauthError(400, 'unsupported_grant_type');
  const who = authenticateClient(ctx, hostPool, req, form);
  if (!who.ok) return who.response;
  const { pool, client } = who;
  const settings = oauthSettings(client);

  if (grant === 'client_credentials') {
    if (!settings.enabled || !settings.flows.includes('client_credentials') || client.config.ClientSecret === undefined) return oauthError(400, 'unauthorized_client');
    const scopes = grantClientScopes(pool, settings.scopes, splitScopes(form.scope));
    if (!scopes) return oauthError(400, 'invalid_scope');
    return clientCredentialsToken(ctx, pool, client, scopes, form.aws_client_metadata);
  }

  if (grant === 'refresh_token') {
    if (!form.refresh_token) return oauthError(400, 'invalid_request');
    let ev;
    try {
      ev = await openRefreshToken(ctx, pool, client.config.ClientId as string, form.refresh_token);
    } catch (e) {
      if (isCognitoError(e)) return oauthError(400, 'invalid_grant');
      throw e;
    }
    const user = pool.users[usernameKey(pool, ev.username)];
    if (!user || !user.enabled) return oauthError(400, 'invalid_grant');
    return withTrigger(ctx, pool, client, user, ev, 'TokenGeneration_RefreshTokens', { refreshToken: false });
  }

  // authorization_code
  if (!settings.enabled || !settings.flows.includes('code')) return oauthError(400, 'unauthorized_client');
  if (!form.code || !form.redirect_uri) return oauthError(400, 'invalid_request');
  const code = pool.oauthCodes?.[form.code];
  // A code is single use: whatever happens next, it is gone.
  if (code) delete pool.oauthCodes![form.code];
  if (!code || code.clientId !== client.config.ClientId || code.expiresAt <= ctx.now()) return oauthError(400, 'invalid_grant');
  if (code.redirectUri !== form.redirect_uri) return oauthError(400, 'invalid_grant');
  if (code.codeChallenge !== undefined) {
    if (!form.code_verifier || (await s256Challenge(form.code_verifier)) !== code.codeChallenge) return oauthError(400, 'invalid_grant');
  }
  const user = pool.users[usernameKey(pool, code.username)];
  if (!user || !user.enabled) return oauthError(400, 'invalid_grant');
  const ev = newAuthEvent(ctx, pool, client, user);
  ev.authTime = code.authTime;
  ev.scopes = code.scopes;
  return withTrigger(ctx, pool, client, user, ev, 'TokenGeneration_HostedAuth', { nonce: code.nonce, refreshToken: true });
}

/**
 * The client-credentials access token, through pre token generation V3_0
 * when the pool has it (`triggers/tokenGenerationM2M.ts`). `aws_client_metadata`
 * (a URL-encoded JSON object, DG token endpoint) becomes the event's
 * `clientMetadata`; one that is not a JSON object of strings is refused with
 * invalid_request (UNCONFIRMED). A failing trigger answers invalid_request
 * with its message, as for user tokens.
 */
async function clientCredentialsToken(ctx: OperationContext, pool: UserPool, client: UserPoolClient, scopes: string[], metadata: string | undefined): Promise<OAuthResponse> {
  let clientMetadata: Record<string, string> | undefined;
  if (metadata !== undefined) {
    try {
      const parsed = JSON.parse(metadata) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== 'string')) throw new Error('not a map');
      clientMetadata = parsed as Record<string, string>;
    } catch {
      return oauthError(400, 'invalid_request');
    }
  }
  const clientId = client.config.ClientId as string;
  try {
    return jsonResponse(200, await issueClientToken(ctx, pool, client, scopes, (access) => preTokenGenerationM2M(ctx, pool, access, { clientId, clientMetadata })));
  } catch (e) {
    if (isCognitoError(e)) return oauthError(400, 'invalid_request', e.message);
    throw e;
  }
}

/**
 * Issues a user's tokens through the pre token generation trigger (when the
 * pool has one). A failing trigger answers `invalid_request` with its message
 * (UNCONFIRMED: Cognito's exact answer at the token endpoint).
 */
async function withTrigger(
  ctx: OperationContext,
  pool: UserPool,
  client: UserPoolClient,
  user: User,
  ev: AuthEvent,
  source: TokenGenerationSource,
  opts: { nonce?: string; refreshToken: boolean },
): Promise<OAuthResponse> {
  let tokens: OAuthTokens;
  try {
    const claimsHook = preTokenGenerationHook(ctx, pool, user, source, { clientId: client.config.ClientId as string });
    tokens = await issueUserTokens(ctx, pool, client, user, ev, { ...opts, claimsHook });
  } catch (e) {
    if (isCognitoError(e)) return oauthError(400, 'invalid_request', e.message);
    throw e;
  }
  return jsonResponse(200, tokens);
}
