/**
 * The OAuth 2.0 / OIDC engine end to end, as a browser and an app would drive
 * it: /oauth2/authorize → /login → callback → /oauth2/token, PKCE, implicit
 * grant, client credentials, refresh, userInfo, revoke and logout; and the
 * domain, resource server and app-client OAuth rules of the API.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../index';
import { HOUR_MS, LIFETIMES, OAUTH, MINUTE_MS } from '../facts';
import { s256Challenge } from './token';
import type { OAuthResponse } from './http';

const PASSWORD = 'Corr3ct-Horse!';
const CALLBACK = 'https://app.example.com/callback';
const LOGOUT = 'https://app.example.com/signed-out';
const BASE = 'https://sandbox-demo.auth.us-east-1.amazoncognito.com';

let sim: Simulator;
let clock: SimulatedClock;
let poolId: string;
let webId: string;
let m2mId: string;
let m2mSecret: string;

const get = (path: string, headers: Record<string, string> = {}) => sim.oauth.handle({ method: 'GET', url: `${BASE}${path}`, headers });
const post = (path: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
  sim.oauth.handle({ method: 'POST', url: `${BASE}${path}`, headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(form).toString() });
const json = (r: OAuthResponse) => JSON.parse(r.body) as Record<string, string>;
const location = (r: OAuthResponse) => new URL(r.headers.Location);

function authorizeQuery(extra: Record<string, string> = {}): string {
  return new URLSearchParams({ response_type: 'code', client_id: webId, redirect_uri: CALLBACK, ...extra }).toString();
}

/** Signs in on the hosted page and returns the redirect back to the app. */
async function signIn(extra: Record<string, string> = {}, password = PASSWORD): Promise<OAuthResponse> {
  const start = await get(`/oauth2/authorize?${authorizeQuery(extra)}`);
  expect(start.status).toBe(302);
  const loginUrl = location(start);
  expect(loginUrl.pathname).toBe('/login');
  return post(`/login${loginUrl.search}`, { username: 'alice', password });
}

async function codeFrom(extra: Record<string, string> = {}): Promise<string> {
  const back = await signIn(extra);
  expect(back.status).toBe(302);
  const code = location(back).searchParams.get('code');
  expect(code).toMatch(/^[0-9a-f-]{36}$/);
  return code!;
}

const redeem = (code: string, extra: Record<string, string> = {}) => post('/oauth2/token', { grant_type: 'authorization_code', client_id: webId, code, redirect_uri: CALLBACK, ...extra });

beforeAll(async () => {
  clock = new SimulatedClock();
  sim = createSimulator({ clock, random: seededRandom('oauth-engine') });
  const { UserPool } = await sim.call<{ UserPool: { Id: string } }>('CreateUserPool', { PoolName: 'OAuthDemo' });
  poolId = UserPool.Id;
  await sim.call('CreateUserPoolDomain', { UserPoolId: poolId, Domain: 'sandbox-demo' });
  await sim.call('CreateResourceServer', {
    UserPoolId: poolId,
    Identifier: 'orders',
    Name: 'Orders API',
    Scopes: [
      { ScopeName: 'read', ScopeDescription: 'Read orders' },
      { ScopeName: 'write', ScopeDescription: 'Write orders' },
    ],
  });
  const web = await sim.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', {
    UserPoolId: poolId,
    ClientName: 'web',
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthFlows: ['code', 'implicit'],
    AllowedOAuthScopes: ['openid', 'email', 'phone', 'profile', 'aws.cognito.signin.user.admin', 'orders/read'],
    CallbackURLs: [CALLBACK, 'http://localhost:3000/callback'],
    LogoutURLs: [LOGOUT],
    SupportedIdentityProviders: ['COGNITO'],
  });
  webId = web.UserPoolClient.ClientId;
  const m2m = await sim.call<{ UserPoolClient: { ClientId: string; ClientSecret: string } }>('CreateUserPoolClient', {
    UserPoolId: poolId,
    ClientName: 'm2m',
    GenerateSecret: true,
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthFlows: ['client_credentials'],
    AllowedOAuthScopes: ['orders/read', 'orders/write'],
  });
  m2mId = m2m.UserPoolClient.ClientId;
  m2mSecret = m2m.UserPoolClient.ClientSecret;
  await sim.call('AdminCreateUser', {
    UserPoolId: poolId,
    Username: 'alice',
    MessageAction: 'SUPPRESS',
    UserAttributes: [
      { Name: 'email', Value: 'alice@example.com' },
      { Name: 'email_verified', Value: 'true' },
      { Name: 'phone_number', Value: '+12065550100' },
      { Name: 'name', Value: 'Alice Example' },
    ],
  });
  await sim.call('AdminSetUserPassword', { UserPoolId: poolId, Username: 'alice', Password: PASSWORD, Permanent: true });
});

