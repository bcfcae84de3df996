/**
 * Checking a Cognito token the way an app or API must, step by step, on the
 * simulated clock: the signature against the pool's JWKS, then expiry,
 * issuer, audience (ID token) or client_id (access token) and token_use.
 * Each step's result is kept so the inspector can show which one failed.
 */
import { compactVerify, createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import type { TokenUse } from './claims';

export type CheckId = 'format' | 'key' | 'signature' | 'expiry' | 'issuer' | 'audience' | 'token_use';

export interface Check {
  id: CheckId;
  label: string;
  ok: boolean;
  /** Why it passed or failed, in words. */
  detail: string;
}

export interface Verification {
  /** Every check passed. */
  valid: boolean;
  /** Signature verified with the pool's key. */
  signatureValid: boolean;
  checks: Check[];
  /** What a standard JWT library (jose's jwtVerify with the same expectations) says: "ok", or its error. */
  library: string;
}

export interface VerifyOptions {
  jwks: JSONWebKeySet;
  /** The pool's issuer URL. */
  issuer: string;
  /** The app client the token must belong to. */
  clientId: string;
  /** What kind of token the caller expects. */
  expectedUse: TokenUse;
  /** Simulated time (epoch ms). */
  nowMs: number;
}

const secondsToIso = (s: number): string => new Date(s * 1000).toISOString().replace('.000Z', 'Z');

/** Verifies a token step by step; never throws. */
export async function verifyToken(token: string, opts: VerifyOptions): Promise<Verification> {
  const checks: Check[] = [];
  let header: { kid?: string; alg?: string };
  let payload: JWTPayload;
  try {
    header = decodeProtectedHeader(token);
    payload = decodeJwt(token);
  } catch (e) {
    checks.push({ id: 'format', label: 'Format', ok: false, detail: `Not a readable signed JWT: ${message(e)}` });
    return { valid: false, signatureValid: false, checks, library: message(e) };
  }
  checks.push({ id: 'format', label: 'Format', ok: true, detail: `A signed JWT (three Base64url parts), algorithm ${String(header.alg)}.` });

  const key = opts.jwks.keys.find((k) => k.kid === header.kid);
  checks.push(
    key
      ? { id: 'key', label: 'Signing key', ok: true, detail: `The pool's JWKS has a key with kid ${header.kid}.` }
      : { id: 'key', label: 'Signing key', ok: false, detail: `No key in the pool's JWKS has kid ${String(header.kid)}.` },
  );

  const keySet = createLocalJWKSet(opts.jwks);
  let signatureValid = false;
  if (key) {
    try {
      await compactVerify(token, keySet, { algorithms: ['RS256'] });
      signatureValid = true;
      checks.push({ id: 'signature', label: 'Signature', ok: true, detail: 'Valid: the header and payload are exactly what the pool signed.' });
    } catch (e) {
      checks.push({ id: 'signature', label: 'Signature', ok: false, detail: `Invalid: ${message(e)}. The header or payload was changed after signing, or another key signed it.` });
    }
  } else {
    checks.push({ id: 'signature', label: 'Signature', ok: false, detail: 'Cannot be checked without the signing key.' });
  }

  const nowS = opts.nowMs / 1000;
  if (typeof payload.exp !== 'number') {
    checks.push({ id: 'expiry', label: 'Expiry', ok: false, detail: 'The token has no exp claim.' });
  } else {
    const ok = payload.exp > nowS;
    checks.push({
      id: 'expiry',
      label: 'Expiry',
      ok,
      detail: ok ? `Not expired: exp ${secondsToIso(payload.exp)} is after the simulated now.` : `Expired: exp ${secondsToIso(payload.exp)} is not after the simulated now.`,
    });
  }

  checks.push(
    payload.iss === opts.issuer
      ? { id: 'issuer', label: 'Issuer', ok: true, detail: `iss is this pool (${opts.issuer}).` }
      : { id: 'issuer', label: 'Issuer', ok: false, detail: `iss is ${JSON.stringify(payload.iss)}, not ${opts.issuer}.` },
  );

  const audienceClaim = opts.expectedUse === 'id' ? 'aud' : 'client_id';
  const audience = payload[audienceClaim];
  checks.push(
    audience === opts.clientId
      ? { id: 'audience', label: opts.expectedUse === 'id' ? 'Audience' : 'Client', ok: true, detail: `${audienceClaim} is the app client ${opts.clientId}.` }
      : {
          id: 'audience',
          label: opts.expectedUse === 'id' ? 'Audience' : 'Client',
          ok: false,
          detail: `${audienceClaim} is ${audience === undefined ? 'missing' : JSON.stringify(audience)}; expected the app client ${opts.clientId}.`,
        },
  );

  checks.push(
    payload.token_use === opts.expectedUse
      ? { id: 'token_use', label: 'Token use', ok: true, detail: `token_use is "${opts.expectedUse}", as expected.` }
      : { id: 'token_use', label: 'Token use', ok: false, detail: `token_use is ${JSON.stringify(payload.token_use)}, but an ${opts.expectedUse} token was expected.` },
  );

  let library = 'ok';
  try {
    await jwtVerify(token, keySet, {
      algorithms: ['RS256'],
      issuer: opts.issuer,
      audience: opts.expectedUse === 'id' ? opts.clientId : undefined,
      currentDate: new Date(opts.nowMs),
      clockTolerance: 0,
    });
  } catch (e) {
    library = message(e);
  }

  return { valid: checks.every((c) => c.ok), signatureValid, checks, library };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
