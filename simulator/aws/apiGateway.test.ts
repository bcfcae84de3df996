/**
 * A REST API behind a Cognito user pools authorizer: ID tokens for methods
 * without scopes, access tokens with one of the method's scopes otherwise,
 * checked against the pool's JWKS on the simulated clock.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../index';
import { createConfirmedUser, createPoolAndClient, passwordSignIn } from '../../test/support/flows';
import { LIFETIMES, MINUTE_MS } from '../facts';

const PASSWORD = 'Corr3ct-Horse!';
const HOST = 'https://gateway-demo.auth.us-east-1.amazoncognito.com';

describe('API Gateway Cognito user pools authorizer', () => {
  const clock = new SimulatedClock();
  let sim: Simulator;
  let apiId: string;
  let clientId: string;
  let m2m: { id: string; secret: string };

  const call = (httpMethod: string, path: string, token?: string) =>
    sim.aws.apiGateway.invoke({ apiId, httpMethod, path, headers: token === undefined ? {} : { Authorization: token } });
  const clientToken = async (scope: string) => {
    const r = await sim.oauth.handle({
      method: 'POST',
      url: `${HOST}/oauth2/token`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Basic ${btoa(`${m2m.id}:${m2m.secret}`)}` },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope }).toString(),
    });
    expect(r.status).toBe(200);
    return (JSON.parse(r.body) as { access_token: string }).access_token;
  };

  beforeAll(async () => {
    sim = createSimulator({ clock, random: seededRandom('api-gateway') });
    const up = await createPoolAndClient(sim);
    clientId = up.clientId;
    await createConfirmedUser(sim, up.poolId, 'alice', PASSWORD, { email: 'alice@example.com' });
    await sim.call('CreateUserPoolDomain', { UserPoolId: up.poolId, Domain: 'gateway-demo' });
    await sim.call('CreateResourceServer', {
      UserPoolId: up.poolId,
      Identifier: 'photos',
      Name: 'Photos API',
      Scopes: [
        { ScopeName: 'read', ScopeDescription: 'Read photos' },
        { ScopeName: 'write', ScopeDescription: 'Upload photos' },
      ],
    });
    const c = await sim.call<{ UserPoolClient: { ClientId: string; ClientSecret: string } }>('CreateUserPoolClient', {
      UserPoolId: up.poolId,
      ClientName: 'uploader',
      GenerateSecret: true,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthScopes: ['photos/read', 'photos/write'],
    });
    m2m = { id: c.UserPoolClient.ClientId, secret: c.UserPoolClient.ClientSecret };
    ({ id: apiId } = await sim.aws.apiGateway.createRestApi({
      name: 'photos',
      userPoolIds: [up.poolId],
      methods: [
        { httpMethod: 'GET', path: '/profile' },
        { httpMethod: 'POST', path: '/photos', authorizationScopes: ['photos/write'] },
        { httpMethod: 'GET', path: '/health', authorizationType: 'NONE' },
      ],
    }));
  });

  it('a method without scopes takes a valid ID token (200, claims as strings) and refuses an access token (401)', async () => {
    const tokens = await passwordSignIn(sim, clientId, 'alice', PASSWORD);
    const ok = await call('GET', '/profile', tokens.IdToken);
    expect(ok.statusCode).toBe(200);
    expect(ok.body.claims?.email).toBe('alice@example.com');
    expect(ok.body.claims?.aud).toBe(clientId);
    expect(typeof ok.body.claims?.exp).toBe('string');
    const access = await call('GET', '/profile', `Bearer ${tokens.AccessToken}`);
    expect([access.statusCode, access.body]).toEqual([401, { message: 'Unauthorized' }]);
    expect(access.reason).toMatch(/needs an ID token/);
  });

  it('missing, malformed and forged tokens get 401 Unauthorized', async () => {
    expect((await call('GET', '/profile')).statusCode).toBe(401);
    expect((await call('GET', '/profile', 'not-a-jwt')).reason).toMatch(/not a JWT/);
    const idToken = (await passwordSignIn(sim, clientId, 'alice', PASSWORD)).IdToken;
    const [h, p] = idToken.split('.');
    const payload = JSON.parse(atob(p.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    const forgedPayload = btoa(JSON.stringify({ ...payload, email: 'mallory@example.com' })).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    const forged = await call('GET', '/profile', `${h}.${forgedPayload}.${idToken.split('.')[2]}`);
    expect([forged.statusCode, forged.reason]).toEqual([401, "The token's signature does not verify against the user pool's JWKS."]);
    const other = createSimulator({ clock, random: seededRandom('elsewhere') });
    const otherPool = await createPoolAndClient(other);
    await createConfirmedUser(other, otherPool.poolId, 'eve', PASSWORD);
    const foreign = await call('GET', '/profile', (await passwordSignIn(other, otherPool.clientId, 'eve', PASSWORD)).IdToken);
    expect([foreign.statusCode, foreign.reason]).toEqual([401, 'The token was not issued by a user pool of this authorizer.']);
  });

  it('a method with scopes needs an access token with one of them: 200, else 403; an ID token is 401', async () => {
    expect((await call('POST', '/photos', await clientToken('photos/write'))).statusCode).toBe(200);
    const readOnly = await call('POST', '/photos', await clientToken('photos/read'));
    expect(readOnly.statusCode).toBe(403);
    expect(readOnly.reason).toMatch(/none of the method's scopes \(photos\/write\)/);
    const id = await call('POST', '/photos', (await passwordSignIn(sim, clientId, 'alice', PASSWORD)).IdToken);
    expect([id.statusCode, id.reason]).toEqual([401, 'The method has authorization scopes, so it needs an access token; this is an ID token.']);
  });

  it('tokens expire on the simulated clock (ID token validity: 60 minutes by default)', async () => {
    const { IdToken } = await passwordSignIn(sim, clientId, 'alice', PASSWORD);
    const validity = LIFETIMES.idToken.value.default * MINUTE_MS;
    clock.advance(validity - MINUTE_MS);
    expect((await call('GET', '/profile', IdToken)).statusCode).toBe(200);
    clock.advance(MINUTE_MS);
    const expired = await call('GET', '/profile', IdToken);
    expect([expired.statusCode, expired.body, expired.reason]).toEqual([401, { message: 'Unauthorized' }, 'The token has expired.']);
  });

  it('methods without an authorizer are open; unknown routes get 403 Missing Authentication Token', async () => {
    expect((await call('GET', '/health')).statusCode).toBe(200);
    const missing = await call('DELETE', '/profile');
    expect([missing.statusCode, missing.body]).toEqual([403, { message: 'Missing Authentication Token' }]);
  });
});
