import { beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../../../simulator';
import { CALLBACK_URL, type CallFn, type Handle } from './hostedUi';
import {
  assertionAttributes,
  clientCredentialsRequest,
  configureM2M,
  configureSaml,
  decodeBase64Xml,
  follow,
  idpUsersOf,
  M2M_SCOPES,
  SAML_ATTRIBUTE_MAPPING,
  samlAuthorizeUrl,
  samlPostForm,
  samlTokenRequest,
} from './federationFlows';

let sim: Simulator;
let call: CallFn;
let handle: Handle;
let poolId: string;

beforeAll(async () => {
  sim = createSimulator({ clock: new SimulatedClock(), random: seededRandom('federation-flows') });
  call = async (op, input) => {
    try {
      return { ok: true, value: await sim.call(op, input) };
    } catch (e) {
      return { ok: false, error: { name: (e as Error).name, message: (e as Error).message } };
    }
  };
  handle = (req) => sim.oauth.handle(req);
  poolId = (await sim.call<{ UserPool: { Id: string } }>('CreateUserPool', { PoolName: 'Flows' })).UserPool.Id;
});

describe('client credentials', () => {
  it('sets up a resource server and a confidential client (twice without error) and gets an M2M token with the custom scope', async () => {
    const first = await configureM2M(call, { userPoolId: poolId, region: sim.region });
    const again = await configureM2M(call, { userPoolId: poolId, region: sim.region });
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.value.clientId).toBe(first.value.clientId);
    const r = await handle(clientCredentialsRequest(first.value, [M2M_SCOPES[0]]));
    expect(r.status).toBe(200);
    const access = decodeJwt((JSON.parse(r.body) as { access_token: string }).access_token);
    expect(access.scope).toBe(M2M_SCOPES[0]);
    expect(access.sub).toBe(first.value.clientId);
    expect(access.username).toBeUndefined();
  });
});

describe('SAML sign-in', () => {
  it.each(['identity_provider', 'idp_identifier'] as const)('goes from /oauth2/authorize (%s) to the provider, posts the assertion and lands on the callback', async (selection) => {
    const setup = await configureSaml(call, { userPoolId: poolId, region: sim.region });
    expect(setup.ok).toBe(true);
    if (!setup.ok) return;
    const toIdp = await follow(handle, { method: 'GET', url: samlAuthorizeUrl(setup.value, selection, 'xyz') });
    expect(new URL(toIdp.url).pathname).toBe('/simulated-idp/authorize');
    const [user] = idpUsersOf(toIdp.page!);
    const posted = await follow(handle, { method: 'POST', url: user.action, body: new URLSearchParams({ user: user.id }).toString() });
    const form = samlPostForm(posted.page!.body)!;
    expect(new URL(form.action).pathname).toBe('/saml2/idpresponse');
    const xml = decodeBase64Xml(form.samlResponse);
    const attrs = assertionAttributes(xml);
    expect(attrs[SAML_ATTRIBUTE_MAPPING.given_name]).toBe('Jordan');
    const back = await follow(handle, { method: 'POST', url: form.action, body: new URLSearchParams({ SAMLResponse: form.samlResponse, RelayState: form.relayState }).toString() });
    const cb = new URL(back.url);
    expect(`${cb.origin}${cb.pathname}`).toBe(CALLBACK_URL);
    const t = await handle(samlTokenRequest(setup.value, cb.searchParams.get('code')!));
    const id = decodeJwt((JSON.parse(t.body) as { id_token: string }).id_token);
    expect(id.family_name).toBe(attrs[SAML_ATTRIBUTE_MAPPING.family_name]);
    expect(id.email).toBe(attrs[SAML_ATTRIBUTE_MAPPING.email]);
  });
});
