/**
 * The pure side of the client-credentials and SAML panels: pool setup through
 * the engine's operations, and the requests each flow sends to the engine's
 * OAuth endpoints. No React, no DOM: it runs under Vitest against a real
 * in-process engine.
 */
import { CALLBACK_URL, domainPrefixFor, FORM_TYPE, locationOf, readHostedPage, type CallFn, type Handle, type HttpRequest, type HttpResponse } from './hostedUi';

type Result<T> = { ok: true; value: T } | { ok: false; error: { name: string; message: string } };

/** The resource server the machine-to-machine setup creates. */
export const M2M_RESOURCE_SERVER = 'orders';
export const M2M_SCOPES = [`${M2M_RESOURCE_SERVER}/read`, `${M2M_RESOURCE_SERVER}/write`] as const;
export const M2M_CLIENT_NAME = 'machine-client';

/** The SAML provider the federation setup creates, chosen by name or by its identifier. */
export const SAML_PROVIDER = 'CorpSAML';
export const SAML_IDENTIFIER = 'corp.example.com';
export const SAML_CLIENT_NAME = 'federation-app';
/** SAML attribute names the simulated provider sends (the claims URIs many providers use). */
export const SAML_ATTRIBUTE_MAPPING: Readonly<Record<string, string>> = {
  email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
  given_name: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname',
  family_name: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname',
};

/** The pool's Cognito domain (the same prefix the hosted-UI setup uses), created when missing. */
export async function ensureDomain(call: CallFn, userPoolId: string, region: string): Promise<Result<string>> {
  const domain = domainPrefixFor(userPoolId);
  const created = await call('CreateUserPoolDomain', { UserPoolId: userPoolId, Domain: domain });
  if (!created.ok) {
    const existing = await call('DescribeUserPoolDomain', { Domain: domain });
    const owner = existing.ok ? (existing.value as { DomainDescription?: { UserPoolId?: string } }).DomainDescription?.UserPoolId : undefined;
    if (owner !== userPoolId) return created;
  }
  return { ok: true, value: `https://${domain}.auth.${region}.amazoncognito.com` };
}

export interface M2MSetup {
  base: string;
  clientId: string;
  clientSecret: string;
}

/**
 * A resource server `orders` with scopes read and write (kept if present) and
 * a confidential app client allowed only the client-credentials grant (reused
 * when one of that name exists).
 */
export async function configureM2M(call: CallFn, p: { userPoolId: string; region: string }): Promise<Result<M2MSetup>> {
  const base = await ensureDomain(call, p.userPoolId, p.region);
  if (!base.ok) return base;
  const rs = await call('CreateResourceServer', {
    UserPoolId: p.userPoolId,
    Identifier: M2M_RESOURCE_SERVER,
    Name: 'Orders API',
    Scopes: [
      { ScopeName: 'read', ScopeDescription: 'Read orders' },
      { ScopeName: 'write', ScopeDescription: 'Create and change orders' },
    ],
  });
  if (!rs.ok && !(await call('DescribeResourceServer', { UserPoolId: p.userPoolId, Identifier: M2M_RESOURCE_SERVER })).ok) return rs;
  const list = await call('ListUserPoolClients', { UserPoolId: p.userPoolId, MaxResults: 60 });
  const existing = list.ok ? (list.value as { UserPoolClients?: Array<{ ClientId: string; ClientName: string }> }).UserPoolClients?.find((c) => c.ClientName === M2M_CLIENT_NAME) : undefined;
  const client = existing
    ? await call('DescribeUserPoolClient', { UserPoolId: p.userPoolId, ClientId: existing.ClientId })
    : await call('CreateUserPoolClient', {
        UserPoolId: p.userPoolId,
        ClientName: M2M_CLIENT_NAME,
        GenerateSecret: true,
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthFlows: ['client_credentials'],
        AllowedOAuthScopes: [...M2M_SCOPES],
      });
  if (!client.ok) return client;
  const c = (client.value as { UserPoolClient: { ClientId: string; ClientSecret: string } }).UserPoolClient;
  return { ok: true, value: { base: base.value, clientId: c.ClientId, clientSecret: c.ClientSecret } };
}

/** The client-credentials token request: HTTP Basic client authentication (client_secret_basic), the scopes in the form. */
export function clientCredentialsRequest(s: M2MSetup, scopes: readonly string[]): HttpRequest {
  const body = new URLSearchParams({ grant_type: 'client_credentials' });
  if (scopes.length) body.set('scope', scopes.join(' '));
  return {
    method: 'POST',
    url: `${s.base}/oauth2/token`,
    headers: { 'Content-Type': FORM_TYPE, Authorization: `Basic ${btoa(`${s.clientId}:${s.clientSecret}`)}` },
    body: body.toString(),
  };
}

export interface SamlSetup {
  base: string;
  clientId: string;
}

/**
 * A SAML identity provider `CorpSAML` (SIMULATED: its metadata URL is never
 * fetched) with identifier corp.example.com and an attribute mapping for
 * email and names, and a public app client for the code grant that offers it.
 */
