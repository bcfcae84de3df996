/**
 * SAML 2.0 Web Browser SSO with the HTTP-POST binding, both sides:
 *
 * - the SIMULATED identity provider writes a `samlp:Response` holding one
 *   `saml:Assertion` (Issuer, Subject with NameID and a bearer
 *   SubjectConfirmation, Conditions with the audience
 *   `urn:amazon:cognito:sp:<userPoolId>`, an AuthnStatement and an
 *   AttributeStatement), timed by the simulated clock;
 * - Cognito's side reads it strictly (`samlXml.ts`) and checks the status,
 *   the destination and recipient (`/saml2/idpresponse`), the issuer (the
 *   provider's entity ID), the audience and the validity window.
 *
 * NOT SIGNED: the simulated provider does not sign its responses (XML
 * signatures need exclusive canonicalisation, out of scope here), so the
 * reader checks no signature. Real Cognito requires a signature made with the
 * certificate in the provider's metadata and refuses an unsigned or badly
 * signed response ("Invalid SAML response received: SAML Assertion signature
 * is invalid.").
 */
import { childOf, childrenOf, parseXml, XmlError, type XmlElement } from './samlXml';
import { escapeHtml as e } from './http';
import type { IdentityProviderRecord } from './model';

export const SAML_PROTOCOL_NS = 'urn:oasis:names:tc:SAML:2.0:protocol';
export const SAML_ASSERTION_NS = 'urn:oasis:names:tc:SAML:2.0:assertion';
export const SAML_SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success';
const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';
const NAMEID_UNSPECIFIED = 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified';
const NAMEID_EMAIL = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';

/**
 * How long the simulated provider's assertion is valid. The provider's own
 * choice, not a Cognito setting (many providers use a few minutes).
 */
export const SIMULATED_ASSERTION_LIFETIME_MS = 5 * 60_000;

/** The audience (SP entity ID) Cognito expects for a pool (DG, adding a SAML provider). */
export const samlAudience = (userPoolId: string): string => `urn:amazon:cognito:sp:${userPoolId}`;

/**
 * The provider's entity ID: the `entityID` of its MetadataFile, or (SIMULATED:
 * the sandbox fetches nothing) its MetadataURL.
 */
export function samlIssuerOf(provider: IdentityProviderRecord): string {
  const file = provider.details.MetadataFile;
  const fromFile = file ? /\bentityID\s*=\s*"([^"]+)"/.exec(file)?.[1] : undefined;
  return fromFile ?? provider.details.MetadataURL ?? provider.name;
}

/** ISO 8601 UTC, as SAML writes instants. */
export const samlInstant = (ms: number): string => new Date(ms).toISOString();

/** What the simulated provider asserts. */
export interface SamlResponseInput {
  responseId: string;
  assertionId: string;
  issuer: string;
  /** The assertion consumer service: `https://<domain>/saml2/idpresponse`. */
  destination: string;
  audience: string;
  nameId: string;
  attributes: Record<string, string | string[]>;
  /** Now, epoch ms (the simulated clock). */
  now: number;
  lifetimeMs?: number;
}

