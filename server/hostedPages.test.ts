/**
 * The hosted sign-up pages over HTTP through `npm run endpoint`: /signup is
 * served on its real path on a domain host, its form posts a SignUp, /confirm
 * takes the emailed code and the browser lands on the callback with a code
 * and the original `state`.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CreateUserPoolClientCommand, CreateUserPoolCommand, CreateUserPoolDomainCommand } from '@aws-sdk/client-cognito-identity-provider';
import { startEndpoint, type RunningEndpoint } from './endpoint';
import { httpSdkClient, rawRequest } from './testHelpers';

const CALLBACK = 'http://localhost:5173/callback';
let ep: RunningEndpoint;
let clientId: string;
const host = () => `hosted-http.localhost:${new URL(ep.url).port}`;

beforeAll(async () => {
  ep = await startEndpoint({ port: 0 });
  const idp = httpSdkClient(ep.url);
  const poolId = (await idp.send(new CreateUserPoolCommand({ PoolName: 'hosted-http', AutoVerifiedAttributes: ['email'] }))).UserPool!.Id!;
  await idp.send(new CreateUserPoolDomainCommand({ UserPoolId: poolId, Domain: 'hosted-http' }));
  const c = await idp.send(
    new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'web', AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['code'], AllowedOAuthScopes: ['openid'], CallbackURLs: [CALLBACK], SupportedIdentityProviders: ['COGNITO'] }),
  );
  clientId = c.UserPoolClient!.ClientId!;
});

afterAll(async () => {
  await ep?.close();
});

it('serves /signup and /confirm on the endpoint and ends on the callback with the state', async () => {
  const q = new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: CALLBACK, state: 'http-state' });
  const page = await rawRequest(ep.url, { path: `/signup?${q}`, headers: { Host: host() } });
  expect(page.status).toBe(200);
  expect(page.headers['content-type']).toContain('text/html');
  expect(page.body).toContain('<label for="hosted-username">Username</label>');

  const form = new URLSearchParams({ username: 'http-user', 'userAttributes.email': 'http-user@example.com', password: 'Http-Passw0rd!' }).toString();
  const created = await rawRequest(ep.url, { method: 'POST', path: `/signup?${q}`, headers: { Host: host(), 'Content-Type': 'application/x-www-form-urlencoded' }, body: form });
  expect(created.status).toBe(302);
  const confirmUrl = new URL(String(created.headers.location));
  expect(confirmUrl.pathname).toBe('/confirm');
  const cookie = String(created.headers['set-cookie']?.[0] ?? '').split(';')[0];

  const code = [...ep.sim.outbox].reverse().find((m) => m.username === 'http-user')?.code ?? '';
  const done = await rawRequest(ep.url, {
    method: 'POST',
    path: `${confirmUrl.pathname}${confirmUrl.search}`,
    headers: { Host: host(), Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'http-user', code }).toString(),
  });
  expect(done.status).toBe(302);
  const back = new URL(String(done.headers.location));
  expect(`${back.origin}${back.pathname}`).toBe(CALLBACK);
  expect(back.searchParams.get('state')).toBe('http-state');
  expect(back.searchParams.get('code')).toBeTruthy();
});
