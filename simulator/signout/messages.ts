/**
 * Wording of the sign-out, revocation and MFA-preference errors. Where AWS's
 * exact text was not found in a public source, the entry says so: those
 * messages are the engine's best rendering, and the exception type is AWS's.
 */
export const SIGNOUT_MESSAGES = {
  /** UnsupportedOperationException when the client's EnableTokenRevocation is false. Wording unconfirmed. */
  revocationDisabled: 'Token revocation is not enabled for this client',
  /** UnsupportedTokenTypeException when RevokeToken gets an ID or access token. Wording unconfirmed. */
  unsupportedTokenType: 'Unsupported token type. Only refresh tokens can be revoked.',
  /** UnauthorizedException when the ClientId names no app client. Wording unconfirmed. */
  unknownClient: (clientId: string) => `Client ${clientId} does not exist.`,
  /** UnauthorizedException when a client with a secret gets no ClientSecret. Wording unconfirmed. */
  secretMissing: (clientId: string) => `Client ${clientId} is configured for secret but secret was not received`,
  /** UnauthorizedException when the ClientSecret is wrong. Wording unconfirmed. */
  secretWrong: (clientId: string) => `Unable to verify secret for client ${clientId}`,
  /** UnauthorizedException when the refresh token was issued to another client of the pool. Wording unconfirmed. */
  otherClient: 'Refresh token was not issued to this client',
} as const;

export const MFA_MESSAGES = {
  /**
   * InvalidParameterException when a factor is turned on without its delivery
   * channel (no verified authenticator, no phone number, no email). The
   * SOFTWARE_TOKEN_MFA form is AWS's (aws/aws-sdk-js-v3 issue 4645, 2023); the
   * SMS_MFA and EMAIL_OTP forms follow the same pattern (unconfirmed).
   */
  noDeliveryConfig: (factor: 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP') => `User does not have delivery config set to turn on ${factor}`,
  /** InvalidParameterException when more than one factor is preferred in one request. Wording unconfirmed. */
  onePreferred: 'Only one MFA type can be set as preferred',
  /** InvalidParameterException when a factor is preferred but not turned on. Wording unconfirmed. */
  preferredNotEnabled: (factor: string) => `${factor} cannot be preferred because it is not enabled`,
  /** InvalidParameterException when email MFA is not available in the user pool. Wording unconfirmed. */
  emailMfaUnavailable: 'Email MFA is not enabled for this user pool',
} as const;
