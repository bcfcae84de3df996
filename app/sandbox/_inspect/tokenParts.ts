/**
 * Taking tokens apart: the five parts of the refresh token (a JWE), and
 * re-encoding a JWT with an edited payload while keeping its signature (the
 * inspector's tamper mode).
 */
import { base64url, decodeProtectedHeader } from 'jose';

export interface TokenPart {
  name: string;
  /** What the part is for. */
  role: string;
  /** Its length in bytes once Base64url-decoded. */
  bytes: number;
  /** The part as it appears in the token. */
  encoded: string;
}

const JWE_PARTS: ReadonlyArray<[string, string]> = [
  ['Protected header', 'Readable JSON: which algorithms encrypted the token.'],
  ['Encrypted key', 'A one-time content key, encrypted with the pool\'s private RSA key: only Cognito can unwrap it.'],
  ['Initialization vector', 'Random bytes that make each encryption different.'],
  ['Ciphertext', 'The encrypted contents: what Cognito needs to recognise the sign-in. Unreadable without the key.'],
  ['Authentication tag', 'Proves the ciphertext was not changed: any edit makes Cognito reject the token.'],
];

function decodedLength(part: string): number {
  try {
    return base64url.decode(part).length;
  } catch {
    return 0;
  }
}

/** The five parts of a compact JWE, or undefined if `token` does not have five parts. */
export function jweParts(token: string): TokenPart[] | undefined {
  const parts = token.split('.');
  if (parts.length !== 5) return undefined;
  return parts.map((encoded, i) => ({ name: JWE_PARTS[i][0], role: JWE_PARTS[i][1], bytes: decodedLength(encoded), encoded }));
}

/** The JWE's protected header, or undefined when it cannot be read. */
export function jweHeader(token: string): Record<string, unknown> | undefined {
  try {
    return decodeProtectedHeader(token) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

export type Retampered = { ok: true; token: string } | { ok: false; error: string };

/**
 * `token` with its payload replaced by `payloadJson` (which must be a JSON
 * object), keeping the original header and signature, exactly what an
 * attacker editing a token can do. The signature no longer matches.
 */
export function replacePayload(token: string, payloadJson: string): Retampered {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, error: 'This is not a signed JWT (it should have three parts).' };
  let payload: unknown;
  try {
    payload = JSON.parse(payloadJson);
  } catch (e) {
    return { ok: false, error: `The payload is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return { ok: false, error: 'The payload must be a JSON object.' };
  const encoded = base64url.encode(new TextEncoder().encode(JSON.stringify(payload)));
  return { ok: true, token: `${parts[0]}.${encoded}.${parts[2]}` };
}

/** The payload of a JWT as pretty JSON, for editing. */
export function payloadJsonOf(token: string): string {
  const part = token.split('.')[1] ?? '';
  try {
    return JSON.stringify(JSON.parse(new TextDecoder().decode(base64url.decode(part))), null, 2);
  } catch {
    return '{}';
  }
}
