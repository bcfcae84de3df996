/**
 * The pure side of the "Hosted UI (OAuth)" panel: PKCE values, URL and
 * fragment parsing, a small cookie jar, a reader for the engine's hosted
 * pages, one-hop request following, the pool setup and the sequence diagram
 * text. Nothing here touches React or the DOM, so it runs under Vitest
 * against a real in-process engine.
 */
import { decodeJwt } from 'jose';
import { LIFETIMES } from '@/simulator/facts';
import { escapeMermaid, shorten } from '../_diagrams/mermaidText';
import type { SessionTokens } from '../_lib/sandboxStore';

/** The simulated app's callback (never fetched: the simulated browser only shows it). */
export const CALLBACK_URL = 'https://app.example.com/callback';
/** The scopes the setup helper allows on the hosted-UI app client. */
export const HOSTED_SCOPES = ['openid', 'email', 'profile'] as const;
export const HOSTED_CLIENT_NAME = 'hosted-ui-app';
export const GOOGLE_PROVIDER = 'Google';

// --- PKCE (RFC 7636) ---

/** base64url without padding. */
export function base64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A fresh code_verifier: 32 random bytes from WebCrypto, base64url (43 characters). */
export function newCodeVerifier(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** The S256 code_challenge of a verifier: base64url(SHA-256(ASCII(verifier))). */
export async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

/** A verifier that differs from `verifier` (its last character changed), for the "wrong verifier" experiment. */
export function wrongVerifier(verifier: string): string {
  const last = verifier.slice(-1);
  return verifier.slice(0, -1) + (last === 'A' ? 'B' : 'A');
}

/** A random opaque value for `state` and `nonce`. */
export function randomToken(bytes = 12): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

// --- URLs ---

/** A URL split for display: where it points, and its query and fragment parameters in order. */
export interface ParsedUrl {
  origin: string;
  path: string;
  query: Array<[string, string]>;
  fragment: Array<[string, string]>;
}

/** Splits an absolute URL; the fragment is read as form-encoded parameters (as the implicit grant writes it). */
export function parseUrl(url: string): ParsedUrl {
  const u = new URL(url);
  return {
    origin: u.origin,
    path: u.pathname,
    query: [...u.searchParams],
    fragment: [...new URLSearchParams(u.hash.replace(/^#/, ''))],
  };
}

/** Whether a URL is the simulated app's callback (the browser stops there: nothing is fetched). */
export const isCallback = (url: string): boolean => url.split(/[?#]/)[0] === CALLBACK_URL;

// --- Cookies ---

/** The simulated browser's cookies: host → name → value. */
export type CookieJar = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The jar after a response's Set-Cookie (one cookie per header, as the engine sends; Max-Age=0 deletes). */
export function storeCookie(jar: CookieJar, url: string, setCookie: string | undefined): CookieJar {
  if (!setCookie) return jar;
  const host = new URL(url).host;
  const [pair, ...attrs] = setCookie.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return jar;
  const name = pair.slice(0, eq).trim();
  const value = pair.slice(eq + 1).trim();
  const expired = attrs.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a));
  const forHost = { ...(jar[host] ?? {}) };
  if (expired) delete forHost[name];
  else forHost[name] = value;
  return { ...jar, [host]: forHost };
}

/** The Cookie header the browser sends to `url`, or undefined. */
export function cookieHeader(jar: CookieJar, url: string): string | undefined {
  const entries = Object.entries(jar[new URL(url).host] ?? {});
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join('; ') : undefined;
}

// --- Hosted pages ---

/** One input of a hosted form, as the engine's page labels it. */
export interface PageField {
  name: string;
  label: string;
  type: string;
  value: string;
  required: boolean;
  autoComplete?: string;
}

/** A form of a hosted page other than the sign-in form (sign-up, codes, new password, MFA). */
export interface PageForm {
  action: string;
  fields: PageField[];
  /** Hidden values sent back as they are (the challenge session). */
  hidden: Record<string, string>;
  /** One entry per submit button; `name`/`value` are sent for the button pressed. */
  submits: Array<{ label: string; name?: string; value?: string }>;
}

/** What a hosted page offers, read from the engine's HTML. */
export interface HostedPage {
  title: string;
  error?: string;
  /** A status line (a code was sent, the password was reset). */
  notice?: string;
  /** The sign-in form (user name and password), when the page has one. */
  login?: { action: string; username: string };
  /** The page's other forms. */
  forms: PageForm[];
  /** Links to other hosted pages (sign up, forgot password, send a new code). */
  links: Array<{ text: string; href: string }>;
  /** "Continue with …" links to federated providers. */
  providers: Array<{ name: string; href: string }>;
  /** A simulated identity provider's test users. */
  idpUsers: Array<{ action: string; id: string; label: string; claims: string }>;
  /** The page's other paragraphs, as text. */
  text: string[];
}

const decode = (s: string): string =>
  s
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]) : undefined;
};

/** Reads one generic form: labelled inputs, hidden inputs and submit buttons. */
function readForm(action: string, inner: string): PageForm {
  const labels = new Map([...inner.matchAll(/<label for="([^"]*)">([\s\S]*?)<\/label>/g)].map((m) => [decode(m[1]), decode(m[2])]));
  const fields: PageField[] = [];
  const hidden: Record<string, string> = {};
  for (const m of inner.matchAll(/<input\b[^>]*>/g)) {
    const tag = m[0];
    const name = attr(tag, 'name');
    if (!name) continue;
    const type = attr(tag, 'type') ?? 'text';
    if (type === 'hidden') {
      hidden[name] = attr(tag, 'value') ?? '';
      continue;
    }
    const id = attr(tag, 'id') ?? '';
    fields.push({ name, label: labels.get(id) ?? name, type, value: attr(tag, 'value') ?? '', required: /\srequired\b/.test(tag), autoComplete: attr(tag, 'autocomplete') });
  }
  const submits = [...inner.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g)].map((m) => ({ label: decode(m[2]), name: attr(m[1], 'name'), value: attr(m[1], 'value') }));
  return { action, fields, hidden, submits };
}

/** Reads the engine's hosted page (sign-in, sign-up, codes, MFA, simulated provider or error page) into fields our own form renders. */
export function readHostedPage(html: string): HostedPage {
  const title = decode(/<h1>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
  const errorMatch = /<p class="error"[^>]*>([\s\S]*?)<\/p>/.exec(html);
  const noticeMatch = /<p class="notice"[^>]*>([\s\S]*?)<\/p>/.exec(html);
  const forms = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)];
  let login: HostedPage['login'];
  const others: PageForm[] = [];
  const idpUsers: HostedPage['idpUsers'] = [];
  for (const f of forms) {
    const action = attr(f[1], 'action') ?? '';
    const button = /<button[^>]*name="user"[^>]*value="([^"]*)"[^>]*>([\s\S]*?)<\/button>/.exec(f[2]);
    if (button) {
      const after = html.slice((f.index ?? 0) + f[0].length);
      const claims = /^\s*<pre>([\s\S]*?)<\/pre>/.exec(after)?.[1];
      idpUsers.push({ action, id: decode(button[1]), label: decode(button[2]).replace(/^Sign in as /, ''), claims: claims ? decode(claims) : '' });
    } else if (/name="signInSubmitButton"/.test(f[2])) {
      const userInput = /<input[^>]*name="username"[^>]*>/.exec(f[2])?.[0] ?? '';
      login = { action, username: attr(userInput, 'value') ?? '' };
    } else {
      others.push(readForm(action, f[2]));
    }
  }
  const providers = [...html.matchAll(/<a href="([^"]*)">Continue with ([\s\S]*?)<\/a>/g)].map((m) => ({ href: decode(m[1]), name: decode(m[2]) }));
  const links = [...html.matchAll(/<a href="([^"]*)">([\s\S]*?)<\/a>/g)].filter((m) => !m[2].startsWith('Continue with ')).map((m) => ({ href: decode(m[1]), text: decode(m[2]) }));
  const body = html.replace(/<form\b[\s\S]*?<\/form>/g, '').replace(/<pre>[\s\S]*?<\/pre>/g, '');
  const text = [...body.matchAll(/<p(?![^>]*class="(?:error|notice)")[^>]*>([\s\S]*?)<\/p>/g)]
    .filter((m) => !m[1].includes('<a '))
    .map((m) => decode(m[1]))
    .filter((t) => t);
  return { title, error: errorMatch ? decode(errorMatch[1]) : undefined, notice: noticeMatch ? decode(noticeMatch[1]) : undefined, login, forms: others, links, providers, idpUsers, text };
}