export async function configureSaml(call: CallFn, p: { userPoolId: string; region: string }): Promise<Result<SamlSetup>> {
  const base = await ensureDomain(call, p.userPoolId, p.region);
  if (!base.ok) return base;
  const idp = await call('CreateIdentityProvider', {
    UserPoolId: p.userPoolId,
    ProviderName: SAML_PROVIDER,
    ProviderType: 'SAML',
    ProviderDetails: { MetadataURL: 'https://idp.corp.example.com/metadata.xml' },
    AttributeMapping: { ...SAML_ATTRIBUTE_MAPPING },
    IdpIdentifiers: [SAML_IDENTIFIER],
  });
  if (!idp.ok && idp.error.name !== 'DuplicateProviderException') return idp;
  const client = await call('CreateUserPoolClient', {
    UserPoolId: p.userPoolId,
    ClientName: SAML_CLIENT_NAME,
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthFlows: ['code'],
    AllowedOAuthScopes: ['openid', 'email', 'profile'],
    CallbackURLs: [CALLBACK_URL],
    SupportedIdentityProviders: ['COGNITO', SAML_PROVIDER],
  });
  if (!client.ok) return client;
  return { ok: true, value: { base: base.value, clientId: (client.value as { UserPoolClient: { ClientId: string } }).UserPoolClient.ClientId } };
}

/** How the app names the provider: `identity_provider=CorpSAML` or `idp_identifier=corp.example.com`. */
export type ProviderSelection = 'identity_provider' | 'idp_identifier';

/** The authorization request of the SAML sign-in. */
export function samlAuthorizeUrl(s: SamlSetup, selection: ProviderSelection, state: string): string {
  const q = new URLSearchParams({ response_type: 'code', client_id: s.clientId, redirect_uri: CALLBACK_URL, scope: 'openid email profile', state });
  if (selection === 'identity_provider') q.set('identity_provider', SAML_PROVIDER);
  else q.set('idp_identifier', SAML_IDENTIFIER);
  return `${s.base}/oauth2/authorize?${q.toString()}`;
}

/** One request and its answer, for the panel's list of hops. */
export interface SamlHop {
  request: HttpRequest;
  response: HttpResponse;
}

/** Follows redirects from `req` until a page or the app's callback; returns the hops and where it stopped. */
export async function follow(handle: Handle, req: HttpRequest): Promise<{ hops: SamlHop[]; url: string; page?: HttpResponse }> {
  const hops: SamlHop[] = [];
  let current = req;
  for (let i = 0; i < 8; i++) {
    const response = await handle(current);
    hops.push({ request: current, response });
    const next = locationOf(response);
    if (!next) return { hops, url: current.url, page: response };
    if (next.split(/[?#]/)[0] === CALLBACK_URL) return { hops, url: next };
    current = { method: 'GET', url: next };
  }
  throw new Error('Too many redirects.');
}

/** The test users a simulated provider page offers. */
export const idpUsersOf = (page: HttpResponse): ReturnType<typeof readHostedPage>['idpUsers'] => readHostedPage(page.body).idpUsers;

/** The SAML POST form of the provider's answer page (HTTP-POST binding): where it posts, SAMLResponse and RelayState. */
export function samlPostForm(html: string): { action: string; samlResponse: string; relayState: string } | undefined {
  const form = /<form method="post" action="([^"]*)" data-saml-post>([\s\S]*?)<\/form>/.exec(html);
  if (!form) return undefined;
  const value = (name: string) => /value="([^"]*)"/.exec(new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(form[2])?.[0] ?? '')?.[1];
  const unescape = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
  const saml = value('SAMLResponse');
  const relay = value('RelayState');
  if (saml === undefined || relay === undefined) return undefined;
  return { action: unescape(form[1]), samlResponse: unescape(saml), relayState: unescape(relay) };
}

/** The XML inside a SAMLResponse field (base64 of UTF-8). */
export function decodeBase64Xml(field: string): string {
  const bin = atob(field);
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** The attributes an assertion carries, read with a regular expression (for display only; the engine parses strictly). */
export function assertionAttributes(xml: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of xml.matchAll(/<saml2:Attribute Name="([^"]*)"[^>]*>([\s\S]*?)<\/saml2:Attribute>/g)) {
    out[m[1]] = [...m[2].matchAll(/<saml2:AttributeValue>([\s\S]*?)<\/saml2:AttributeValue>/g)].map((v) => v[1]).join(',');
  }
  const nameId = /<saml2:NameID[^>]*>([\s\S]*?)<\/saml2:NameID>/.exec(xml)?.[1];
  if (nameId !== undefined) out.NameID = nameId;
  return out;
}

/** The authorization code grant's token request for the SAML app client (public: no secret, no PKCE in this demo). */
export function samlTokenRequest(s: SamlSetup, code: string): HttpRequest {
  return {
    method: 'POST',
    url: `${s.base}/oauth2/token`,
    headers: { 'Content-Type': FORM_TYPE },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: s.clientId, code, redirect_uri: CALLBACK_URL }).toString(),
  };
}
