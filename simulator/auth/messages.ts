/**
 * Cognito's wording for sign-in failures (the common ones, such as
 * "Incorrect username or password.", are in `MESSAGES` in core/errors.ts).
 *
 * Sources: the API reference and developer guide where they quote a message,
 * otherwise messages recorded from the live service in public client code and
 * tests (moto, Amplify, application error tables). Entries in
 * {@link UNCONFIRMED_AUTH_MESSAGES} could not be matched to AWS's text.
 */
export const AUTH_MESSAGES = {
  /** InitiateAuth USER_PASSWORD_AUTH on a client without ALLOW_USER_PASSWORD_AUTH. */
  userPasswordAuthNotEnabled: 'USER_PASSWORD_AUTH flow not enabled for this client',
  /** AdminInitiateAuth ADMIN_USER_PASSWORD_AUTH on a client without ALLOW_ADMIN_USER_PASSWORD_AUTH. */
  adminAuthFlowNotEnabled: 'Auth flow not enabled for this client',
  srpNotEnabled: 'USER_SRP_AUTH is not enabled for the client.',
  customAuthNotEnabled: 'CUSTOM_AUTH is not enabled for the client.',
  /** CUSTOM_AUTH on a pool without a DefineAuthChallenge trigger. */
  customAuthNoTrigger: 'Custom auth lambda trigger is not configured for the user pool.',
  /** A flow the operation does not take (ADMIN_USER_PASSWORD_AUTH in InitiateAuth, USER_PASSWORD_AUTH in AdminInitiateAuth). */
  methodNotSupported: 'Initiate Auth method not supported',
  missingParameter: (name: string) => `Missing required parameter ${name}`,
  temporaryPasswordExpired: 'Temporary password has expired and must be reset by an administrator.',
  /** CodeMismatchException for a wrong SMS, email or authenticator code. */
  invalidMfaCode: 'Invalid code received for user',
  sessionUsedOnce: 'Invalid session for the user, session can only be used once.',
  /** ExpiredCodeException: the same TOTP code twice in its validity window. */
  softwareTokenReused: 'Your software token has already been used once.',
  /** EnableSoftwareTokenMFAException from VerifySoftwareToken. */
  softwareTokenMismatch: 'Code mismatch and fail enable Software Token MFA',
  /** SoftwareTokenMFANotFoundException when the pool does not offer TOTP (DG, TOTP software token MFA). */
  poolSoftwareTokenDisabled: 'Software Token MFA has not been enabled by the userPool',
} as const;

/**
 * Wording not found in an AWS source. Kept apart so it is not taught as
 * AWS's text.
 */
export const UNCONFIRMED_AUTH_MESSAGES = {
  refreshNotEnabled: 'Refresh Token flow not enabled for this client',
  timestampFormat: 'TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.',
  invalidSrpA: 'SRP_A is not a valid SRP public value.',
  wrongChallenge: (name: string) => `The session is not waiting for a ${name} response.`,
  invalidMfaChoice: (answer: string) => `${answer} is not a valid MFA type for this challenge.`,
  missingRequiredAttribute: (name: string) => `Invalid attributes given, ${name} is missing`,
  /** NEW_PASSWORD_REQUIRED answered after an administrator already changed the user's status. */
  newPasswordNotExpected: (status: string) => `User status ${status} does not allow NEW_PASSWORD_REQUIRED.`,
  accessTokenOrSession: 'Either AccessToken or Session must be provided.',
  /** RespondToAuthChallenge MFA_SETUP before VerifySoftwareToken succeeded. */
  mfaSetupIncomplete: 'MFA setup is not complete: verify a software token with this session first.',
  /** VerifySoftwareToken before AssociateSoftwareToken. */
  noPendingSoftwareToken: 'Software Token MFA has not been associated with the user.',
  /** USER_AUTH needs passwordless factors the simulator does not run (CUSTOM_AUTH runs in simulator/triggers/customAuth.ts). */
  flowNotSimulated: (flow: string) => `The ${flow} flow is not available in this simulator.`,
} as const;
