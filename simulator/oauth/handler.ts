/**
 * The pool's OAuth 2.0 / OpenID Connect authorization server (managed login,
 * formerly the hosted UI), as one function from request to response:
 * `/oauth2/authorize`, `/login` and the other hosted pages (`/signup`,
 * `/confirm`, `/resendcode`, `/confirmUser`, `/forgotPassword`,
 * `/confirmforgotPassword`, and the challenge pages `/mfa`, `/mfaSetup`,
 * `/newPassword`), `/oauth2/token`, `/oauth2/userInfo`,
 * `/oauth2/revoke`, `/logout`, `/error`, federated sign-in (`/oauth2/idpresponse`
 * and the simulated providers' `/simulated-idp/authorize`), and the discovery document and JWKS
 * (`/.well-known/…` on a domain host, `/{userPoolId}/.well-known/…` anywhere).
 *
 * It runs inside the simulator's serialised call queue on a draft of the
 * state (see `Simulator.oauth`): every answer, error answers included, keeps
 * its state changes (a consumed code, a counted failed sign-in); only an
 * internal failure discards them.
 */
import type { OperationContext } from '../core/context';
import { jwksOf } from '../tokens/keys';
import { authorize, errorEndpoint } from './authorize';
import { login } from './hostedLogin';
import { confirmEndpoint, confirmUserEndpoint, resendCodeEndpoint, signUpEndpoint } from './hostedSignUp';
import { confirmForgotPasswordEndpoint, forgotPasswordEndpoint } from './hostedPassword';
import { hostedChallengeEndpoint } from './hostedRoutes';
import { idpResponse, simulatedIdp } from './federation';
import { samlIdpResponse } from './samlEndpoint';
import { poolOfHost } from './clients';
import { openIdConfiguration } from './discovery';
import { jsonResponse, type OAuthRequest, type OAuthResponse } from './http';
import { logout, notFound, revoke, userInfo } from './session';
import { token } from './token';

export type { OAuthRequest, OAuthResponse } from './http';

const WELL_KNOWN = /^(?:\/([\w-]+_[0-9a-zA-Z]+))?\/\.well-known\/(openid-configuration|jwks\.json)$/;

/** Answers one request to the OAuth endpoints. */
export async function handleOAuthRequest(ctx: OperationContext, req: OAuthRequest): Promise<OAuthResponse> {
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    return notFound();
  }
  const base = url.origin;
  const hostPool = poolOfHost(ctx, url);
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const method = req.method.toUpperCase();
  switch (path) {
    case '/oauth2/authorize':
      return authorize(ctx, hostPool, base, url, req);
    case '/login':
      return login(ctx, hostPool, base, url, req);
    case '/signup':
      return signUpEndpoint(ctx, hostPool, base, url, req);
    case '/confirm':
      return confirmEndpoint(ctx, hostPool, base, url, req);
    case '/resendcode':
      return resendCodeEndpoint(ctx, hostPool, base, url);
    case '/confirmUser':
      return confirmUserEndpoint(ctx, url);
    case '/forgotPassword':
      return forgotPasswordEndpoint(ctx, hostPool, base, url, req);
    case '/confirmforgotPassword':
    case '/confirmForgotPassword':
      return confirmForgotPasswordEndpoint(ctx, hostPool, base, url, req);
    case '/mfa':
    case '/mfaSetup':
    case '/newPassword':
      return hostedChallengeEndpoint(ctx, hostPool, base, url, req, path);
    case '/oauth2/token':
      return token(ctx, hostPool, req);
    case '/oauth2/userInfo':
      return userInfo(ctx, req);
    case '/oauth2/revoke':
      return revoke(ctx, hostPool, req);
    case '/logout':
      return logout(ctx, hostPool, base, url, req);
    case '/error':
      return errorEndpoint(url);
    case '/saml2/idpresponse':
      return samlIdpResponse(ctx, hostPool, base, req);
    case '/oauth2/idpresponse':
      return idpResponse(ctx, hostPool, base, url);
    case '/simulated-idp/authorize':
      return simulatedIdp(ctx, hostPool, base, url, req);
  }
  const wk = WELL_KNOWN.exec(path);
  if (wk && (method === 'GET' || method === 'HEAD')) {
    const pool = wk[1] ? ctx.state.userPools[wk[1]] : hostPool;
    if (!pool) return notFound();
    if (wk[2] === 'jwks.json') return jsonResponse(200, jwksOf(pool), { 'Cache-Control': 'max-age=3600' });
    const jwksBase = wk[1] ? `${base}/${pool.id}` : base;
    return jsonResponse(200, openIdConfiguration(ctx.state.region, pool, { jwksBase, oauthBase: base }), { 'Cache-Control': 'max-age=3600' });
  }
  return notFound();
}
