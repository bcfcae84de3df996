/**
 * The pre token generation trigger on tokens from the OAuth endpoints
 * (triggerSource TokenGeneration_HostedAuth, and TokenGeneration_RefreshTokens
 * for the refresh_token grant): V2_0 changes the access token's claims and scopes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { recording, triggerSandbox, type TriggerSandbox } from '../../test/support/triggers';
import type { OAuthResponse } from './http';

const PASSWORD = 'Corr3ct-Horse!';
const CALLBACK = 'https://app.example.com/callback';
const BASE = 'https://trig-demo.auth.us-east-1.amazoncognito.com';

let t: TriggerSandbox;
let clientId: string;

const location = (r: OAuthResponse) => new URL(r.headers.Location);
const form = (body: Record<string, string>) => new URLSearchParams(body).toString();

beforeAll(async () => {
  t = triggerSandbox('oauth-pre-token');
  const { UserPool } = await t.sim.call<{ UserPool: { Id: string } }>('CreateUserPool', {
    PoolName: 'Triggers',
    LambdaConfig: { PreTokenGenerationConfig: { LambdaVersion: 'V2_0', LambdaArn: t.arn('hosted-tokens') }, PreTokenGeneration: t.arn('hosted-tokens') },
  });
  await t.deploy(
    'hosted-tokens',
    recording(`
      event.response = {
        claimsAndScopeOverrideDetails: {
          idTokenGeneration: { claimsToAddOrOverride: { plan: 'gold' } },
          accessTokenGeneration: { claimsToAddOrOverride: { tenant: 'acme' }, scopesToAdd: ['extra/scope'], scopesToSuppress: ['email'] },
        },
      };`),
  );
  await t.sim.call('CreateUserPoolDomain', { UserPoolId: UserPool.Id, Domain: 'trig-demo' });
  const c = await t.sim.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', {
    UserPoolId: UserPool.Id,
    ClientName: 'web',
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthFlows: ['code'],
    AllowedOAuthScopes: ['openid', 'email'],
    CallbackURLs: [CALLBACK],
    SupportedIdentityProviders: ['COGNITO'],
  });
  clientId = c.UserPoolClient.ClientId;
  await t.sim.call('AdminCreateUser', { UserPoolId: UserPool.Id, Username: 'tess', MessageAction: 'SUPPRESS' });
  await t.sim.call('AdminSetUserPassword', { UserPoolId: UserPool.Id, Username: 'tess', Password: PASSWORD, Permanent: true });
});

describe('pre token generation on hosted-UI tokens', () => {
  it('lets a V2_0 trigger change claims and scopes, with triggerSource TokenGeneration_HostedAuth', async () => {
    const q = form({ response_type: 'code', client_id: clientId, redirect_uri: CALLBACK, scope: 'openid email' });
    const back = await t.sim.oauth.handle({ method: 'POST', url: `${BASE}/login?${q}`, body: form({ username: 'tess', password: PASSWORD }) });
    const code = location(back).searchParams.get('code')!;
    const r = await t.sim.oauth.handle({ method: 'POST', url: `${BASE}/oauth2/token`, body: form({ grant_type: 'authorization_code', client_id: clientId, code, redirect_uri: CALLBACK }) });
    expect(r.status).toBe(200);
    const tokens = JSON.parse(r.body) as Record<string, string>;
    expect(decodeJwt(tokens.id_token).plan).toBe('gold');
    const access = decodeJwt(tokens.access_token);
    expect(access.tenant).toBe('acme');
    expect(access.scope).toBe('openid extra/scope');
    const event = t.lastEvent('hosted-tokens') as unknown as { triggerSource: string; request: { scopes: string[] } };
    expect(event.triggerSource).toBe('TokenGeneration_HostedAuth');
    expect(event.request.scopes).toEqual(['openid', 'email']);

    const refreshed = await t.sim.oauth.handle({ method: 'POST', url: `${BASE}/oauth2/token`, body: form({ grant_type: 'refresh_token', client_id: clientId, refresh_token: tokens.refresh_token }) });
    expect(refreshed.status).toBe(200);
    expect((t.lastEvent('hosted-tokens') as { triggerSource: string }).triggerSource).toBe('TokenGeneration_RefreshTokens');
  });
});

describe('sign-in triggers on the hosted UI', () => {
  let poolId: string;
  let webId: string;
  const HOST = 'https://trig-fed.auth.us-east-1.amazoncognito.com';

  beforeAll(async () => {
    const { UserPool } = await t.sim.call<{ UserPool: { Id: string } }>('CreateUserPool', {
      PoolName: 'FedTriggers',
      LambdaConfig: { PreSignUp: t.arn('fed-pre-sign-up'), PreAuthentication: t.arn('fed-pre-auth') },
    });
    poolId = UserPool.Id;
    await t.deploy('fed-pre-sign-up', recording(`if ((event.request.userAttributes.email || '').endsWith('@blocked.example.com')) throw new Error('domain not allowed');`));
    await t.deploy('fed-pre-auth', recording(`if (event.userName === 'locked') throw new Error('account under review');`));
    await t.sim.call('CreateUserPoolDomain', { UserPoolId: poolId, Domain: 'trig-fed' });
    await t.sim.call('CreateIdentityProvider', {
      UserPoolId: poolId,
      ProviderName: 'Google',
      ProviderType: 'Google',
      ProviderDetails: { client_id: 'g', client_secret: 's', authorize_scopes: 'openid email' },
      AttributeMapping: { email: 'email' },
    });
    const c = await t.sim.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', {
      UserPoolId: poolId,
      ClientName: 'web',
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email'],
      CallbackURLs: [CALLBACK],
      SupportedIdentityProviders: ['COGNITO', 'Google'],
    });
    webId = c.UserPoolClient.ClientId;
    await t.sim.call('AdminCreateUser', { UserPoolId: poolId, Username: 'locked', MessageAction: 'SUPPRESS' });
    await t.sim.call('AdminSetUserPassword', { UserPoolId: poolId, Username: 'locked', Password: PASSWORD, Permanent: true });
  });

  it('runs PreSignUp_ExternalProvider on a first federated sign-in', async () => {
    const q = form({ response_type: 'code', client_id: webId, redirect_uri: CALLBACK, identity_provider: 'Google', state: 'f' });
    const back = await t.sim.oauth.handle({ method: 'GET', url: `${HOST}/oauth2/idpresponse?${form({ code: 'Google:maria', state: q })}` });
    expect(location(back).searchParams.get('code')).toBeTruthy();
    const event = t.lastEvent('fed-pre-sign-up') as unknown as { triggerSource: string; userName: string; request: { userAttributes: Record<string, string> } };
    expect(event.triggerSource).toBe('PreSignUp_ExternalProvider');
    expect(event.userName).toMatch(/^Google_/);
    expect(event.request.userAttributes.email).toBe('maria.garcia@example.com');
  });

  it('shows a PreAuthentication refusal on the sign-in page', async () => {
    const q = form({ response_type: 'code', client_id: webId, redirect_uri: CALLBACK });
    const r = await t.sim.oauth.handle({ method: 'POST', url: `${HOST}/login?${q}`, body: form({ username: 'locked', password: PASSWORD }) });
    expect(r.status).toBe(200);
    expect(r.body).toContain('account under review');
    expect((t.lastEvent('fed-pre-auth') as unknown as { triggerSource: string }).triggerSource).toBe('PreAuthentication_Authentication');
  });
});
