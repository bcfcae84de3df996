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
  // Generic AWS JSON protocol errors
  'SerializationException',
  'UnknownOperationException',
  'ValidationException',
] as const;

export type CognitoExceptionName = (typeof COGNITO_EXCEPTIONS)[number];

/** An error Cognito would return: HTTP 400 with `{"__type", "message"}`. */
export class CognitoError extends Error {
  override readonly name: CognitoExceptionName;
  /** HTTP status AWS uses for this error (400 for all client errors, 500 for InternalErrorException). */
  readonly statusCode: number;

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
} as const;
