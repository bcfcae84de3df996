/**
 * The OAuth 2.0 / OIDC endpoints over HTTP, driven by a standard OpenID
 * Connect client from the npm registry (openid-client v6): discovery, the
 * authorization code flow with PKCE (the sign-in form posted with fetch) and
 * the client-credentials grant.
 *
 * The discovery document names the real issuer
 * (`https://cognito-idp.{region}.amazonaws.com/{poolId}`), which is also the
 * tokens' `iss`; openid-client fetches it through a fetch that sends that
 * host to the sandbox endpoint, as a DNS override would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { decodeJwt } from 'jose';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { startEndpoint, type RunningEndpoint } from './endpoint';
import { httpSdkClient, rawRequest } from './testHelpers';

const PASSWORD = 'Corr3ct-Horse!';
const CALLBACK = 'http://localhost:5173/callback';

let ep: RunningEndpoint;
let poolId: string;
let webId: string;
let m2mId: string;
let m2mSecret: string;

/** fetch that serves the Cognito issuer host from the sandbox endpoint. */
const viaEndpoint: oidc.CustomFetch = (input, init) => {
  const url = new URL(input);
  const target = url.hostname === 'cognito-idp.us-east-1.amazonaws.com' ? `${ep.url}${url.pathname}${url.search}` : input;
  return fetch(target, init as RequestInit);
};

async function discover(clientId: string, secret?: string): Promise<oidc.Configuration> {
  return oidc.discovery(new URL(`https://cognito-idp.us-east-1.amazonaws.com/${poolId}`), clientId, secret, secret ? oidc.ClientSecretBasic(secret) : oidc.None(), {
    [oidc.customFetch]: viaEndpoint,
    execute: [oidc.allowInsecureRequests],
  });
}

beforeAll(async () => {
  ep = await startEndpoint({ port: 0 });
  const idp = httpSdkClient(ep.url);
  poolId = (await idp.send(new CreateUserPoolCommand({ PoolName: 'oidc-http' }))).UserPool!.Id!;
  await idp.send(new CreateUserPoolDomainCommand({ UserPoolId: poolId, Domain: 'oidc-http-demo' }));
  await idp.send(new CreateResourceServerCommand({ UserPoolId: poolId, Identifier: 'reports', Name: 'Reports', Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read reports' }] }));
  const web = await idp.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'spa',
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      CallbackURLs: [CALLBACK],
      SupportedIdentityProviders: ['COGNITO'],
    }),
  );
  webId = web.UserPoolClient!.ClientId!;
  const m2m = await idp.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'service',
      GenerateSecret: true,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthScopes: ['reports/read'],
    }),
  );
  m2mId = m2m.UserPoolClient!.ClientId!;
  m2mSecret = m2m.UserPoolClient!.ClientSecret!;
  await idp.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'bob', MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'bob@example.com' }] }));
  await idp.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: 'bob', Password: PASSWORD, Permanent: true }));
});

afterAll(async () => {
  await ep?.close();
});

describe('openid-client against the endpoint', () => {
  it('discovers the endpoints and completes the authorization code flow with PKCE', async () => {
    const config = await discover(webId);
    const meta = config.serverMetadata();
    expect(meta.issuer).toBe(`https://cognito-idp.us-east-1.amazonaws.com/${poolId}`);
    expect(meta.authorization_endpoint).toBe(`${ep.url}/oauth2/authorize`);
    expect(meta.token_endpoint).toBe(`${ep.url}/oauth2/token`);

    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const authUrl = oidc.buildAuthorizationUrl(config, {
      redirect_uri: CALLBACK,
      scope: 'openid email',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });

    // The browser: authorize → sign-in page → post the form → redirect to the callback.
    const toLogin = await fetch(authUrl, { redirect: 'manual' });
    expect(toLogin.status).toBe(302);
    const loginUrl = new URL(toLogin.headers.get('location')!);
    expect(loginUrl.pathname).toBe('/login');
    const page = await fetch(loginUrl);
    expect(await page.text()).toContain('name="password"');
    const signedIn = await fetch(loginUrl, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'bob', password: PASSWORD }),
    });
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get('set-cookie')).toMatch(/^cognito=/);
    const callback = new URL(signedIn.headers.get('location')!);
    expect(callback.searchParams.get('code')).toBeTruthy();

    const tokens = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce });
    expect(tokens.refresh_token).toBeTruthy();
    const claims = tokens.claims()!;
    expect(claims.nonce).toBe(nonce);
    expect(claims.email).toBe('bob@example.com');
    expect(decodeJwt(tokens.access_token).scope).toBe('openid email');

    const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    expect(info).toMatchObject({ email: 'bob@example.com', username: 'bob' });

    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(decodeJwt(refreshed.access_token).origin_jti).toBe(decodeJwt(tokens.access_token).origin_jti);
  });

  it('refuses the code with a wrong verifier (invalid_grant)', async () => {
    const config = await discover(webId);
    const authUrl = oidc.buildAuthorizationUrl(config, { redirect_uri: CALLBACK, scope: 'openid', code_challenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()), code_challenge_method: 'S256' });
    const loginUrl = new URL((await fetch(authUrl, { redirect: 'manual' })).headers.get('location')!);
    const signedIn = await fetch(loginUrl, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ username: 'bob', password: PASSWORD }) });
    const callback = new URL(signedIn.headers.get('location')!);
    const err = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: oidc.randomPKCECodeVerifier() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(oidc.ResponseBodyError);
    expect((err as oidc.ResponseBodyError).error).toBe('invalid_grant');
  });

  it('maps {domainPrefix}.localhost to the pool, like the Cognito domain host', async () => {
    const host = `oidc-http-demo.localhost:${ep.port}`;
    const doc = await rawRequest(ep.url, { path: '/.well-known/openid-configuration', headers: { Host: host } });
    expect(JSON.parse(doc.body)).toMatchObject({ issuer: `https://cognito-idp.us-east-1.amazonaws.com/${poolId}`, authorization_endpoint: `http://${host}/oauth2/authorize` });
    const query = new URLSearchParams({ response_type: 'code', client_id: webId, redirect_uri: CALLBACK }).toString();
    const start = await rawRequest(ep.url, { path: `/oauth2/authorize?${query}`, headers: { Host: host } });
    expect(start.status).toBe(302);
    expect(start.headers.location).toBe(`http://${host}/login?${query}`);
  });

  it('gets a machine-to-machine access token with the client-credentials grant', async () => {
    const config = await discover(m2mId, m2mSecret);
    const tokens = await oidc.clientCredentialsGrant(config, { scope: 'reports/read' });
    expect(tokens.token_type.toLowerCase()).toBe('bearer');
    expect(decodeJwt(tokens.access_token)).toMatchObject({ sub: m2mId, client_id: m2mId, scope: 'reports/read', token_use: 'access' });
  });
});
