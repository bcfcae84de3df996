/**
 * SAML 2.0 sign-in: the strict XML reader, the simulated provider's Response
 * document, and /saml2/idpresponse checking the audience, the times (on the
 * simulated clock), the issuer and the recipient before it maps attributes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../index';
import { parseXml, XmlError } from './samlXml';
import { buildSamlResponse, decodeSamlResponse, encodeSamlResponse, readSamlResponse, SAML_ASSERTION_NS, SIMULATED_ASSERTION_LIFETIME_MS } from './samlAssertion';
import { samlFormOf } from './samlEndpoint';
import { SIMULATED_IDP_USERS } from './identityProviders';
import type { OAuthResponse } from './http';

const CALLBACK = 'https://app.example.com/callback';
const BASE = 'https://saml-demo.auth.us-east-1.amazoncognito.com';
const ACS = `${BASE}/saml2/idpresponse`;
const ENTITY = 'https://idp.corp.example.com/metadata.xml';
const SAML_EMAIL = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress';
const SAML_GIVEN = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname';
const jordan = SIMULATED_IDP_USERS.SAML[0];

describe('the strict XML reader', () => {
  it('reads elements, namespaces, attributes, entities and CDATA', () => {
    const root = parseXml(`<?xml version="1.0"?><!-- c --><a:r xmlns:a="urn:a" x="1 &amp; 2"><a:c>t&lt;x&gt;&#65;<![CDATA[<raw>]]></a:c><d/></a:r>`);
    expect(root).toMatchObject({ local: 'r', ns: 'urn:a', attrs: { x: '1 & 2' } });
    expect(root.children.map((c) => [c.local, c.ns, c.text])).toEqual([
      ['c', 'urn:a', 't<x>A<raw>'],
      ['d', '', ''],
    ]);
  });

  it.each([
    ['a DOCTYPE (entity expansion)', '<!DOCTYPE r [<!ENTITY x "y">]><r>&x;</r>'],
    ['an unknown entity', '<r>&nbsp;</r>'],
    ['a mismatched tag', '<r><a></b></r>'],
    ['an unclosed element', '<r><a>'],
    ['a duplicate attribute', '<r a="1" a="2"/>'],
    ['an unbound prefix', '<p:r/>'],
    ['two roots', '<r/><s/>'],
    ['text after the root', '<r/>x'],
    ['a processing instruction', '<r><?pi x?></r>'],
    ['a bare ampersand', '<r>a & b</r>'],
  ])('refuses %s', (_, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlError);
  });
});

describe('reading a Response', () => {
  const now = Date.UTC(2026, 10, 22, 6, 0, 0);
  const input = { responseId: '_r1', assertionId: '_a1', issuer: ENTITY, destination: ACS, audience: 'urn:amazon:cognito:sp:us-east-1_Test', nameId: 'j@corp.example.com', attributes: { [SAML_EMAIL]: 'j@corp.example.com', groups: ['a', 'b'] }, now };
  const expectation = { issuer: ENTITY, audience: 'urn:amazon:cognito:sp:us-east-1_Test', acsUrl: ACS, now };

  it('round-trips through base64 and reads NameID, attributes and the validity window', () => {
    const xml = buildSamlResponse(input);
    expect(decodeSamlResponse(encodeSamlResponse(xml))).toBe(xml);
    const a = readSamlResponse(xml, expectation);
    expect(a).toEqual({ issuer: ENTITY, nameId: 'j@corp.example.com', attributes: { [SAML_EMAIL]: ['j@corp.example.com'], groups: ['a', 'b'] }, notBefore: now, notOnOrAfter: now + SIMULATED_ASSERTION_LIFETIME_MS });
    expect(parseXml(xml).children.find((c) => c.local === 'Assertion')!.ns).toBe(SAML_ASSERTION_NS);
  });

  it.each([
    ['another audience', { audience: 'urn:amazon:cognito:sp:us-east-1_Other' }, /audience/],
    ['another issuer', { issuer: 'https://evil.example.com' }, /Issuer/],
    ['another recipient', { destination: 'https://elsewhere.example.com/saml2/idpresponse' }, /Destination|Recipient/],
  ])('refuses %s', (_, change, reason) => {
    expect(() => readSamlResponse(buildSamlResponse({ ...input, ...change }), expectation)).toThrow(reason);
  });

  it('refuses an assertion before NotBefore and at NotOnOrAfter', () => {
    const xml = buildSamlResponse(input);
    expect(() => readSamlResponse(xml, { ...expectation, now: now - 1 })).toThrow(/not valid before/);
    expect(() => readSamlResponse(xml, { ...expectation, now: now + SIMULATED_ASSERTION_LIFETIME_MS })).toThrow(/expired/);
  });

  it('refuses a failed status and a second assertion', () => {
    const xml = buildSamlResponse(input);
    expect(() => readSamlResponse(xml.replace(':status:Success', ':status:Requester'), expectation)).toThrow(/status/);
    const a = /<saml2:Assertion[\s\S]*<\/saml2:Assertion>/.exec(xml)![0];
    expect(() => readSamlResponse(xml.replace(a, a + a), expectation)).toThrow(/exactly one Assertion/);
  });
});

describe('SAML sign-in through the hosted UI', () => {
  let sim: Simulator;
  let clock: SimulatedClock;
  let poolId: string;
  let clientId: string;
  const location = (r: OAuthResponse) => new URL(r.headers.Location);
  const post = (url: string, body: Record<string, string>) => sim.oauth.handle({ method: 'POST', url, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body).toString() });

  /** authorize → simulated IdP → its POST form. */
  async function samlForm(params: Record<string, string>) {
    const start = await sim.oauth.handle({ method: 'GET', url: `${BASE}/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: CALLBACK, scope: 'openid email', state: 'st', ...params })}` });
    const page = await post(location(start).href, { user: jordan.id });
    expect(page.status).toBe(200);
    return samlFormOf(page.body)!;
  }

  beforeAll(async () => {
    clock = new SimulatedClock();
    sim = createSimulator({ clock, random: seededRandom('saml') });
    poolId = (await sim.call<{ UserPool: { Id: string } }>('CreateUserPool', { PoolName: 'Saml' })).UserPool.Id;
    await sim.call('CreateUserPoolDomain', { UserPoolId: poolId, Domain: 'saml-demo' });
    await sim.call('CreateIdentityProvider', {
      UserPoolId: poolId,
      ProviderName: 'CorpSAML',
      ProviderType: 'SAML',
      ProviderDetails: { MetadataURL: ENTITY },
      AttributeMapping: { email: SAML_EMAIL, given_name: SAML_GIVEN },
      IdpIdentifiers: ['corp.example.com'],
    });
    clientId = (
      await sim.call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', {
        UserPoolId: poolId,
        ClientName: 'web',
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid', 'email', 'profile'],
        CallbackURLs: [CALLBACK],
        SupportedIdentityProviders: ['CorpSAML'],
      })
    ).UserPoolClient.ClientId;
  });

  it('posts a real SAML Response with the pool audience and simulated-clock times, then signs in with mapped attributes', async () => {
    const form = await samlForm({ idp_identifier: 'corp.example.com' });
    expect(form.action).toBe(ACS);
    const xml = decodeSamlResponse(form.SAMLResponse);
    expect(xml).toContain(`<saml2:Audience>urn:amazon:cognito:sp:${poolId}</saml2:Audience>`);
    expect(xml).toContain(`<saml2:Issuer>${ENTITY}</saml2:Issuer>`);
    expect(xml).toContain(`NotBefore="${new Date(clock.now()).toISOString()}"`);
    expect(xml).toContain(`>${String(jordan.claims.NameID)}</saml2:NameID>`);

    const back = await post(ACS, { SAMLResponse: form.SAMLResponse, RelayState: form.RelayState });
    const cb = location(back);
    expect(cb.origin + cb.pathname).toBe(CALLBACK);
    expect(cb.searchParams.get('state')).toBe('st');
    const t = await post(`${BASE}/oauth2/token`, { grant_type: 'authorization_code', client_id: clientId, code: cb.searchParams.get('code')!, redirect_uri: CALLBACK });
    const id = decodeJwt((JSON.parse(t.body) as Record<string, string>).id_token);
    expect(id['cognito:username']).toBe(`CorpSAML_${String(jordan.claims.NameID)}`);
    expect(id.email).toBe(jordan.claims[SAML_EMAIL]);
    expect(id.given_name).toBe(jordan.claims[SAML_GIVEN]);
    expect(id.identities).toEqual([expect.objectContaining({ userId: jordan.claims.NameID, providerName: 'CorpSAML', providerType: 'SAML' })]);
  });

  it('refuses a response posted after the assertion expired (the simulated clock moved on)', async () => {
    const form = await samlForm({ identity_provider: 'CorpSAML' });
    clock.advance(SIMULATED_ASSERTION_LIFETIME_MS);
    const back = location(await post(ACS, { SAMLResponse: form.SAMLResponse, RelayState: form.RelayState }));
    expect(back.searchParams.get('error')).toBe('server_error');
    expect(back.searchParams.get('error_description')).toMatch(/^Invalid SAML response received: The assertion expired/);
    expect(back.searchParams.get('code')).toBeNull();
  });

  it('refuses a tampered audience, and a response without a valid RelayState', async () => {
    const form = await samlForm({ identity_provider: 'CorpSAML' });
    const tampered = decodeSamlResponse(form.SAMLResponse).replace(`urn:amazon:cognito:sp:${poolId}`, 'urn:amazon:cognito:sp:us-east-1_Other');
    const back = location(await post(ACS, { SAMLResponse: encodeSamlResponse(tampered), RelayState: form.RelayState }));
    expect(back.searchParams.get('error_description')).toMatch(/audience/);
    const noRelay = await post(ACS, { SAMLResponse: form.SAMLResponse });
    expect(noRelay.status).toBe(400);
    expect(noRelay.body).toContain('Invalid samlResponse or relayState from identity provider');
  });

  it('does not accept a SAML provider through /oauth2/idpresponse', async () => {
    const state = new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: CALLBACK, identity_provider: 'CorpSAML' }).toString();
    const r = await sim.oauth.handle({ method: 'GET', url: `${BASE}/oauth2/idpresponse?${new URLSearchParams({ code: `CorpSAML:${jordan.id}`, state })}` });
    expect(location(r).searchParams.get('error')).toBe('invalid_request');
  });
});