/** The urlencoded body a generic form sends: its hidden values, the fields typed, and the pressed button's name and value. */
export function formBody(form: PageForm, values: Record<string, string>, submit: PageForm['submits'][number] | undefined): string {
  const q = new URLSearchParams(form.hidden);
  for (const f of form.fields) q.set(f.name, values[f.name] ?? f.value);
  if (submit?.name) q.set(submit.name, submit.value ?? '');
  return q.toString();
}

// --- Requests ---

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
}
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}
/** The engine's OAuth endpoint (`sim.oauth.handle`). */
export type Handle = (req: HttpRequest) => Promise<HttpResponse>;

/** Who sent or answered a hop, for the sequence diagram. */
export type Party = 'app' | 'browser' | 'cognito' | 'idp';
export const PARTY_NAMES: Readonly<Record<Party, string>> = { app: 'App', browser: 'Browser', cognito: 'Cognito hosted UI', idp: 'Identity provider' };

/** One request and its answer, as the trace keeps it. */
export interface Hop {
  from: Party;
  to: Party;
  request: HttpRequest;
  response?: HttpResponse;
  /** A hop the browser did not send to a server (the app's callback). */
  note?: string;
}

/** The simulated providers' pages are served under this path (by the engine, standing in for the provider's site). */
export const partyOf = (url: string): Party => (isCallback(url) ? 'app' : new URL(url).pathname.startsWith('/simulated-idp/') ? 'idp' : 'cognito');

