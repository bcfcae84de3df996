/**
 * SAML sign-in through the hosted UI (HTTP-POST binding):
 * /oauth2/authorize?identity_provider=<SAML provider> → the simulated
 * provider's page (`/simulated-idp/authorize`) → the provider answers with an
 * HTML form holding `SAMLResponse` (base64 of the Response XML) and
 * `RelayState` → the browser posts it to `/saml2/idpresponse`, where Cognito
 * checks the assertion, maps its attributes by the provider's
 * AttributeMapping and signs the user in.
 *
 * SIMULATED: the RelayState is the original authorization request's query
 * string (real Cognito sends an opaque value and keeps the request itself),
 * no SAMLRequest (AuthnRequest) is sent to the provider, and the response is
 * not signed (see `samlAssertion.ts`).
 */
import type { OperationContext } from '../core/context';
import type { UserPool } from '../core/model';
import { randomUuid } from '../core/random';
import { checkAuthorize } from './authorize';
import { signInWithProvider } from './federation';
import { escapeHtml as e, formOf, htmlResponse, redirect, withParams, type OAuthRequest, type OAuthResponse } from './http';
import type { SimulatedIdpUser } from './identityProviders';
import { IDP_MESSAGES } from './messages';
import type { IdentityProviderRecord } from './model';
import { errorPage, STYLE } from './pages';
import { buildSamlResponse, decodeSamlResponse, encodeSamlResponse, readSamlResponse, samlAudience, samlClaims, SamlError, samlIssuerOf } from './samlAssertion';

/** The assertion consumer service of a Cognito domain. */
export const samlAcsUrl = (base: string): string => `${base}/saml2/idpresponse`;

/** Cognito's page for a SAML answer it cannot tie to an authorization request (observed wording). */
const INVALID_RELAY = 'Invalid samlResponse or relayState from identity provider';

/** The SAML Response the simulated provider writes for a test user (now, on the simulated clock). */
export function simulatedSamlResponse(ctx: OperationContext, pool: UserPool, provider: IdentityProviderRecord, user: SimulatedIdpUser, base: string): string {
  const { NameID, ...rest } = user.claims;
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(rest)) attributes[k] = String(v);
  return buildSamlResponse({
    responseId: `_${randomUuid(ctx.random)}`,
    assertionId: `_${randomUuid(ctx.random)}`,
    issuer: samlIssuerOf(provider),
    destination: samlAcsUrl(base),
    audience: samlAudience(pool.id),
    nameId: String(NameID),
    attributes,
    now: ctx.now(),
  });
}

/** SIMULATED provider: the page that posts the SAML response to Cognito (a button stands in for the auto-submit script). */
export function samlPostPage(ctx: OperationContext, pool: UserPool, provider: IdentityProviderRecord, user: SimulatedIdpUser, base: string, relayState: string): OAuthResponse {
  const xml = simulatedSamlResponse(ctx, pool, provider, user, base);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${e(provider.name)} (simulated)</title><style>${STYLE}</style></head>
<body>
<h1>${e(provider.name)}</h1>
<p>The simulated SAML identity provider signed in ${e(user.label)} and posts a SAML response to Cognito.</p>
<form method="post" action="${e(samlAcsUrl(base))}" data-saml-post>
<input type="hidden" name="SAMLResponse" value="${e(encodeSamlResponse(xml))}">
<input type="hidden" name="RelayState" value="${e(relayState)}">
<button type="submit">Continue</button>
</form>
</body></html>
`;
  return htmlResponse(200, html);
}

/** The SAMLResponse and RelayState of the provider's POST form in a page (for clients of the simulated browser). */
export function samlFormOf(html: string): { action: string; SAMLResponse: string; RelayState: string } | undefined {
  const form = /<form method="post" action="([^"]*)" data-saml-post>([\s\S]*?)<\/form>/.exec(html);
  if (!form) return undefined;
  const field = (name: string) => /value="([^"]*)"/.exec(new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(form[2])?.[0] ?? '')?.[1];
  const unescape = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
  const saml = field('SAMLResponse');
  const relay = field('RelayState');
  if (saml === undefined || relay === undefined) return undefined;
  return { action: unescape(form[1]), SAMLResponse: unescape(saml), RelayState: unescape(relay) };
}

/** POST /saml2/idpresponse: Cognito receives the provider's SAML response and signs the user in. */
export async function samlIdpResponse(ctx: OperationContext, hostPool: UserPool | undefined, base: string, req: OAuthRequest): Promise<OAuthResponse> {
  const invalid = () => htmlResponse(400, errorPage('invalid_request', INVALID_RELAY));
  if (req.method.toUpperCase() !== 'POST') return invalid();
  const form = formOf(req.body);
  if (!form.SAMLResponse || form.RelayState === undefined) return invalid();
  const checked = checkAuthorize(ctx, hostPool, base, Object.fromEntries(new URLSearchParams(form.RelayState)));
  if (!checked.ok) return checked.response;
  const ar = checked.request;
  const provider = ar.provider ? ar.pool.identityProviders?.[ar.provider] : undefined;
  if (!provider || provider.type !== 'SAML') return invalid();
  let claims: Record<string, string>;
  try {
    const xml = decodeSamlResponse(form.SAMLResponse);
    const assertion = readSamlResponse(xml, { issuer: samlIssuerOf(provider), audience: samlAudience(ar.pool.id), acsUrl: samlAcsUrl(base), now: ctx.now() });
    claims = samlClaims(assertion);
  } catch (err) {
    if (!(err instanceof SamlError)) throw err;
    // Observed: error=server_error with "Invalid SAML response received: …" in error_description.
    return redirect(withParams(ar.redirectUri, { error: 'server_error', error_description: `${IDP_MESSAGES.samlPrefix}${err.message}`, state: ar.state }, 'query'));
  }
  return signInWithProvider(ctx, ar, provider, claims);
}
