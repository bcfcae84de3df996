/**
 * The pools' OAuth 2.0 / OpenID Connect endpoints on the sandbox endpoint:
 * `/oauth2/authorize`, `/login`, `/oauth2/token`, `/oauth2/userInfo`,
 * `/oauth2/revoke`, `/logout` and `/error`, answered by the engine
 * (`sim.oauth.handle`).
 *
 * One endpoint serves every pool, so the pool is found in one of two ways:
 * - by host: `http://{domainPrefix}.localhost:9229/oauth2/authorize` (browsers
 *   resolve `*.localhost` to the loopback address), like
 *   `https://{domainPrefix}.auth.{region}.amazoncognito.com`;
 * - on the shared host (`http://127.0.0.1:9229/oauth2/…`) by the app client
 *   id in the request (or the access token's issuer for userInfo); the
 *   client's pool must have a domain.
 */
import type http from 'node:http';
import type { Simulator } from '../simulator';

/** Paths the OAuth engine answers. */
export const OAUTH_PATHS: ReadonlySet<string> = new Set([
  '/oauth2/authorize',
  '/oauth2/token',
  '/oauth2/userInfo',
  '/oauth2/revoke',
  '/login',
  // The other hosted pages (simulator/oauth/hosted*.ts).
  '/signup',
  '/confirm',
  '/resendcode',
  '/confirmUser',
  '/forgotPassword',
  '/confirmforgotPassword',
  '/confirmForgotPassword',
  '/mfa',
  '/mfaSetup',
  '/newPassword',
  '/logout',
  '/error',
  '/oauth2/idpresponse',
  '/saml2/idpresponse',
  '/simulated-idp/authorize',
  // On a domain host ({prefix}.localhost): the pool's discovery document and JWKS.
  '/.well-known/openid-configuration',
  '/.well-known/jwks.json',
]);

/** Whether the endpoint should hand this path to the OAuth engine. */
export const isOAuthPath = (pathname: string): boolean => OAUTH_PATHS.has(pathname.replace(/\/+$/, '') || '/');

/**
 * Answers one OAuth request. `baseUrl` is `http://host:port` as the client
 * reached the endpoint; `body` the request body already read.
 */
export async function serveOAuth(sim: Simulator, req: http.IncomingMessage, res: http.ServerResponse, baseUrl: string, body: string): Promise<number> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
  const answer = await sim.oauth.handle({ method: req.method ?? 'GET', url: `${baseUrl}${req.url ?? '/'}`, headers, body });
  const data = Buffer.from(answer.body, 'utf8');
  // The token, userInfo and revoke endpoints may be called from any origin, as Cognito's are.
  res.writeHead(answer.status, { 'Access-Control-Allow-Origin': '*', ...answer.headers, 'Content-Length': String(data.length) });
  res.end(req.method === 'HEAD' ? undefined : data);
  return answer.status;
}
