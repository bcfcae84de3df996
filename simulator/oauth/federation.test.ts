/**
 * Federated sign-in through the hosted UI with the simulated providers, and
 * the identity provider operations, through the real AWS SDK v3 client.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AdminGetUserCommand,
  CreateIdentityProviderCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
  DeleteIdentityProviderCommand,
  DescribeIdentityProviderCommand,
  GetIdentityProviderByIdentifierCommand,
  ListIdentityProvidersCommand,
  UpdateIdentityProviderCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../index';
import { sdkClient } from '../../test/support/sdk';
import type { OAuthResponse } from './http';
import { IDP_MESSAGES } from './messages';
import { SIMULATED_IDP_USERS } from './identityProviders';
import { samlFormOf } from './samlEndpoint';

const CALLBACK = 'https://app.example.com/callback';
const BASE = 'https://fed-demo.auth.us-east-1.amazoncognito.com';
const SAML_EMAIL = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress';
const GOOGLE = { client_id: 'sandbox-google-client', client_secret: 'sandbox-google-secret', authorize_scopes: 'openid email profile' };

let sim: Simulator;
let idp: CognitoIdentityProviderClient;
let poolId: string;
let clientId: string;

const get = (pathOrUrl: string) => sim.oauth.handle({ method: 'GET', url: pathOrUrl.startsWith('http') ? pathOrUrl : `${BASE}${pathOrUrl}` });
const location = (r: OAuthResponse) => new URL(r.headers.Location);

async function failure(p: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return { name: (e as Error).name, message: (e as Error).message };
  }
  throw new Error('expected the call to fail');
}

/** Drives authorize → simulated provider → idpresponse and returns the tokens. */
async function federatedSignIn(params: Record<string, string>, testUser: string): Promise<Record<string, string>> {
  const start = await get(`/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: CALLBACK, scope: 'openid email profile', ...params })}`);
  const idpPage = location(start);
  expect(idpPage.pathname).toBe('/simulated-idp/authorize');
  const page = await get(idpPage.href);
  expect(page.status).toBe(200);
  const chosen = await sim.oauth.handle({ method: 'POST', url: idpPage.href, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `user=${testUser}` });
  let back: OAuthResponse;
  const saml = samlFormOf(chosen.body);
  if (saml) {
    // A SAML provider posts its response to /saml2/idpresponse (HTTP-POST binding).
    expect(new URL(saml.action).pathname).toBe('/saml2/idpresponse');
    back = await sim.oauth.handle({ method: 'POST', url: saml.action, body: new URLSearchParams({ SAMLResponse: saml.SAMLResponse, RelayState: saml.RelayState }).toString() });
  } else {
    const response = location(chosen);
    expect(response.pathname).toBe('/oauth2/idpresponse');
    back = await get(response.href);
  }
  expect(back.headers['Set-Cookie']).toMatch(/^cognito=/);
  const code = location(back).searchParams.get('code')!;
  const t = await sim.oauth.handle({
    method: 'POST',
    url: `${BASE}/oauth2/token`,
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: clientId, code, redirect_uri: CALLBACK }).toString(),
  });
  expect(t.status).toBe(200);
  return JSON.parse(t.body) as Record<string, string>;
}

beforeAll(async () => {
  sim = createSimulator({ clock: new SimulatedClock(), random: seededRandom('federation') });
  idp = sdkClient(sim);
  poolId = (await idp.send(new CreateUserPoolCommand({ PoolName: 'Federated' }))).UserPool!.Id!;
  await idp.send(new CreateUserPoolDomainCommand({ UserPoolId: poolId, Domain: 'fed-demo' }));
  await idp.send(
    new CreateIdentityProviderCommand({
      UserPoolId: poolId,
      ProviderName: 'Google',
      ProviderType: 'Google',
      ProviderDetails: GOOGLE,
      AttributeMapping: { email: 'email', email_verified: 'email_verified', name: 'name' },
    }),
  );
  await idp.send(
    new CreateIdentityProviderCommand({
      UserPoolId: poolId,
      ProviderName: 'CorpSAML',
      ProviderType: 'SAML',
      ProviderDetails: { MetadataURL: 'https://idp.corp.example.com/metadata.xml' },
      AttributeMapping: { email: SAML_EMAIL },
      IdpIdentifiers: ['corp.example.com'],
    }),
  );
  clientId = (
    await idp.send(
      new CreateUserPoolClientCommand({
        UserPoolId: poolId,
        ClientName: 'web',
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid', 'email', 'profile'],
        CallbackURLs: [CALLBACK],
        SupportedIdentityProviders: ['COGNITO', 'Google', 'CorpSAML'],
      }),
    )
  ).UserPoolClient!.ClientId!;
});

