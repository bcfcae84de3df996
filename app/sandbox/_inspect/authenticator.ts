/**
 * The learner's virtual authenticator app: accounts added by secret (what
 * scanning the QR code of AssociateSoftwareToken does), and the current
 * RFC 6238 code of each on the simulated clock with the seconds left before
 * it changes.
 */
import { totpCode } from '@/simulator/users/totp';
import { CODES } from '@/simulator/facts';

/** The TOTP step in seconds (authenticator apps and Cognito use the same). */
export const TOTP_PERIOD_SECONDS = CODES.totpPeriodSeconds.value;

export type SecretCheck = { ok: true; secret: string } | { ok: false; error: string };

/** Base32 (RFC 4648) alphabet, as TOTP secrets are written. */
const BASE32 = /^[A-Z2-7]+=*$/;

/**
 * Cleans a secret a person pasted or typed (spaces, dashes, lower case) and
 * checks that it is Base32. Also accepts a whole `otpauth://totp/…` URI and
 * takes its `secret` parameter.
 */
export function normalizeSecret(input: string): SecretCheck {
  let raw = input.trim();
  if (/^otpauth:\/\//i.test(raw)) {
    const uri = parseOtpauthUri(raw);
    if (!uri) return { ok: false, error: 'That otpauth:// link has no secret parameter.' };
    raw = uri.secret;
  }
  const secret = raw.replace(/[\s-]/g, '').toUpperCase();
  if (secret === '') return { ok: false, error: 'Enter the secret key.' };
  if (!BASE32.test(secret)) return { ok: false, error: 'A secret key uses only the letters A to Z and the digits 2 to 7 (Base32).' };
  return { ok: true, secret };
}

/** The label and secret of an `otpauth://totp/Issuer:label?secret=…&issuer=…` URI. */
export function parseOtpauthUri(uri: string): { label: string; secret: string; issuer?: string } | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'otpauth:') return undefined;
  const secret = url.searchParams.get('secret');
  if (!secret) return undefined;
  const label = decodeURIComponent(url.pathname.replace(/^\/+/, '').replace(/^totp\//i, '')) || decodeURIComponent(url.host);
  return { label, secret, issuer: url.searchParams.get('issuer') ?? undefined };
}

export interface AuthenticatorReading {
  /** The 6-digit code to type. */
  code: string;
  /** Whole seconds until the code changes (1 to the period). */
  secondsLeft: number;
  /** The RFC 6238 time step counter. */
  step: number;
}

/** What the authenticator shows for `secret` at simulated time `nowMs`. */
export function readAuthenticator(secret: string, nowMs: number, periodSeconds: number = TOTP_PERIOD_SECONDS): AuthenticatorReading {
  const periodMs = periodSeconds * 1000;
  const step = Math.floor(nowMs / periodMs);
  const intoStep = nowMs - step * periodMs;
  return { code: totpCode(secret, nowMs), secondsLeft: Math.ceil((periodMs - intoStep) / 1000), step };
}

/** A secret grouped in fours for reading aloud or copying by hand (`JBSW Y3DP …`). */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}