describe('authorization code grant with PKCE', () => {
  it('redeems a code once with the right S256 verifier, with the granted scopes, state and nonce', async () => {
    const verifier = 'a'.repeat(20) + 'verifier-with-enough-entropy-0123456789';
    const back = await signIn({ scope: 'openid email', state: 'st-123', nonce: 'n-456', code_challenge: await s256Challenge(verifier), code_challenge_method: 'S256' });
    const cb = location(back);
    expect(`${cb.origin}${cb.pathname}`).toBe(CALLBACK);
    expect(cb.searchParams.get('state')).toBe('st-123');
    expect(back.headers['Set-Cookie']).toMatch(/^cognito=[^;]+; Path=\/; Max-Age=3600; HttpOnly; Secure/);
    const code = cb.searchParams.get('code')!;

    const ok = await redeem(code, { code_verifier: verifier });
    expect(ok.status).toBe(200);
    const body = json(ok);
    expect(body.token_type).toBe('Bearer');
    expect(body.refresh_token).toBeTruthy();
    const access = decodeJwt(body.access_token);
    expect(access.scope).toBe('openid email');
    expect(access.token_use).toBe('access');
    expect(access.client_id).toBe(webId);
    const id = decodeJwt(body.id_token);
    expect(id.nonce).toBe('n-456');
    expect(id.aud).toBe(webId);
    expect(typeof id.at_hash).toBe('string');
    expect(id.email).toBe('alice@example.com');

    const again = await redeem(code, { code_verifier: verifier });
    expect(again.status).toBe(400);
    expect(json(again)).toEqual({ error: 'invalid_grant' });
  });

  it('refuses a wrong or missing verifier', async () => {
    const challenge = await s256Challenge('the-real-verifier-the-real-verifier-0123');
    const code = await codeFrom({ code_challenge: challenge, code_challenge_method: 'S256' });
    expect(json(await redeem(code, { code_verifier: 'some-other-verifier-some-other-verifier-01' }))).toEqual({ error: 'invalid_grant' });
    const code2 = await codeFrom({ code_challenge: challenge, code_challenge_method: 'S256' });
    expect(json(await redeem(code2))).toEqual({ error: 'invalid_grant' });
  });

  it('refuses the plain method: Cognito supports only S256', async () => {
    expect(OAUTH.codeChallengeMethods.value).toEqual(['S256']);
    const r = await get(`/oauth2/authorize?${authorizeQuery({ code_challenge: 'plain-challenge-plain-challenge-plain-0123', code_challenge_method: 'plain', state: 'x' })}`);
    const cb = location(r);
    expect(cb.searchParams.get('error')).toBe('invalid_request');
    expect(cb.searchParams.get('state')).toBe('x');
  });

  it('expires a code after five minutes on the simulated clock', async () => {
    const code = await codeFrom();
    clock.advance(OAUTH.authorizationCodeMinutes.value * MINUTE_MS);
    expect(json(await redeem(code))).toEqual({ error: 'invalid_grant' });
  });

  it('requires the same redirect_uri at the token endpoint', async () => {
    const code = await codeFrom();
    expect(json(await redeem(code, { redirect_uri: 'http://localhost:3000/callback' }))).toEqual({ error: 'invalid_grant' });
  });
});