/** Writes the Response document (pretty-printed, so learners can read it). */
export function buildSamlResponse(r: SamlResponseInput): string {
  const now = samlInstant(r.now);
  const until = samlInstant(r.now + (r.lifetimeMs ?? SIMULATED_ASSERTION_LIFETIME_MS));
  const format = r.nameId.includes('@') ? NAMEID_EMAIL : NAMEID_UNSPECIFIED;
  const attributes = Object.entries(r.attributes)
    .map(([name, v]) => {
      const values = (Array.isArray(v) ? v : [v]).map((x) => `        <saml2:AttributeValue>${e(x)}</saml2:AttributeValue>`).join('\n');
      return `      <saml2:Attribute Name="${e(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">\n${values}\n      </saml2:Attribute>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<saml2p:Response xmlns:saml2p="${SAML_PROTOCOL_NS}" ID="${e(r.responseId)}" Version="2.0" IssueInstant="${now}" Destination="${e(r.destination)}">
  <saml2:Issuer xmlns:saml2="${SAML_ASSERTION_NS}">${e(r.issuer)}</saml2:Issuer>
  <saml2p:Status>
    <saml2p:StatusCode Value="${SAML_SUCCESS}"/>
  </saml2p:Status>
  <saml2:Assertion xmlns:saml2="${SAML_ASSERTION_NS}" ID="${e(r.assertionId)}" Version="2.0" IssueInstant="${now}">
    <saml2:Issuer>${e(r.issuer)}</saml2:Issuer>
    <saml2:Subject>
      <saml2:NameID Format="${format}">${e(r.nameId)}</saml2:NameID>
      <saml2:SubjectConfirmation Method="${BEARER}">
        <saml2:SubjectConfirmationData NotOnOrAfter="${until}" Recipient="${e(r.destination)}"/>
      </saml2:SubjectConfirmation>
    </saml2:Subject>
    <saml2:Conditions NotBefore="${now}" NotOnOrAfter="${until}">
      <saml2:AudienceRestriction>
        <saml2:Audience>${e(r.audience)}</saml2:Audience>
      </saml2:AudienceRestriction>
    </saml2:Conditions>
    <saml2:AuthnStatement AuthnInstant="${now}" SessionIndex="${e(r.assertionId)}">
      <saml2:AuthnContext>
        <saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef>
      </saml2:AuthnContext>
    </saml2:AuthnStatement>
    <saml2:AttributeStatement>
${attributes}
    </saml2:AttributeStatement>
  </saml2:Assertion>
</saml2p:Response>
`;
}

/** Base64 of the UTF-8 bytes (the SAMLResponse form field). */
export function encodeSamlResponse(xml: string): string {
  let bin = '';
  for (const b of new TextEncoder().encode(xml)) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** The XML of a SAMLResponse form field; throws SamlError when it is not base64 of UTF-8. */
export function decodeSamlResponse(field: string): string {
  try {
    const bin = atob(field.replace(/\s+/g, ''));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SamlError('The SAMLResponse is not base64-encoded UTF-8.');
  }
}

/** Thrown when a SAML response is refused; `message` says why. */
export class SamlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SamlError';
  }
}

/** What Cognito expects of a response. */
export interface SamlExpectation {
  issuer: string;
  audience: string;
  /** `https://<domain>/saml2/idpresponse`. */
  acsUrl: string;
  now: number;
}

/** A checked assertion. */
export interface SamlAssertion {
  issuer: string;
  nameId: string;
  /** Attribute name → values, in document order. */
  attributes: Record<string, string[]>;
  notBefore: number;
  notOnOrAfter: number;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

function instant(el: XmlElement, attr: string, required: boolean): number | undefined {
  const v = el.attrs[attr];
  if (v === undefined) {
    if (required) throw new SamlError(`${el.local} has no ${attr}.`);
    return undefined;
  }
  if (!INSTANT.test(v) || Number.isNaN(Date.parse(v))) throw new SamlError(`${el.local} ${attr} is not a UTC instant: ${v}`);
  return Date.parse(v);
}

function need(el: XmlElement | undefined, what: string): XmlElement {
  if (!el) throw new SamlError(`The response has no ${what}.`);
  return el;
}

/**
 * Reads and checks a Response document. Throws SamlError with the reason it
 * was refused (the XML reader's own errors included).
 */
export function readSamlResponse(xml: string, expect: SamlExpectation): SamlAssertion {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (err) {
    if (err instanceof XmlError) throw new SamlError(`The SAMLResponse is not well-formed XML: ${err.message}`);
    throw err;
  }
  try {
    return checkResponse(root, expect);
  } catch (err) {
    if (err instanceof XmlError) throw new SamlError(err.message);
    throw err;
  }
}

function checkResponse(root: XmlElement, expect: SamlExpectation): SamlAssertion {
  const P = SAML_PROTOCOL_NS;
  const A = SAML_ASSERTION_NS;
  if (root.ns !== P || root.local !== 'Response') throw new SamlError('The document is not a SAML 2.0 protocol Response.');
  if (root.attrs.Version !== '2.0') throw new SamlError('The Response is not SAML version 2.0.');
  if (root.attrs.Destination !== undefined && root.attrs.Destination !== expect.acsUrl) throw new SamlError(`The Response Destination ${root.attrs.Destination} is not ${expect.acsUrl}.`);
  const status = need(childOf(need(childOf(root, P, 'Status'), 'Status'), P, 'StatusCode'), 'StatusCode').attrs.Value;
  if (status !== SAML_SUCCESS) throw new SamlError(`The identity provider answered with status ${status ?? '(none)'}.`);
  const outerIssuer = childOf(root, A, 'Issuer');
  if (outerIssuer && outerIssuer.text.trim() !== expect.issuer) throw new SamlError(`The Response Issuer ${outerIssuer.text.trim()} is not the provider's entity ID ${expect.issuer}.`);
  if (childrenOf(root, A, 'EncryptedAssertion').length > 0) throw new SamlError('Encrypted assertions are not simulated.');
  const assertions = childrenOf(root, A, 'Assertion');
  if (assertions.length !== 1) throw new SamlError(`The Response must hold exactly one Assertion (it holds ${assertions.length}).`);
  const a = assertions[0];
  if (a.attrs.Version !== '2.0') throw new SamlError('The Assertion is not SAML version 2.0.');

  const issuer = need(childOf(a, A, 'Issuer'), 'Assertion Issuer').text.trim();
  if (issuer !== expect.issuer) throw new SamlError(`The Assertion Issuer ${issuer} is not the provider's entity ID ${expect.issuer}.`);

  const subject = need(childOf(a, A, 'Subject'), 'Subject');
  const nameId = need(childOf(subject, A, 'NameID'), 'NameID').text.trim();
  if (!nameId) throw new SamlError('The NameID is empty.');
  const bearer = childrenOf(subject, A, 'SubjectConfirmation').find((c) => c.attrs.Method === BEARER);
  if (!bearer) throw new SamlError('The Subject has no bearer SubjectConfirmation.');
  const data = need(childOf(bearer, A, 'SubjectConfirmationData'), 'SubjectConfirmationData');
  if (data.attrs.Recipient !== expect.acsUrl) throw new SamlError(`The SubjectConfirmationData Recipient ${data.attrs.Recipient ?? '(none)'} is not ${expect.acsUrl}.`);
  const confirmUntil = instant(data, 'NotOnOrAfter', true)!;
  if (expect.now >= confirmUntil) throw new SamlError(`The assertion expired at ${samlInstant(confirmUntil)} (now ${samlInstant(expect.now)}).`);

  const conditions = need(childOf(a, A, 'Conditions'), 'Conditions');
  const notBefore = instant(conditions, 'NotBefore', false) ?? Number.NEGATIVE_INFINITY;
  const notOnOrAfter = instant(conditions, 'NotOnOrAfter', false) ?? confirmUntil;
  if (expect.now < notBefore) throw new SamlError(`The assertion is not valid before ${samlInstant(notBefore)} (now ${samlInstant(expect.now)}).`);
  if (expect.now >= notOnOrAfter) throw new SamlError(`The assertion expired at ${samlInstant(notOnOrAfter)} (now ${samlInstant(expect.now)}).`);
  const restrictions = childrenOf(conditions, A, 'AudienceRestriction');
  if (restrictions.length === 0) throw new SamlError('The Conditions have no AudienceRestriction.');
  for (const r of restrictions) {
    const audiences = childrenOf(r, A, 'Audience').map((x) => x.text.trim());
    if (!audiences.includes(expect.audience)) throw new SamlError(`The audience ${audiences.join(', ') || '(none)'} is not ${expect.audience}.`);
  }

  const attributes: Record<string, string[]> = {};
  for (const statement of childrenOf(a, A, 'AttributeStatement')) {
    for (const attr of childrenOf(statement, A, 'Attribute')) {
      const name = attr.attrs.Name;
      if (!name) throw new SamlError('An Attribute has no Name.');
      attributes[name] = [...(attributes[name] ?? []), ...childrenOf(attr, A, 'AttributeValue').map((v) => v.text)];
    }
  }
  return { issuer, nameId, attributes, notBefore: Number.isFinite(notBefore) ? notBefore : expect.now, notOnOrAfter };
}

/**
 * The claims a checked assertion gives attribute mapping: `NameID` and each
 * attribute by name. A multi-valued attribute becomes its values joined with
 * commas (UNCONFIRMED: how Cognito writes several values into one attribute).
 */
export function samlClaims(a: SamlAssertion): Record<string, string> {
  const out: Record<string, string> = { NameID: a.nameId };
  for (const [k, v] of Object.entries(a.attributes)) out[k] = v.join(',');
  return out;
}