describe('identity provider operations', () => {
  it('describes, lists, finds by identifier and updates providers, with the default username mapping', async () => {
    const g = (await idp.send(new DescribeIdentityProviderCommand({ UserPoolId: poolId, ProviderName: 'Google' }))).IdentityProvider!;
    expect(g).toMatchObject({ ProviderName: 'Google', ProviderType: 'Google', ProviderDetails: GOOGLE });
    expect(g.AttributeMapping).toEqual({ email: 'email', email_verified: 'email_verified', name: 'name', username: 'sub' });
    const list = await idp.send(new ListIdentityProvidersCommand({ UserPoolId: poolId }));
    expect(list.Providers!.map((p) => p.ProviderName).sort()).toEqual(['CorpSAML', 'Google']);
    const byId = await idp.send(new GetIdentityProviderByIdentifierCommand({ UserPoolId: poolId, IdpIdentifier: 'corp.example.com' }));
    expect(byId.IdentityProvider!.ProviderName).toBe('CorpSAML');
    const up = await idp.send(new UpdateIdentityProviderCommand({ UserPoolId: poolId, ProviderName: 'CorpSAML', IdpIdentifiers: ['corp.example.com', 'corp.example.org'] }));
    expect(up.IdentityProvider!.IdpIdentifiers).toEqual(['corp.example.com', 'corp.example.org']);
  });

  it('refuses duplicates, a social provider under another name, missing details and an unknown provider on a client', async () => {
    expect(await failure(idp.send(new CreateIdentityProviderCommand({ UserPoolId: poolId, ProviderName: 'Google', ProviderType: 'Google', ProviderDetails: GOOGLE })))).toMatchObject({
      name: 'DuplicateProviderException',
    });
    expect(await failure(idp.send(new CreateIdentityProviderCommand({ UserPoolId: poolId, ProviderName: 'MyGoogle', ProviderType: 'Google', ProviderDetails: GOOGLE })))).toMatchObject({
      name: 'InvalidParameterException',
    });
    expect(await failure(idp.send(new CreateIdentityProviderCommand({ UserPoolId: poolId, ProviderName: 'Facebook', ProviderType: 'Facebook', ProviderDetails: { client_id: 'x' } })))).toMatchObject({
      name: 'InvalidParameterException',
    });
    expect(
      await failure(idp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'x', SupportedIdentityProviders: ['COGNITO', 'Facebook'] }))),
    ).toEqual({ name: 'InvalidParameterException', message: IDP_MESSAGES.providerNotInPool('Facebook', poolId) });
    await idp.send(new CreateIdentityProviderCommand({ UserPoolId: poolId, ProviderName: 'Temp', ProviderType: 'OIDC', ProviderDetails: { client_id: 'c', attributes_request_method: 'GET', oidc_issuer: 'https://issuer.example.com', authorize_scopes: 'openid' } }));
    await idp.send(new DeleteIdentityProviderCommand({ UserPoolId: poolId, ProviderName: 'Temp' }));
    expect(await failure(idp.send(new DescribeIdentityProviderCommand({ UserPoolId: poolId, ProviderName: 'Temp' })))).toMatchObject({ name: 'ResourceNotFoundException' });
  });
});

describe('federated sign-in through the hosted UI', () => {
  it('offers the providers on the sign-in page', async () => {
    const page = await get(`/login?${new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: CALLBACK })}`);
    expect(page.body).toContain('Continue with Google');
    expect(page.body).toContain('Continue with CorpSAML');
  });

  it('signs in with Google: an EXTERNAL_PROVIDER user with mapped attributes and an identities claim', async () => {
    const maria = SIMULATED_IDP_USERS.Google[0];
    const t = await federatedSignIn({ identity_provider: 'Google' }, maria.id);
    const id = decodeJwt(t.id_token);
    const username = `Google_${String(maria.claims.sub)}`;
    expect(id['cognito:username']).toBe(username);
    expect(id.email).toBe(maria.claims.email);
    expect(id.email_verified).toBe(true);
    expect(id.identities).toEqual([expect.objectContaining({ userId: maria.claims.sub, providerName: 'Google', providerType: 'Google', issuer: null, primary: 'true' })]);
    const user = await idp.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: username }));
    expect(user.UserStatus).toBe('EXTERNAL_PROVIDER');
    expect(user.UserAttributes!.find((a) => a.Name === 'name')!.Value).toBe(maria.claims.name);

    // A second sign-in finds the same user.
    const again = await federatedSignIn({ identity_provider: 'Google' }, maria.id);
    expect(decodeJwt(again.id_token).sub).toBe(id.sub);
  });

  it('signs in with a SAML provider chosen by idp_identifier, mapping a SAML attribute', async () => {
    const jordan = SIMULATED_IDP_USERS.SAML[0];
    const t = await federatedSignIn({ idp_identifier: 'corp.example.com' }, jordan.id);
    const id = decodeJwt(t.id_token);
    expect(id['cognito:username']).toBe(`CorpSAML_${String(jordan.claims.NameID)}`);
    expect(id.email).toBe(jordan.claims[SAML_EMAIL]);
  });

  it('refuses a provider the client does not support', async () => {
    const r = await get(`/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: CALLBACK, identity_provider: 'Facebook', state: 's' })}`);
    expect(location(r).searchParams.get('error')).toBe('invalid_request');
    expect(location(r).searchParams.get('state')).toBe('s');
  });
});