describe('/oauth2/authorize checks', () => {
  it('shows the error page, not a redirect to the app, for an unregistered redirect_uri', async () => {
    const r = await get(`/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: webId, redirect_uri: 'https://evil.example.com/cb' })}`);
    const to = location(r);
    expect(to.origin).toBe(BASE);
    expect(to.pathname).toBe('/error');
    expect(to.searchParams.get('error')).toBe('redirect_mismatch');
    const page = await get(`${to.pathname}${to.search}`);
    expect(page.status).toBe(400);
    expect(page.body).toContain('redirect_mismatch');
  });

  it('grants the requested scopes when allowed, all allowed ones when none are requested, and refuses others', async () => {
    const none = await redeem(await codeFrom());
    expect(String(decodeJwt(json(none).access_token).scope).split(' ').sort()).toEqual(['aws.cognito.signin.user.admin', 'email', 'openid', 'orders/read', 'phone', 'profile']);
    const some = await redeem(await codeFrom({ scope: 'openid orders/read' }));
    expect(decodeJwt(json(some).access_token).scope).toBe('openid orders/read');
    const bad = await get(`/oauth2/authorize?${authorizeQuery({ scope: 'openid orders/write', state: 's' })}`);
    expect(location(bad).searchParams.get('error')).toBe('invalid_scope');
    const noOpenid = await get(`/oauth2/authorize?${authorizeQuery({ scope: 'email' })}`);
    expect(location(noOpenid).searchParams.get('error')).toBe('invalid_scope');
  });

  it('does not redirect to a client that has no callback URLs', async () => {
    const r = await get(`/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: m2mId, redirect_uri: CALLBACK })}`);
    // The m2m client has no callback URLs: the redirect cannot be trusted.
    expect(location(r).pathname).toBe('/error');
  });

  it('skips the sign-in page while the hosted-UI session cookie is live', async () => {
    const back = await signIn();
    const cookie = back.headers['Set-Cookie'].split(';')[0];
    const sso = await get(`/oauth2/authorize?${authorizeQuery({ state: 'again' })}`, { Cookie: cookie });
    expect(location(sso).searchParams.get('code')).toBeTruthy();
    expect(location(sso).searchParams.get('state')).toBe('again');
  });

  it('forgets the hosted-UI session after an hour (LIFETIMES.hostedUiSession)', async () => {
    const cookie = (await signIn()).headers['Set-Cookie'].split(';')[0];
    clock.advance(LIFETIMES.hostedUiSession.value.hours * HOUR_MS);
    const after = await get(`/oauth2/authorize?${authorizeQuery()}`, { Cookie: cookie });
    expect(location(after).pathname).toBe('/login');
  });

  it('keeps the user on the sign-in page after a wrong password', async () => {
    const r = await signIn({}, 'Wr0ng-Password!');
    expect(r.status).toBe(200);
    expect(r.body).toContain('Incorrect username or password.');
  });
});

describe('implicit grant', () => {
  it('puts the tokens and the state in the URL fragment, never a refresh token', async () => {
    const back = await signIn({ response_type: 'token', scope: 'openid profile', state: 'imp', nonce: 'imp-nonce' });
    const cb = location(back);
    expect(cb.search).toBe('');
    const frag = new URLSearchParams(cb.hash.slice(1));
    expect(frag.get('state')).toBe('imp');
    expect(frag.get('token_type')).toBe('Bearer');
    expect(frag.get('expires_in')).toBe('3600');
    expect(frag.get('refresh_token')).toBeNull();
    expect(decodeJwt(frag.get('access_token')!).scope).toBe('openid profile');
    expect(decodeJwt(frag.get('id_token')!).nonce).toBe('imp-nonce');
  });
});

