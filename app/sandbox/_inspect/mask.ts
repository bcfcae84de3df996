/**
 * Hiding secrets in the API inspector. Real CloudTrail never records a
 * password, token or secret in `requestParameters`: it writes a placeholder in
 * its place. The inspector does the same by default, and the learner can
 * choose to see the real values (they are their own, in their own browser).
 */

/** What a hidden value is replaced with (the placeholder CloudTrail writes for Cognito's sensitive fields). */
export const MASK = 'HIDDEN_DUE_TO_SECURITY_REASONS';

/** Members of Cognito requests and responses whose values are secret. */
export const SENSITIVE_MEMBERS: ReadonlySet<string> = new Set([
  // Passwords
  'Password',
  'PreviousPassword',
  'ProposedPassword',
  'TemporaryPassword',
  // App-client secrets
  'ClientSecret',
  'SecretHash',
  // Tokens and sessions: anyone holding them can act as the user
  'AccessToken',
  'IdToken',
  'RefreshToken',
  'Token',
  'Session',
  // One-time codes and the TOTP shared secret
  'ConfirmationCode',
  'Code',
  'UserCode',
  'SecretCode',
]);

/** Keys inside `AuthParameters` and `ChallengeResponses` whose values are secret. */
export const SENSITIVE_PARAMETERS: ReadonlySet<string> = new Set([
  'PASSWORD',
  'NEW_PASSWORD',
  'SECRET_HASH',
  'REFRESH_TOKEN',
  'SRP_A',
  'PASSWORD_CLAIM_SIGNATURE',
  'PASSWORD_CLAIM_SECRET_BLOCK',
  'SMS_MFA_CODE',
  'SOFTWARE_TOKEN_MFA_CODE',
  'EMAIL_OTP_CODE',
  'SMS_OTP_CODE',
  'ANSWER',
  'DEVICE_KEY',
]);

/** Whether the value under `key` should be hidden. */
export function isSensitiveKey(key: string): boolean {
  return SENSITIVE_MEMBERS.has(key) || SENSITIVE_PARAMETERS.has(key);
}

/**
 * A copy of `value` (any JSON) with every secret replaced by {@link MASK}.
 * Only strings (and numbers) under a sensitive key are replaced; objects and
 * arrays are walked, so the shape of the request stays visible.
 */
export function maskSecrets<T>(value: T): T {
  return walk(value, false) as T;
}

function walk(value: unknown, hide: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => walk(v, hide));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = walk(v, isSensitiveKey(k));
    return out;
  }
  if (hide && (typeof value === 'string' || typeof value === 'number')) return MASK;
  return value;
}

/** Whether {@link maskSecrets} would hide anything in `value`. */
export function hasSecrets(value: unknown): boolean {
  return JSON.stringify(maskSecrets(value)) !== JSON.stringify(value);
}