export const FORM_TYPE = 'application/x-www-form-urlencoded';

/** Sends one browser request with the jar's cookies and stores what the answer sets. */
export async function browse(handle: Handle, jar: CookieJar, req: HttpRequest): Promise<{ hop: Hop; jar: CookieJar }> {
  const cookie = cookieHeader(jar, req.url);
  const headers = { ...(req.headers ?? {}), ...(cookie ? { Cookie: cookie } : {}), ...(req.body !== undefined ? { 'Content-Type': FORM_TYPE } : {}) };
  const sent = { ...req, headers };
  const response = await handle(sent);
  return { hop: { from: 'browser', to: partyOf(req.url), request: sent, response }, jar: storeCookie(jar, req.url, response.headers['Set-Cookie']) };
}

/** The URL a 3xx answer sends the browser to. */
export const locationOf = (res: HttpResponse | undefined): string | undefined => (res && res.status >= 300 && res.status < 400 ? res.headers.Location : undefined);

/** The authorization request URL the app sends the browser to. */
export function authorizeUrl(base: string, p: { clientId: string; responseType: 'code' | 'token'; scopes: readonly string[]; state?: string; nonce?: string; challenge?: string; provider?: string }): string {
  const q = new URLSearchParams({ response_type: p.responseType, client_id: p.clientId, redirect_uri: CALLBACK_URL });
  if (p.scopes.length) q.set('scope', p.scopes.join(' '));
  if (p.state) q.set('state', p.state);
  if (p.nonce) q.set('nonce', p.nonce);
  if (p.challenge) {
    q.set('code_challenge', p.challenge);
    q.set('code_challenge_method', 'S256');
  }
  if (p.provider) q.set('identity_provider', p.provider);
  return `${base}/oauth2/authorize?${q.toString()}`;
}

/** The token request body of the authorization code grant. */
export function tokenForm(p: { clientId: string; code: string; verifier?: string }): string {
  const q = new URLSearchParams({ grant_type: 'authorization_code', client_id: p.clientId, code: p.code, redirect_uri: CALLBACK_URL });
  if (p.verifier) q.set('code_verifier', p.verifier);
  return q.toString();
}

// --- Setup ---

export type CallFn = (operation: string, input: unknown) => Promise<{ ok: true; value: unknown } | { ok: false; error: { name: string; message: string } }>;

export interface HostedSetup {
  domain: string;
  base: string;
  clientId: string;
  google: boolean;
}

/** The domain prefix the setup gives a pool (prefixes are lower case, unique per region). */
export const domainPrefixFor = (userPoolId: string): string => `sandbox-${(userPoolId.split('_')[1] ?? userPoolId).toLowerCase().replace(/[^a-z0-9-]/g, '')}`;

/**
 * Configures a pool for the hosted UI as a learner would in the console: a
 * domain prefix (kept if the pool already has it), optionally a simulated
 * Google provider, and a new public app client for the code and implicit
 * grants. Returns the first engine refusal as it is.
 */
