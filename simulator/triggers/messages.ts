/**
 * What Cognito answers when a Lambda trigger fails, written once. Each entry
 * says where its wording comes from; entries marked UNCONFIRMED are the
 * sandbox's best guess and must not be taught as AWS's exact words.
 */
import type { CognitoExceptionName } from '../core/errors';

export interface TriggerFailure {
  type: CognitoExceptionName;
  message: string;
}

export const TRIGGER_MESSAGES = {
  /**
   * The handler threw (or called back with an error). Confirmed: real answers
   * quoted in aws-amplify/amplify-ui-android#314 ("PreSignUp failed with error
   * Registration from this domain is not allowed..") and
   * aws-amplify/amplify-flutter#1051: the handler's message is followed by a
   * period, even when it already ends with one.
   */
  failedWithError: (trigger: string, message: string): TriggerFailure => ({
    type: 'UserLambdaValidationException',
    message: `${trigger} failed with error ${message}.`,
  }),
  /**
   * Every attempt timed out. Confirmed wording: anomalyco/sst#1815 ("PreSignUp
   * invocation failed due to error Socket timeout while invoking Lambda
   * function.", UnexpectedLambdaException) and
   * furaiev/amazon-cognito-identity-dart-2#204 (PostAuthentication, same type).
   */
  timedOut: (trigger: string): TriggerFailure => ({
    type: 'UnexpectedLambdaException',
    message: `${trigger} invocation failed due to error Socket timeout while invoking Lambda function.`,
  }),
  /**
   * The LambdaConfig names a function that does not exist. Wording confirmed by
   * the AWS re:Post knowledge-center article "cognito-lambda-trigger-errors"
   * ("PreSignUp invocation failed due to error AccessDeniedException.", which
   * it says also occurs when the function was deleted). The exception type is
   * UNCONFIRMED (the same family as the timeout message).
   */
  functionMissing: (trigger: string): TriggerFailure => ({
    type: 'UnexpectedLambdaException',
    message: `${trigger} invocation failed due to error AccessDeniedException.`,
  }),
  /**
   * The sandbox has no runtime to run code (no `lambdaRuntime` was given to
   * createSimulator). SANDBOX-ONLY wording: AWS always has Lambda.
   */
  noRuntime: (trigger: string): TriggerFailure => ({
    type: 'UnexpectedLambdaException',
    message: `${trigger} invocation failed due to error ServiceException: this sandbox has no Lambda runtime.`,
  }),
  /**
   * The handler returned something that is not the event (nothing, a string,
   * or a response with fields of the wrong type). Confirmed: StackOverflow
   * 42706896 ("Unrecognizable lambda output", InvalidLambdaResponseException).
   */
  unrecognizableOutput: (): TriggerFailure => ({ type: 'InvalidLambdaResponseException', message: 'Unrecognizable lambda output' }),
  /**
   * PreSignUp asked to auto-verify an email or phone number the user does not
   * have. The pre sign-up page only says "an error will occur". UNCONFIRMED
   * wording and type.
   */
  autoVerifyWithoutValue: (attribute: 'email' | 'phone_number'): TriggerFailure => ({
    type: 'InvalidLambdaResponseException',
    message: `Invalid lambda response: autoVerify requested but the user has no ${attribute}.`,
  }),
  /**
   * User migration could not create the user. Wording confirmed by the re:Post
   * knowledge-center article "cognito-migration-lambda-trigger-errors"
   * (UserNotFoundException "Exception migrating user in app client
   * <client id>"); the sandbox also uses it when the function returned no
   * userAttributes (UNCONFIRMED for that case).
   */
  migrationFailed: (clientId: string): TriggerFailure => ({
    type: 'UserNotFoundException',
    message: `Exception migrating user in app client ${clientId}`,
  }),
  /**
   * Migration returned a finalUserStatus, messageAction or
   * desiredDeliveryMediums value Cognito does not accept. The re:Post article
   * above names the errors ("finalUserStatus invalid", "messageAction invalid",
   * UserNotFoundException) but its exact English wording is UNCONFIRMED.
   */
  migrationInvalidField: (field: string): TriggerFailure => ({
    type: 'UserNotFoundException',
    message: `Error during migration: ${field} invalid`,
  }),
} as const;
