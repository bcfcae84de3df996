/** RFC 6238 TOTP for SOFTWARE_TOKEN_MFA, through otpauth, on the simulated clock. */
import { Secret, TOTP } from 'otpauth';
import { CODES } from '../facts';
import type { RandomSource } from '../core/random';

const totp = (secretBase32: string, label = 'user', issuer = 'Cognito Sandbox') =>
  new TOTP({ issuer, label, algorithm: 'SHA1', digits: CODES.totpDigits.value, period: CODES.totpPeriodSeconds.value, secret: Secret.fromBase32(secretBase32) });

/** A new shared secret (160 bits), Base32 as AssociateSoftwareToken returns it. */
export function newTotpSecret(rng: RandomSource): string {
  return new Secret({ buffer: rng.bytes(20).buffer as ArrayBuffer }).base32;
}

/** The code an authenticator app shows at `nowMs`. */
export function totpCode(secretBase32: string, nowMs: number): string {
  return totp(secretBase32).generate({ timestamp: nowMs });
}

/** Whether `code` is valid at `nowMs`, allowing one step before or after. */
export function checkTotp(secretBase32: string, code: string, nowMs: number): boolean {
  return totp(secretBase32).validate({ token: code, timestamp: nowMs, window: CODES.totpWindowSteps.value }) !== null;
}

/** The otpauth:// URI an authenticator app scans. */
export function totpUri(secretBase32: string, label: string, issuer: string): string {
  return totp(secretBase32, label, issuer).toString();
}
