/**
 * The OAuth endpoints speak HTTP; the engine sees a request as plain data and
 * answers with plain data, so the same code runs behind the Node endpoint and
 * inside the browser sandbox.
 */

/** An HTTP request to one of the pool's OAuth endpoints. */
export interface OAuthRequest {
  method: string;
  /** The absolute URL, e.g. `https://my-app.auth.us-east-1.amazoncognito.com/oauth2/authorize?…` or `http://127.0.0.1:9229/login?…`. */
  url: string;
  /** Header names in any case. */
  headers?: Record<string, string | undefined>;
  /** The request body (`application/x-www-form-urlencoded` for POSTs). */
  body?: string;
}

/** The answer: status, headers (Location, Set-Cookie, Content-Type) and body text. */
export interface OAuthResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const JSON_TYPE = 'application/json;charset=UTF-8';
const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

/** A JSON answer (the token, userInfo and revoke endpoints). */
export function jsonResponse(status: number, payload: unknown, headers: Record<string, string> = {}): OAuthResponse {
  return { status, headers: { 'Content-Type': JSON_TYPE, ...NO_STORE, ...headers }, body: JSON.stringify(payload) };
}

/** An OAuth 2.0 error answer, `{"error": "invalid_grant"}` (RFC 6749 section 5.2). */
export function oauthError(status: number, error: string, description?: string, headers: Record<string, string> = {}): OAuthResponse {
  return jsonResponse(status, description ? { error, error_description: description } : { error }, headers);
}

/** A 302 redirect. */
export function redirect(location: string, headers: Record<string, string> = {}): OAuthResponse {
  return { status: 302, headers: { Location: location, ...NO_STORE, ...headers }, body: '' };
}

/** An HTML page. */
export function htmlResponse(status: number, html: string, headers: Record<string, string> = {}): OAuthResponse {
  return { status, headers: { 'Content-Type': 'text/html;charset=UTF-8', ...NO_STORE, ...headers }, body: html };
}

/** A header by name, case-insensitively. */
export function header(req: OAuthRequest, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(req.headers ?? {})) if (k.toLowerCase() === wanted && v !== undefined) return v;
  return undefined;
}

/** The form fields of a urlencoded body (first value of each name). */
export function formOf(body: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(body ?? '')) if (!(k in out)) out[k] = v;
  return out;
}

/** The query parameters of a URL (first value of each name). */
export function queryOf(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of url.searchParams) if (!(k in out)) out[k] = v;
  return out;
}

/** A cookie sent with the request. */
export function cookieOf(req: OAuthRequest, name: string): string | undefined {
  for (const part of (header(req, 'cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** Adds parameters to a URL's query (`?a=1`) or fragment (`#a=1`). */
export function withParams(base: string, params: Record<string, string | undefined>, where: 'query' | 'fragment'): string {
  const entries = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined);
  const encoded = new URLSearchParams(entries).toString();
  if (encoded === '') return base;
  if (where === 'fragment') return `${base}#${encoded}`;
  return `${base}${base.includes('?') ? '&' : '?'}${encoded}`;
}

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
