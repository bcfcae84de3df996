/**
 * SAML sign-in over HTTP through `npm run endpoint`: the simulated provider's
 * page posts its SAMLResponse to /saml2/idpresponse on the real path, and the
 * browser lands on the callback with a code.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CreateIdentityProviderCommand, CreateUserPoolClientCommand, CreateUserPoolCommand, CreateUserPoolDomainCommand } from '@aws-sdk/client-cognito-identity-provider';
import { startEndpoint, type RunningEndpoint } from './endpoint';
import { httpSdkClient, rawRequest } from './testHelpers';
import { samlFormOf } from '../simulator/oauth/samlEndpoint';

const CALLBACK = 'http://localhost:5173/callback';
let ep: RunningEndpoint;
let clientId: string;
const host = () => `saml-http.localhost:${new URL(ep.url).port}`;
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

beforeAll(async () => {
  ep = await startEndpoint({ port: 0 });
  const idp = httpSdkClient(ep.url);
  const poolId = (await idp.send(new CreateUserPoolCommand({ PoolName: 'saml-http' }))).UserPool!.Id!;
  await idp.send(new CreateUserPoolDomainCommand({ UserPoolId: poolId, Domain: 'saml-http' }));
  await idp.send(
    new CreateIdentityProviderCommand({
      UserPoolId: poolId,
      ProviderName: 'CorpSAML',
      ProviderType: 'SAML',
      ProviderDetails: { MetadataURL: 'https://idp.corp.example.com/metadata.xml' },
      AttributeMapping: { email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' },
    }),
  );
  const c = await idp.send(
    new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'web', AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['code'], AllowedOAuthScopes: ['openid', 'email'], CallbackURLs: [CALLBACK], SupportedIdentityProviders: ['CorpSAML'] }),
  );
  clientId = c.UserPoolClient!.ClientId!;
});

afterAll(async () => {
  await ep?.close();
});

it('posts the SAML response to /saml2/idpresponse on the endpoint and lands on the callback', async () => {
  const q = new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: CALLBACK, identity_provider: 'CorpSAML', state: 'saml-state' });
  const start = await rawRequest(ep.url, { path: `/oauth2/authorize?${q}`, headers: { Host: host() } });
  expect(start.status).toBe(302);
  const idpPage = new URL(String(start.headers.location));
  const answer = await rawRequest(ep.url, { method: 'POST', path: `${idpPage.pathname}${idpPage.search}`, headers: { Host: host(), ...FORM }, body: 'user=jordan' });
  const form = samlFormOf(answer.body)!;
  expect(new URL(form.action).pathname).toBe('/saml2/idpresponse');
  const back = await rawRequest(ep.url, { method: 'POST', path: '/saml2/idpresponse', headers: { Host: host(), ...FORM }, body: new URLSearchParams({ SAMLResponse: form.SAMLResponse, RelayState: form.RelayState }).toString() });
  expect(back.status).toBe(302);
  const cb = new URL(String(back.headers.location));
  expect(`${cb.origin}${cb.pathname}`).toBe(CALLBACK);
  expect(cb.searchParams.get('code')).toBeTruthy();
  expect(cb.searchParams.get('state')).toBe('saml-state');
});
