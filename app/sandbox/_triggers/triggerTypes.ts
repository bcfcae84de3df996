/**
 * Type declarations for the editor: the event each user pool trigger
 * receives, in the shape the engine sends (simulator/triggers/events.ts and
 * the trigger modules beside it), as global types so a handler can write
 * `async (event: PreSignUpEvent) => …` and get completions for
 * `event.request.userAttributes`. Added to Monaco with `addExtraLib`; the
 * Vitest suite type-checks every template against them.
 */
export const TRIGGER_TYPES_DTS = `
/** Fields every user pool trigger event carries. */
interface TriggerEventBase<Source extends string> {
  /** Event version: "1" (pre token generation V2_0 sends "2"). */
  version: string;
  triggerSource: Source;
  region: string;
  userPoolId: string;
  userName: string;
  callerContext: { awsSdkVersion: string; clientId: string };
}

/** The user's attributes as Cognito sends them (sub, email, custom:…, cognito:user_status). */
type UserAttributes = { [name: string]: string };
type ClientMetadata = { [key: string]: string };

interface PreSignUpEvent extends TriggerEventBase<'PreSignUp_SignUp' | 'PreSignUp_AdminCreateUser' | 'PreSignUp_ExternalProvider'> {
  request: { userAttributes: UserAttributes; validationData: { [key: string]: string } | null; clientMetadata?: ClientMetadata };
  response: { autoConfirmUser: boolean; autoVerifyEmail: boolean; autoVerifyPhone: boolean };
}

interface PostConfirmationEvent extends TriggerEventBase<'PostConfirmation_ConfirmSignUp' | 'PostConfirmation_ConfirmForgotPassword'> {
  request: { userAttributes: UserAttributes; clientMetadata?: ClientMetadata };
  response: {};
}

interface PreAuthenticationEvent extends TriggerEventBase<'PreAuthentication_Authentication'> {
  request: { userAttributes: UserAttributes; userNotFound?: boolean; validationData: { [key: string]: string } | null };
  response: {};
}

interface PostAuthenticationEvent extends TriggerEventBase<'PostAuthentication_Authentication'> {
  request: { userAttributes: UserAttributes; newDeviceUsed: boolean; clientMetadata?: ClientMetadata };
  response: {};
}

type TokenGenerationSource =
  | 'TokenGeneration_HostedAuth'
  | 'TokenGeneration_Authentication'
  | 'TokenGeneration_NewPasswordChallenge'
  | 'TokenGeneration_AuthenticateDevice'
  | 'TokenGeneration_RefreshTokens';

interface GroupConfiguration {
  groupsToOverride: string[];
  iamRolesToOverride: string[];
  preferredRole: string | null;
}

interface PreTokenGenerationV1Event extends TriggerEventBase<TokenGenerationSource> {
  request: { userAttributes: UserAttributes; groupConfiguration: GroupConfiguration; clientMetadata?: ClientMetadata };
  response: {
    claimsOverrideDetails: null | {
      claimsToAddOrOverride?: { [claim: string]: string };
      claimsToSuppress?: string[];
      groupOverrideDetails?: Partial<GroupConfiguration>;
    };
  };
}

interface TokenChanges {
  claimsToAddOrOverride?: { [claim: string]: unknown };
  claimsToSuppress?: string[];
}

interface PreTokenGenerationV2Event extends TriggerEventBase<TokenGenerationSource> {
  request: { userAttributes: UserAttributes; groupConfiguration: GroupConfiguration; scopes: string[]; clientMetadata?: ClientMetadata };
  response: {
    claimsAndScopeOverrideDetails: null | {
      idTokenGeneration?: TokenChanges;
      accessTokenGeneration?: TokenChanges & { scopesToAdd?: string[]; scopesToSuppress?: string[] };
      groupOverrideDetails?: Partial<GroupConfiguration>;
    };
  };
}

interface CustomMessageEvent
  extends TriggerEventBase<
    | 'CustomMessage_SignUp'
    | 'CustomMessage_AdminCreateUser'
    | 'CustomMessage_ResendCode'
    | 'CustomMessage_ForgotPassword'
    | 'CustomMessage_UpdateUserAttribute'
    | 'CustomMessage_VerifyUserAttribute'
    | 'CustomMessage_Authentication'
  > {
  request: {
    userAttributes: UserAttributes;
    /** The placeholder your message must contain: Cognito puts the code there ("{####}"). */
    codeParameter: string;
    /** AdminCreateUser only: the placeholder for the user name. */
    usernameParameter: string | null;
    linkParameter?: string | null;
    clientMetadata?: ClientMetadata;
  };
  response: { smsMessage: string | null; emailMessage: string | null; emailSubject: string | null };
}

interface UserMigrationEvent extends TriggerEventBase<'UserMigration_Authentication' | 'UserMigration_ForgotPassword'> {
  request: { password?: string; validationData?: { [key: string]: string } | null; clientMetadata?: ClientMetadata };
  response: {
    userAttributes: UserAttributes | null;
    finalUserStatus?: 'CONFIRMED' | 'RESET_REQUIRED' | null;
    messageAction?: 'SUPPRESS' | 'RESEND' | null;
    desiredDeliveryMediums?: Array<'EMAIL' | 'SMS'> | null;
    forceAliasCreation?: boolean | null;
    enableSMSMFA?: boolean | null;
  };
}

interface ChallengeResult {
  challengeName: 'CUSTOM_CHALLENGE' | 'PASSWORD_VERIFIER' | 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'SRP_A' | 'EMAIL_OTP' | string;
  challengeResult: boolean;
  challengeMetadata?: string;
}

interface DefineAuthChallengeEvent extends TriggerEventBase<'DefineAuthChallenge_Authentication'> {
  request: { userAttributes: UserAttributes; session: ChallengeResult[]; userNotFound?: boolean; clientMetadata?: ClientMetadata };
  response: { challengeName?: string; issueTokens: boolean; failAuthentication: boolean };
}

interface CreateAuthChallengeEvent extends TriggerEventBase<'CreateAuthChallenge_Authentication'> {
  request: { userAttributes: UserAttributes; challengeName: string; session: ChallengeResult[]; userNotFound?: boolean; clientMetadata?: ClientMetadata };
  response: {
    publicChallengeParameters: { [key: string]: string };
    privateChallengeParameters: { [key: string]: string };
    challengeMetadata: string;
  };
}

interface VerifyAuthChallengeResponseEvent extends TriggerEventBase<'VerifyAuthChallengeResponse_Authentication'> {
  request: {
    userAttributes: UserAttributes;
    privateChallengeParameters: { [key: string]: string };
    challengeAnswer: string;
    userNotFound?: boolean;
    clientMetadata?: ClientMetadata;
  };
  response: { answerCorrect: boolean };
}

interface CustomSenderEvent extends TriggerEventBase<string> {
  request: {
    type: 'customEmailSenderRequestV1' | 'customSMSSenderRequestV1';
    /** The code or temporary password, encrypted with the pool's KMS key (base64). */
    code: string | null;
    userAttributes: UserAttributes;
    clientMetadata?: ClientMetadata;
  };
}

/** Lambda's context object (the parts a trigger usually reads). */
interface LambdaContext {
  functionName: string;
  awsRequestId: string;
  invokedFunctionArn: string;
  getRemainingTimeInMillis(): number;
}
`;