describe('client credentials', () => {
  const basic = (id: string, secret: string) => ({ Authorization: `Basic ${btoa(`${id}:${secret}`)}` });

  it('issues an access token with no user: sub is the client id, scope the granted custom scopes', async () => {
    const r = await post('/oauth2/token', { grant_type: 'client_credentials', scope: 'orders/read' }, basic(m2mId, m2mSecret));
    expect(r.status).toBe(200);
    const body = json(r);
    expect(body.id_token).toBeUndefined();
    expect(body.refresh_token).toBeUndefined();
    const claims = decodeJwt(body.access_token);
    expect(claims).toMatchObject({ sub: m2mId, client_id: m2mId, token_use: 'access', scope: 'orders/read', version: 2 });
    expect(claims.username).toBeUndefined();
    const all = json(await post('/oauth2/token', { grant_type: 'client_credentials', client_id: m2mId, client_secret: m2mSecret }));
    expect(String(decodeJwt(all.access_token).scope).split(' ').sort()).toEqual(['orders/read', 'orders/write']);
  });

  it('refuses a missing or wrong secret, a reserved scope and a client without the flow', async () => {
    expect(json(await post('/oauth2/token', { grant_type: 'client_credentials', client_id: m2mId }))).toEqual({ error: 'invalid_client' });
    expect(json(await post('/oauth2/token', { grant_type: 'client_credentials' }, basic(m2mId, 'x'.repeat(51))))).toEqual({ error: 'invalid_client' });
    expect(json(await post('/oauth2/token', { grant_type: 'client_credentials', scope: 'openid' }, basic(m2mId, m2mSecret)))).toEqual({ error: 'invalid_scope' });
    expect(json(await post('/oauth2/token', { grant_type: 'client_credentials', client_id: webId }))).toEqual({ error: 'unauthorized_client' });
    expect(json(await post('/oauth2/token', { grant_type: 'password', client_id: webId }))).toEqual({ error: 'unsupported_grant_type' });
  });
});