export async function configureHostedUi(call: CallFn, p: { userPoolId: string; region: string; google: boolean }): Promise<{ ok: true; value: HostedSetup } | { ok: false; error: { name: string; message: string } }> {
  const domain = domainPrefixFor(p.userPoolId);
  const created = await call('CreateUserPoolDomain', { UserPoolId: p.userPoolId, Domain: domain });
  if (!created.ok) {
    const existing = await call('DescribeUserPoolDomain', { Domain: domain });
    const owner = existing.ok ? (existing.value as { DomainDescription?: { UserPoolId?: string } }).DomainDescription?.UserPoolId : undefined;
    if (owner !== p.userPoolId) return created;
  }
  if (p.google) {
    const idp = await call('CreateIdentityProvider', {
      UserPoolId: p.userPoolId,
      ProviderName: GOOGLE_PROVIDER,
      ProviderType: 'Google',
      ProviderDetails: { client_id: 'sandbox-google-client', client_secret: 'sandbox-google-secret', authorize_scopes: 'openid email profile' },
      AttributeMapping: { email: 'email', email_verified: 'email_verified', name: 'name' },
    });
    if (!idp.ok && idp.error.name !== 'DuplicateProviderException') return idp;
  }
  const client = await call('CreateUserPoolClient', {
    UserPoolId: p.userPoolId,
    ClientName: HOSTED_CLIENT_NAME,
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthFlows: ['code', 'implicit'],
    AllowedOAuthScopes: [...HOSTED_SCOPES],
    CallbackURLs: [CALLBACK_URL],
    SupportedIdentityProviders: p.google ? ['COGNITO', GOOGLE_PROVIDER] : ['COGNITO'],
  });
  if (!client.ok) return client;
  const clientId = (client.value as { UserPoolClient: { ClientId: string } }).UserPoolClient.ClientId;
  return { ok: true, value: { domain, base: `https://${domain}.auth.${p.region}.amazoncognito.com`, clientId, google: p.google } };
}

// --- Sequence diagram ---

const PATH_LABEL = (url: string): string => {
  const u = new URL(url);
  return isCallback(url) ? '/callback' : u.pathname;
};

/** One arrow (or note) of the diagram, also the text alternative's line. */
export interface TraceLine {
  from: Party;
  to: Party;
  text: string;
  dashed: boolean;
}

/** The trace as arrows: each hop's request, then its answer (status, redirect target, cookie). */
export function traceLines(hops: readonly Hop[]): TraceLine[] {
  const out: TraceLine[] = [];
  for (const h of hops) {
    if (h.note) {
      out.push({ from: h.from, to: h.to, text: h.note, dashed: false });
      continue;
    }
    const params = [...new URL(h.request.url).searchParams.keys()].filter((k) => k !== 'state' || h.request.url.includes('/oauth2/'));
    const sent = `${h.request.method} ${PATH_LABEL(h.request.url)}${params.length ? ` (${shorten(params.join(', '), 40)})` : ''}`;
    out.push({ from: h.from, to: h.to, text: sent, dashed: false });
    const r = h.response;
    if (!r) continue;
    const loc = locationOf(r);
    let answer = `${r.status}`;
    if (loc) answer += ` redirect to ${PATH_LABEL(loc)}${new URL(loc).hash ? ' #tokens' : ''}`;
    else if ((r.headers['Content-Type'] ?? '').includes('json')) answer += ` ${shorten(Object.keys(safeJson(r.body)).join(', '), 60)}`;
    else if ((r.headers['Content-Type'] ?? '').includes('html')) answer += ' HTML page';
    if (r.headers['Set-Cookie']) answer += ', sets cookie';
    out.push({ from: h.to, to: h.from, text: answer, dashed: true });
  }
  return out;
}

function safeJson(body: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(body);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Mermaid sequence diagram text of the trace (participants declared in a fixed order; all text escaped). */
export function traceDiagram(hops: readonly Hop[]): string {
  const lines = traceLines(hops);
  const used = new Set<Party>(['app', 'browser', 'cognito']);
  for (const l of lines) {
    used.add(l.from);
    used.add(l.to);
  }
  const order: Party[] = ['app', 'browser', 'cognito', 'idp'];
  const head = order.filter((p) => used.has(p)).map((p) => `  participant ${p} as ${escapeMermaid(PARTY_NAMES[p])}`);
  const body = lines.map((l) => `  ${l.from}${l.dashed ? '-->>' : '->>'}${l.to}: ${escapeMermaid(l.text)}`);
  return ['sequenceDiagram', ...head, ...body].join('\n');
}

/** The token endpoint's (or an implicit grant fragment's) token fields. */
export interface TokenFields {
  id_token?: string;
  access_token?: string;
  refresh_token?: string;
  expires_in?: string | number;
  token_type?: string;
}

/**
 * The page's current tokens from a token response, named after the ID token's
 * `cognito:username` (or `sub`). `expires_in` is always sent by the token
 * endpoint; the default access-token lifetime is only a fallback.
 */
export function sessionTokensFrom(t: TokenFields, receivedAt: number): SessionTokens | undefined {
  if (!t.id_token || !t.access_token) return undefined;
  const claims = decodeJwt(t.id_token);
  const username = String(claims['cognito:username'] ?? claims.sub ?? '');
  const expiresIn = Number(t.expires_in ?? LIFETIMES.accessToken.value.default * 60);
  return { username, idToken: t.id_token, accessToken: t.access_token, refreshToken: t.refresh_token, expiresIn, tokenType: t.token_type ?? 'Bearer', receivedAt };
}
