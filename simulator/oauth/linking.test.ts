/**
 * AdminLinkProviderForUser and AdminDisableProviderForUser through the real AWS
 * SDK v3 client, and their effect on federated sign-in through the hosted UI.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AdminCreateUserCommand,
  AdminDisableProviderForUserCommand,
  AdminGetUserCommand,
  AdminLinkProviderForUserCommand,
  CreateIdentityProviderCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
  ListUsersCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../index';
import { sdkClient } from '../../test/support/sdk';
import { IDENTITY_PROVIDER_LIMITS } from '../facts';
import { SIMULATED_IDP_USERS } from './identityProviders';
import { IDP_MESSAGES } from './messages';
import { samlFormOf } from './samlEndpoint';
import type { OAuthResponse } from './http';

const CALLBACK = 'https://app.example.com/callback';
const BASE = 'https://link-demo.auth.us-east-1.amazoncognito.com';
const SAML_EMAIL = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress';
const GOOGLE = { client_id: 'g', client_secret: 's', authorize_scopes: 'openid email profile' };
const maria = SIMULATED_IDP_USERS.Google[0];
const kenji = SIMULATED_IDP_USERS.Google[1];
const jordan = SIMULATED_IDP_USERS.SAML[0];

let sim: Simulator;
let idp: CognitoIdentityProviderClient;
let poolId: string;
let clientId: string;

const location = (r: OAuthResponse) => new URL(r.headers.Location);
const get = (url: string) => sim.oauth.handle({ method: 'GET', url });
const post = (url: string, body: Record<string, string>) => sim.oauth.handle({ method: 'POST', url, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body).toString() });

async function failure(p: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return { name: (e as Error).name, message: (e as Error).message };
  }
  throw new Error('expected the call to fail');
}

/** Signs in through a provider's simulated page and returns the ID token's claims. */
async function signIn(provider: string, testUser: string): Promise<Record<string, unknown>> {
  const start = await get(`${BASE}/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: CALLBACK, scope: 'openid email', identity_provider: provider })}`);
  const chosen = await post(location(start).href, { user: testUser });
  let back: OAuthResponse;
  if (chosen.status === 200) {
    const saml = samlFormOf(chosen.body)!;
    back = await post(saml.action, { SAMLResponse: saml.SAMLResponse, RelayState: saml.RelayState });
  } else back = await get(location(chosen).href);
  const code = location(back).searchParams.get('code');
  expect(code, location(back).search).toBeTruthy();
  const t = await post(`${BASE}/oauth2/token`, { grant_type: 'authorization_code', client_id: clientId, code: code!, redirect_uri: CALLBACK });
  return decodeJwt((JSON.parse(t.body) as Record<string, string>).id_token);
}

const link = (destination: string, provider: string, attributeName: string, value: string) =>
  idp.send(
    new AdminLinkProviderForUserCommand({
      UserPoolId: poolId,
      DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: destination },
      SourceUser: { ProviderName: provider, ProviderAttributeName: attributeName, ProviderAttributeValue: value },
    }),
  );

async function identitiesOf(username: string): Promise<Array<Record<string, unknown>>> {
  const u = await idp.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: username }));
  const v = u.UserAttributes?.find((a) => a.Name === 'identities')?.Value;
  return v ? (JSON.parse(v) as Array<Record<string, unknown>>) : [];
}

beforeAll(async () => {
  sim = createSimulator({ clock: new SimulatedClock(), random: seededRandom('linking') });
  idp = sdkClient(sim);
  poolId = (await idp.send(new CreateUserPoolCommand({ PoolName: 'Linking' }))).UserPool!.Id!;
  await idp.send(new CreateUserPoolDomainCommand({ UserPoolId: poolId, Domain: 'link-demo' }));
  await idp.send(new CreateIdentityProviderCommand({ UserPoolId: poolId, ProviderName: 'Google', ProviderType: 'Google', ProviderDetails: GOOGLE, AttributeMapping: { email: 'email', name: 'name' } }));
  await idp.send(
    new CreateIdentityProviderCommand({
      UserPoolId: poolId,
      ProviderName: 'CorpSAML',
      ProviderType: 'SAML',
      ProviderDetails: { MetadataURL: 'https://idp.corp.example.com/metadata.xml' },
      AttributeMapping: { email: SAML_EMAIL },
    }),
  );
  clientId = (
    await idp.send(
      new CreateUserPoolClientCommand({
        UserPoolId: poolId,
        ClientName: 'web',
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid', 'email'],
        CallbackURLs: [CALLBACK],
        SupportedIdentityProviders: ['COGNITO', 'Google', 'CorpSAML'],
      }),
    )
  ).UserPoolClient!.ClientId!;
  for (const name of ['diego', 'ana', 'full']) {
    await idp.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: name, MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: `${name}@example.com` }] }));
  }
});

