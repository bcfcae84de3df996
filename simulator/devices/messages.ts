/**
 * Error wording of the device operations and device sign-in. AWS's exact
 * texts were not found: these are the sandbox's own ("unconfirmed"). The
 * "device does not exist" wording keeps the word "device", which
 * amazon-cognito-identity-js looks for to forget a stale device key and retry.
 */
export const DEVICE_MESSAGES = {
  // unconfirmed
  deviceNotFound: 'Device does not exist.',
  deviceAlreadyConfirmed: 'Device has already been confirmed.',
  invalidVerifierConfig: 'DeviceSecretVerifierConfig must hold Base64 PasswordVerifier and Salt values.',
  deviceKeyMismatch: 'DEVICE_KEY does not match the device of this session.',
  deviceNotVerifiable: 'Device cannot be authenticated: it was never confirmed with a verifier.',
  accessTokenRequired: 'Missing required parameter AccessToken',
} as const;
