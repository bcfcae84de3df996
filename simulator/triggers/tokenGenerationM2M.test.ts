/**
 * Pre token generation V3_0 on machine-to-machine tokens (the client-credentials
 * grant at /oauth2/token): the trigger adds claims and scopes to the access
 * token; V2_0 functions and pools on the Lite plan do not get the event.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { recording, triggerSandbox, type TriggerSandbox } from '../../test/support/triggers';

const form = (body: Record<string, string>) => new URLSearchParams(body).toString();

let t: TriggerSandbox;

const HANDLER = recording(`
  event.response = {
    claimsAndScopeOverrideDetails: {
      idTokenGeneration: { claimsToAddOrOverride: { ignored: 'no id token here' } },
      accessTokenGeneration: {
        claimsToAddOrOverride: { tenant: event.request.clientMetadata ? event.request.clientMetadata.tenant : 'none', sub: 'forged', client_id: 'forged' },
        scopesToAdd: ['orders/audit'],
        scopesToSuppress: ['orders/write'],
      },
    },
  };`);

/** A pool with a resource server and a confidential M2M client; returns the token endpoint caller. */
async function m2mPool(name: string, domain: string, version: 'V2_0' | 'V3_0', tier?: 'LITE' | 'ESSENTIALS') {
  const { UserPool } = await t.sim.call<{ UserPool: { Id: string } }>('CreateUserPool', {
    PoolName: name,
    ...(tier ? { UserPoolTier: tier } : {}),
    LambdaConfig: { PreTokenGenerationConfig: { LambdaVersion: version, LambdaArn: t.arn(`m2m-${name}`) }, PreTokenGeneration: t.arn(`m2m-${name}`) },
  });
  await t.deploy(`m2m-${name}`, HANDLER);
  await t.sim.call('CreateUserPoolDomain', { UserPoolId: UserPool.Id, Domain: domain });
  await t.sim.call('CreateResourceServer', {
    UserPoolId: UserPool.Id,
    Identifier: 'orders',
    Name: 'Orders API',
    Scopes: [
      { ScopeName: 'read', ScopeDescription: 'Read orders' },
      { ScopeName: 'write', ScopeDescription: 'Write orders' },
    ],
  });
  const c = await t.sim.call<{ UserPoolClient: { ClientId: string; ClientSecret: string } }>('CreateUserPoolClient', {
    UserPoolId: UserPool.Id,
    ClientName: 'machine',
    GenerateSecret: true,
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthFlows: ['client_credentials'],
    AllowedOAuthScopes: ['orders/read', 'orders/write'],
  });
  const { ClientId, ClientSecret } = c.UserPoolClient;
  const host = `https://${domain}.auth.us-east-1.amazoncognito.com`;
  return (extra: Record<string, string> = {}) =>
    t.sim.oauth.handle({
      method: 'POST',
      url: `${host}/oauth2/token`,
      headers: { Authorization: `Basic ${btoa(`${ClientId}:${ClientSecret}`)}` },
      body: form({ grant_type: 'client_credentials', scope: 'orders/read orders/write', ...extra }),
    });
}

beforeAll(() => {
  t = triggerSandbox('m2m-pre-token');
});

describe('pre token generation V3_0 on the client-credentials grant', () => {
  it('adds claims and scopes to the M2M access token, with the V3 event shape and aws_client_metadata', async () => {
    const token = await m2mPool('V3', 'm2m-demo', 'V3_0');
    const r = await token({ aws_client_metadata: JSON.stringify({ tenant: 'acme' }) });
    expect(r.status).toBe(200);
    const body = JSON.parse(r.body) as Record<string, string>;
    expect(body.id_token).toBeUndefined();
    const access = decodeJwt(body.access_token);
    expect(access.tenant).toBe('acme');
    expect(access.scope).toBe('orders/read orders/audit');
    // Identifying claims stay as Cognito wrote them; there is still no user.
    expect(access.sub).toBe(access.client_id);
    expect(access.sub).not.toBe('forged');
    expect(access.username).toBeUndefined();
    expect(access.ignored).toBeUndefined();

    const event = t.lastEvent('m2m-V3') as unknown as { version: string; triggerSource: string; callerContext: { clientId: string }; request: Record<string, unknown> };
    expect(event.version).toBe('3');
    expect(event.triggerSource).toBe('TokenGeneration_ClientCredentials');
    expect(event.callerContext.clientId).toBe(access.client_id);
    expect(event.request.scopes).toEqual(['orders/read', 'orders/write']);
    expect(event.request.clientMetadata).toEqual({ tenant: 'acme' });
    expect(event.request.userAttributes).toEqual({});
  });

  it('refuses aws_client_metadata that is not a JSON object of strings', async () => {
    const token = await m2mPool('V3b', 'm2m-meta', 'V3_0');
    const r = await token({ aws_client_metadata: '[1,2]' });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error).toBe('invalid_request');
  });

  it('does not invoke a V2_0 function for client credentials', async () => {
    const token = await m2mPool('V2', 'm2m-vtwo', 'V2_0');
    const r = await token();
    const access = decodeJwt((JSON.parse(r.body) as Record<string, string>).access_token);
    expect(access.scope).toBe('orders/read orders/write');
    expect(access.tenant).toBeUndefined();
    expect(t.events('m2m-V2')).toEqual([]);
  });

  it('does not invoke it on the Lite plan (V3_0 needs Essentials or Plus)', async () => {
    const token = await m2mPool('Lite', 'm2m-lite', 'V3_0', 'LITE');
    const r = await token();
    expect(r.status).toBe(200);
    expect(decodeJwt((JSON.parse(r.body) as Record<string, string>).access_token).tenant).toBeUndefined();
    expect(t.events('m2m-Lite')).toEqual([]);
  });

  it('fails the token request when the trigger throws', async () => {
    const token = await m2mPool('Throws', 'm2m-throws', 'V3_0');
    await t.deploy('m2m-Throws', `export const handler = async () => { throw new Error('no machine tokens today'); };`);
    const r = await token();
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ error: 'invalid_request', error_description: expect.stringContaining('no machine tokens today') });
  });
});