describe('refresh, userInfo, revoke and logout', () => {
  it('refreshes through the token endpoint with the original scopes and sign-in', async () => {
    const first = json(await redeem(await codeFrom({ scope: 'openid email' })));
    clock.advance(MINUTE_MS);
    const r = await post('/oauth2/token', { grant_type: 'refresh_token', client_id: webId, refresh_token: first.refresh_token });
    expect(r.status).toBe(200);
    const next = json(r);
    expect(next.refresh_token).toBeUndefined();
    const a0 = decodeJwt(first.access_token);
    const a1 = decodeJwt(next.access_token);
    expect(a1.scope).toBe('openid email');
    expect(a1.origin_jti).toBe(a0.origin_jti);
    expect(a1.iat).toBeGreaterThan(a0.iat!);
    expect(json(await post('/oauth2/token', { grant_type: 'refresh_token', client_id: webId, refresh_token: 'not-a-token' }))).toEqual({ error: 'invalid_grant' });
  });

  it('returns attributes by scope from userInfo', async () => {
    const info = async (scope: string) => {
      const t = json(await redeem(await codeFrom({ scope })));
      const r = await get('/oauth2/userInfo', { Authorization: `Bearer ${t.access_token}` });
      expect(r.status).toBe(200);
      return json(r);
    };
    const sub = (await info('openid')).sub;
    expect(await info('openid')).toEqual({ sub, email: 'alice@example.com', email_verified: 'true', phone_number: '+12065550100', name: 'Alice Example', username: 'alice' });
    expect(await info('openid email')).toEqual({ sub, email: 'alice@example.com', email_verified: 'true', username: 'alice' });
    expect(await info('openid phone')).toEqual({ sub, phone_number: '+12065550100', username: 'alice' });
    expect(await info('openid profile')).toEqual({ sub, name: 'Alice Example', username: 'alice' });
    const noOpenid = json(await redeem(await codeFrom({ scope: 'aws.cognito.signin.user.admin' })));
    expect((await get('/oauth2/userInfo', { Authorization: `Bearer ${noOpenid.access_token}` })).status).toBe(401);
  });

  it('revokes a refresh token and the access tokens of its sign-in', async () => {
    const t = json(await redeem(await codeFrom({ scope: 'openid' })));
    const r = await post('/oauth2/revoke', { token: t.refresh_token, client_id: webId });
    expect(r.status).toBe(200);
    expect(json(await post('/oauth2/token', { grant_type: 'refresh_token', client_id: webId, refresh_token: t.refresh_token }))).toEqual({ error: 'invalid_grant' });
    expect((await get('/oauth2/userInfo', { Authorization: `Bearer ${t.access_token}` })).status).toBe(401);
  });

  it('logs out to a registered logout_uri, ending the session; another URL gets the error page', async () => {
    const cookie = (await signIn()).headers['Set-Cookie'].split(';')[0];
    const bad = await get(`/logout?${new URLSearchParams({ client_id: webId, logout_uri: 'https://evil.example.com/' })}`, { Cookie: cookie });
    expect(location(bad).pathname).toBe('/error');
    const out = await get(`/logout?${new URLSearchParams({ client_id: webId, logout_uri: LOGOUT })}`, { Cookie: cookie });
    expect(out.headers.Location).toBe(LOGOUT);
    expect(out.headers['Set-Cookie']).toMatch(/^cognito=; .*Max-Age=0/);
    const after = await get(`/oauth2/authorize?${authorizeQuery()}`, { Cookie: cookie });
    expect(location(after).pathname).toBe('/login');
  });

  it('serves discovery with the endpoints on the domain, and the JWKS', async () => {
    const doc = json(await get(`/${poolId}/.well-known/openid-configuration`));
    expect(doc).toMatchObject({
      issuer: `https://cognito-idp.us-east-1.amazonaws.com/${poolId}`,
      authorization_endpoint: `${BASE}/oauth2/authorize`,
      token_endpoint: `${BASE}/oauth2/token`,
      userinfo_endpoint: `${BASE}/oauth2/userInfo`,
      revocation_endpoint: `${BASE}/oauth2/revoke`,
    });
    const jwks = JSON.parse((await get('/.well-known/jwks.json')).body) as { keys: unknown[] };
    expect(jwks.keys).toHaveLength(2);
  });
});

describe('state', () => {
  it('carries a pending code and the session through a snapshot', async () => {
    const back = await signIn({ scope: 'openid' });
    const code = location(back).searchParams.get('code')!;
    const copy = createSimulator({ clock, random: seededRandom('copy'), snapshot: JSON.stringify(sim.exportState()) });
    const r = await copy.oauth.handle({
      method: 'POST',
      url: `${BASE}/oauth2/token`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: webId, code, redirect_uri: CALLBACK }).toString(),
    });
    expect(r.status).toBe(200);
    const { UserPool } = await copy.call<{ UserPool: { Domain?: string } }>('DescribeUserPool', { UserPoolId: poolId });
    expect(UserPool.Domain).toBe('sandbox-demo');
  });

  it('keeps the granted scopes when REFRESH_TOKEN_AUTH refreshes a hosted-UI sign-in', async () => {
    const t = json(await redeem(await codeFrom({ scope: 'openid phone' })));
    await sim.call('UpdateUserPoolClient', {
      UserPoolId: poolId,
      ClientId: webId,
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code', 'implicit'],
      AllowedOAuthScopes: ['openid', 'email', 'phone', 'profile', 'aws.cognito.signin.user.admin', 'orders/read'],
      CallbackURLs: [CALLBACK, 'http://localhost:3000/callback'],
      LogoutURLs: [LOGOUT],
      SupportedIdentityProviders: ['COGNITO'],
    });
    const out = await sim.call<{ AuthenticationResult: { AccessToken: string } }>('InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: webId, AuthParameters: { REFRESH_TOKEN: t.refresh_token } });
    expect(decodeJwt(out.AuthenticationResult.AccessToken).scope).toBe('openid phone');
  });
});
