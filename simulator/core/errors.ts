/**
 * Cognito's exception types. Every failure that leaves the engine is a
 * {@link CognitoError} whose `name` is the AWS `__type` (for example
 * `NotAuthorizedException`) and whose message is AWS's wording.
 */
export const COGNITO_EXCEPTIONS = [
  // Amazon Cognito user pools (cognito-idp)
  'AliasExistsException',
  'CodeDeliveryFailureException',
  'CodeMismatchException',
  'ConcurrentModificationException',
  'DeviceKeyExistsException',
  'DuplicateProviderException',
  'EnableSoftwareTokenMFAException',
  'ExpiredCodeException',
  'ForbiddenException',
  'GroupExistsException',
  'InternalErrorException',
  'InvalidEmailRoleAccessPolicyException',
  'InvalidLambdaResponseException',
  'InvalidOAuthFlowException',
  'InvalidParameterException',
  'InvalidPasswordException',
  'InvalidSmsRoleAccessPolicyException',
  'InvalidSmsRoleTrustRelationshipException',
  'InvalidUserPoolConfigurationException',
  'LimitExceededException',
  'MFAMethodNotFoundException',
  'NotAuthorizedException',
  'PasswordHistoryPolicyViolationException',
  'PasswordResetRequiredException',
  'PreconditionNotMetException',
  'ResourceNotFoundException',
  'ScopeDoesNotExistException',
  'SoftwareTokenMFANotFoundException',
  'TooManyFailedAttemptsException',
  'TooManyRequestsException',
  'UnauthorizedException',
  'UnexpectedLambdaException',
  'UnsupportedIdentityProviderException',
  'UnsupportedOperationException',
  'UnsupportedTokenTypeException',
  'UnsupportedUserStateException',
  'UserImportInProgressException',
  'UserLambdaValidationException',
  'UserNotConfirmedException',
  'UserNotFoundException',
  'UserPoolAddOnNotEnabledException',
  'UserPoolTaggingException',
  'UsernameExistsException',
  'WebAuthnNotEnabledException',
  'FeatureUnavailableInTierException',
  // Generic AWS JSON protocol errors
  'SerializationException',
  'UnknownOperationException',
  'ValidationException',
  // Amazon Cognito identity pools (cognito-identity); the others it uses are listed above
  'ResourceConflictException',
  'DeveloperUserAlreadyRegisteredException',
  'InvalidIdentityPoolConfigurationException',
  'ExternalServiceException',
] as const;

export type CognitoExceptionName = (typeof COGNITO_EXCEPTIONS)[number];

/** An error Cognito would return: HTTP 400 with `{"__type", "message"}`. */
export class CognitoError extends Error {
  override readonly name: CognitoExceptionName;
  /** HTTP status AWS uses for this error (400 for all client errors, 500 for InternalErrorException). */
  readonly statusCode: number;
  /**
   * Keep the state changes the operation made before it failed (for example a
   * failed sign-in still counts toward the lockout). Set it with {@link keepingChanges}.
   */
  keepChanges = false;

  constructor(type: CognitoExceptionName, message: string) {
    super(message);
    this.name = type;
    this.statusCode = type === 'InternalErrorException' ? 500 : 400;
  }

  /** The AWS JSON 1.1 wire form. */
  toJSON(): { __type: CognitoExceptionName; message: string } {
    return { __type: this.name, message: this.message };
  }
}

export const isCognitoError = (e: unknown): e is CognitoError => e instanceof CognitoError;

/** Shorthand used by operations: `throw fail('NotAuthorizedException', 'Incorrect username or password.')`. */
export const fail = (type: CognitoExceptionName, message: string): CognitoError => new CognitoError(type, message);

/**
 * Marks an error whose operation's changes must be kept: the call still fails,
 * but what it wrote (a counted failed attempt, a consumed session) stays.
 */
export function keepingChanges(error: CognitoError): CognitoError {
  error.keepChanges = true;
  return error;
}

/** AWS's wording for the most common failures, written once. */
export const MESSAGES = {
  incorrectCredentials: 'Incorrect username or password.',
  userDoesNotExist: 'User does not exist.',
  userNotConfirmed: 'User is not confirmed.',
  userDisabled: 'User is disabled.',
  passwordResetRequired: 'Password reset required for the user',
  invalidAccessToken: 'Invalid Access Token',
  accessTokenExpired: 'Access Token has expired',
  accessTokenRevoked: 'Access Token has been revoked',
  invalidRefreshToken: 'Invalid Refresh Token',
  refreshTokenRevoked: 'Refresh Token has been revoked',
  refreshTokenExpired: 'Refresh Token has expired',
  invalidSession: 'Invalid session for the user, session is expired.',
  invalidCode: 'Invalid verification code provided, please try again.',
  expiredCode: 'Invalid code provided, please request a code again.',
  userAlreadyExists: 'User already exists',
  attemptsExceeded: 'Password attempts exceeded',
  userPoolNotExist: (id: string) => `User pool ${id} does not exist.`,
  clientNotExist: (id: string) => `User pool client ${id} does not exist.`,
  groupNotFound: 'Group not found.',
  secretHashMismatch: (clientId: string) => `Client ${clientId} is configured with secret but SECRET_HASH was not received`,
  unableToVerifySecretHash: (clientId: string) => `Unable to verify secret hash for client ${clientId}`,
  // User pools and app clients (simulator/pools). Unconfirmed wording is marked so in simulator/pools/messages.ts.
  deletionProtectionActive: 'The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.',
  invalidTokenValidityRange: 'Invalid range for token validity.',
  aliasAndUsernameAttributes: 'Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.',
  invalidReadAttributes: 'Invalid read attributes specified while creating a client',
  invalidWriteAttributes: 'Invalid write attributes specified while creating a client',
  mfaOffWithFactor: "Invalid MFA configuration given, can't turn off MFA and configure an MFA together.",
  mfaOnWithoutFactor: "Invalid MFA configuration given, can't disable all MFAs with a required or optional configuration.",
  // Sign-up and self-service (simulator/users). Unconfirmed wording is listed in simulator/users/selfServiceMessages.ts.
  usernameClientNotFound: 'Username/client id combination not found.',
  signUpNotPermitted: 'SignUp is not permitted for this user pool',
  cannotConfirmInStatus: (status: string) => `User cannot be confirmed. Current status is ${status}`,
  userAlreadyConfirmed: 'User is already confirmed.',
  noVerifiedRecoveryChannel: 'Cannot reset password for the user as there is no registered/verified email or phone_number',
  passwordCannotBeReset: 'User password cannot be reset in the current state.',
  aliasExists: (attribute: string) => `An account with the given ${attribute} already exists.`,
  unauthorizedAttributeWrite: 'A client attempted to write unauthorized attribute',
  onlyEmailOrPhoneVerifiable: 'Invalid attribute name. Only phone_number and email can be verified.',
} as const;