describe('AdminLinkProviderForUser', () => {
  it('links a Google subject to a local user: the Google sign-in signs in as that user', async () => {
    await link('diego', 'Google', 'Cognito_Subject', String(maria.claims.sub));
    expect(await identitiesOf('diego')).toEqual([expect.objectContaining({ userId: maria.claims.sub, providerName: 'Google', providerType: 'Google', issuer: null })]);

    const id = await signIn('Google', maria.id);
    expect(id['cognito:username']).toBe('diego');
    // The mapped claims update the linked profile.
    expect(id.email).toBe(maria.claims.email);
    expect(id.identities).toEqual([expect.objectContaining({ userId: maria.claims.sub, providerName: 'Google' })]);
    // No separate Google_ user was created.
    const users = await idp.send(new ListUsersCommand({ UserPoolId: poolId }));
    expect(users.Users!.map((u) => u.Username)).not.toContain(`Google_${String(maria.claims.sub)}`);
  });

  it('links a SAML identity by a mapped attribute; after the first sign-in it is known by its NameID', async () => {
    await link('ana', 'CorpSAML', 'email', String(jordan.claims[SAML_EMAIL]));
    const id = await signIn('CorpSAML', jordan.id);
    expect(id['cognito:username']).toBe('ana');
    expect(await identitiesOf('ana')).toEqual([expect.objectContaining({ userId: jordan.claims.NameID, providerName: 'CorpSAML', providerType: 'SAML' })]);
  });

  it('refuses what AWS refuses', async () => {
    const err = (p: Promise<unknown>) => failure(p);
    expect(
      await err(
        idp.send(
          new AdminLinkProviderForUserCommand({
            UserPoolId: poolId,
            DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: 'diego' },
            SourceUser: { ProviderName: 'Cognito', ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: 'ana' },
          }),
        ),
      ),
    ).toEqual({ name: 'InvalidParameterException', message: IDP_MESSAGES.cognitoSourceUser });
    expect(await err(link('diego', 'Google', 'email', 'x@example.com'))).toMatchObject({ name: 'InvalidParameterException', message: IDP_MESSAGES.socialNeedsSubject('Google') });
    expect(await err(link('diego', 'CorpSAML', 'name', 'X'))).toMatchObject({ name: 'InvalidParameterException' });
    expect(await err(link('diego', 'Facebook', 'Cognito_Subject', '1'))).toMatchObject({ name: 'ResourceNotFoundException' });
    expect(await err(link('nobody', 'Google', 'Cognito_Subject', '1'))).toMatchObject({ name: 'UserNotFoundException', message: 'User does not exist.' });
    expect(await err(link('diego', 'Google', 'Cognito_Subject', String(maria.claims.sub)))).toEqual({ name: 'InvalidParameterException', message: IDP_MESSAGES.alreadyLinked });
    expect(await err(link('ana', 'Google', 'Cognito_Subject', String(maria.claims.sub)))).toEqual({ name: 'AliasExistsException', message: IDP_MESSAGES.linkedToAnotherUser });
    // kenji signs in first: his Google_ user exists, so he can no longer be linked.
    await signIn('Google', kenji.id);
    expect(await err(link('diego', 'Google', 'Cognito_Subject', String(kenji.claims.sub)))).toEqual({ name: 'InvalidParameterException', message: IDP_MESSAGES.mergingNotSupported });
    // A failed call changes nothing.
    expect(await identitiesOf('diego')).toHaveLength(1);
  });

  it('keeps links in a saved snapshot', async () => {
    const copy = createSimulator({ clock: new SimulatedClock(), random: seededRandom('linking-copy'), snapshot: JSON.parse(JSON.stringify(sim.exportState())) });
    const links = copy.exportState().userPools[poolId].identityProviders!.Google.links;
    expect(links).toEqual([expect.objectContaining({ attributeName: 'Cognito_Subject', attributeValue: String(maria.claims.sub), username: 'diego' })]);
  });

  it('allows five linked identities per user', async () => {
    const max = IDENTITY_PROVIDER_LIMITS.linkedIdentitiesPerUser.value;
    for (let i = 0; i < max; i++) await link('full', 'Google', 'Cognito_Subject', `90000000000000000000${i}`);
    expect(await failure(link('full', 'Google', 'Cognito_Subject', '9999'))).toMatchObject({ name: 'LimitExceededException' });
    expect(await identitiesOf('full')).toHaveLength(max);
  });
});

describe('AdminDisableProviderForUser', () => {
  it('removes a link: the next Google sign-in creates a new EXTERNAL_PROVIDER user', async () => {
    await idp.send(new AdminDisableProviderForUserCommand({ UserPoolId: poolId, User: { ProviderName: 'Google', ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: String(maria.claims.sub) } }));
    expect(await identitiesOf('diego')).toEqual([]);
    const id = await signIn('Google', maria.id);
    expect(id['cognito:username']).toBe(`Google_${String(maria.claims.sub)}`);
    const u = await idp.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: `Google_${String(maria.claims.sub)}` }));
    expect(u.UserStatus).toBe('EXTERNAL_PROVIDER');
  });

  it('unlinks a SAML identity by Cognito_Subject (its NameID) after it signed in, and refuses unknown ones', async () => {
    await idp.send(new AdminDisableProviderForUserCommand({ UserPoolId: poolId, User: { ProviderName: 'CorpSAML', ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: String(jordan.claims.NameID) } }));
    expect(await identitiesOf('ana')).toEqual([]);
    expect(
      await failure(idp.send(new AdminDisableProviderForUserCommand({ UserPoolId: poolId, User: { ProviderName: 'Google', ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: 'nobody' } }))),
    ).toMatchObject({ name: 'UserNotFoundException' });
    expect(
      await failure(idp.send(new AdminDisableProviderForUserCommand({ UserPoolId: poolId, User: { ProviderName: 'Nope', ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: 'x' } }))),
    ).toMatchObject({ name: 'ResourceNotFoundException' });
  });
});
