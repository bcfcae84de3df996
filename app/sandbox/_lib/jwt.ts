/**
 * Reading the tokens the sandbox's user pool issues, for display: decoding
 * (not verifying) a JWT, annotating its time claims with readable simulated
 * dates, and saying whether it is still valid on the simulated clock.
 */
import { decodeJwt, decodeProtectedHeader, type JWTPayload, type ProtectedHeaderParameters } from 'jose';
import { formatDuration, formatSimTime } from './time';

export interface DecodedToken {
  header: ProtectedHeaderParameters;
  payload: JWTPayload;
}

/**
 * Splits a compact JWT into its header and payload without checking the
 * signature. Returns `undefined` for anything that is not a readable JWS
 * (a refresh token is an encrypted JWE, so it is not).
 */
export function decodeToken(token: string): DecodedToken | undefined {
  try {
    return { header: decodeProtectedHeader(token), payload: decodeJwt(token) };
  } catch {
    return undefined;
  }
}

/** Claims that hold NumericDate values (seconds since the epoch). */
export const TIME_CLAIMS: ReadonlySet<string> = new Set(['iat', 'exp', 'auth_time', 'nbf']);

/** One line of pretty-printed JSON, with an optional note to show beside it. */
export interface JsonLine {
  text: string;
  note?: string;
}

/**
 * Pretty-prints a JSON object (two-space indent) and annotates each top-level
 * time claim (`iat`, `exp`, `auth_time`, `nbf`) with its simulated date.
 */
export function annotatedJsonLines(value: Record<string, unknown>): JsonLine[] {
  const lines = JSON.stringify(value, null, 2).split('\n');
  return lines.map((text) => {
    const m = /^ {2}"([^"]+)": (-?\d+(?:\.\d+)?),?$/.exec(text);
    if (m && TIME_CLAIMS.has(m[1])) return { text, note: formatSimTime(Number(m[2]) * 1000) };
    return { text };
  });
}

export interface TokenValidity {
  /** False once the simulated time reaches `exp` (a token is good only strictly before it, RFC 7519 §4.1.4). */
  valid: boolean;
  /** Milliseconds until `exp` (negative once expired); undefined when the token has no `exp`. */
  remainingMs?: number;
  /** `exp` in epoch ms. */
  expiresAt?: number;
}

/** Whether a token is still within its lifetime at simulated time `nowMs`. */
export function tokenValidity(payload: JWTPayload, nowMs: number): TokenValidity {
  if (typeof payload.exp !== 'number') return { valid: true };
  const expiresAt = payload.exp * 1000;
  const remainingMs = expiresAt - nowMs;
  const notBefore = typeof payload.nbf === 'number' ? payload.nbf * 1000 : undefined;
  const valid = remainingMs > 0 && (notBefore === undefined || nowMs >= notBefore);
  return { valid, remainingMs, expiresAt };
}

/** The validity in words: `Valid for another 59 minutes` or `Expired 1 hour ago`. */
export function describeValidity(v: TokenValidity): string {
  if (v.remainingMs === undefined) return v.valid ? 'Valid (no expiry time)' : 'Not valid';
  if (v.valid) return `Valid for another ${formatDuration(v.remainingMs)}`;
  if (v.remainingMs > 0) return 'Not valid yet';
  return v.remainingMs > -1000 ? 'Expired just now' : `Expired ${formatDuration(v.remainingMs)} ago`;
}
