/**
 * Error wording for sign-up and the user's self-service operations that is
 * not in `MESSAGES` (core/errors.ts). Each entry says where it comes from:
 * - "apps": the exact text several public applications match on (so AWS's);
 * - "emulator": the text another Cognito emulator returns (floci), not
 *   checked against AWS;
 * - "unconfirmed": AWS's exact text was not found; the sandbox's own wording.
 * Confirmed wording lives in `MESSAGES`.
 */
export const SELF_SERVICE_MESSAGES = {
  // apps: SignUp in a pool whose UsernameAttributes is [email]
  usernameShouldBeEmail: 'Username should be an email.',
  // unconfirmed (by analogy with the email wording)
  usernameShouldBePhone: 'Username should be a phone number.',
  usernameShouldBeEmailOrPhone: 'Username should be either an email or a phone number.',
  // apps (email); unconfirmed (phone_number, by analogy)
  usernameInAliasFormat: (attribute: 'email' | 'phone_number') =>
    attribute === 'email'
      ? 'Username cannot be of email format, since user pool is configured for email alias.'
      : 'Username cannot be of phone number format, since user pool is configured for phone_number alias.',
  // apps: the prefix ChangePassword and ConfirmForgotPassword use (SignUp says "did not conform with policy")
  newPasswordPolicyPrefix: 'Password does not conform to policy: ',
  // apps: a required attribute set to an empty value
  requiredAttributeDeleted: (name: string) => `Invalid user attributes: ${name}: Required attribute cannot be deleted.`,
  // apps (message); the exception type varies between sources (InvalidParameterException here)
  autoVerificationOff: 'Cannot resend codes. Auto verification not turned on.',
  // unconfirmed: PasswordHistoryPolicyViolationException's text
  passwordInHistory: 'The password has been used recently. Choose a different password.',
  // emulator: GetUserAttributeVerificationCode / VerifyUserAttribute for an attribute the user does not have
  noValueToVerify: (attribute: string) =>
    attribute === 'phone_number' ? 'User does not have a valid registered phone number' : 'User does not have a valid registered email',
  nothingToVerify: (attribute: string) => `Unable to verify attribute: ${attribute} no value set to verify`,
} as const;
