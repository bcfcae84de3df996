/**
 * Declarations the code lab's editor loads into Monaco, so learner code gets
 * completions and type checks: the injected constants and a small,
 * hand-written subset of the three packages (the commands and inputs the
 * exam asks about). The real packages run in the worker; these types only
 * describe them.
 */

const COMMON = `
  export interface ClientConfig {
    /** Defaults to the sandbox's region. */
    region?: string;
    /** Defaults to dummy sandbox credentials (the simulated pool does not check signatures). */
    credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
    maxAttempts?: number;
  }
  export interface ResponseMetadata { httpStatusCode?: number; requestId?: string; attempts?: number }
  export interface MetadataBearer { $metadata: ResponseMetadata }
  /** A command: its input, and (for typing only) its output. */
  export class Command<I, O> {
    readonly input: I;
    /** @internal output type marker */
    resolveMiddleware(): (input: I) => Promise<O>;
  }
`;

/** [command, input fields, output fields] for the user pools client. */
const IDP_COMMANDS: readonly (readonly [string, string, string])[] = [
  ['SignUp', 'ClientId: string; Username: string; Password?: string; SecretHash?: string; UserAttributes?: AttributeType[]; ValidationData?: AttributeType[]; ClientMetadata?: Record<string, string>', 'UserConfirmed: boolean; UserSub: string; CodeDeliveryDetails?: CodeDeliveryDetailsType; Session?: string'],
  ['ConfirmSignUp', 'ClientId: string; Username: string; ConfirmationCode: string; SecretHash?: string; ForceAliasCreation?: boolean; ClientMetadata?: Record<string, string>', 'Session?: string'],
  ['ResendConfirmationCode', 'ClientId: string; Username: string; SecretHash?: string', 'CodeDeliveryDetails?: CodeDeliveryDetailsType'],
  ['InitiateAuth', 'AuthFlow: AuthFlowType; ClientId: string; AuthParameters?: Record<string, string>; ClientMetadata?: Record<string, string>; Session?: string', 'ChallengeName?: ChallengeNameType; Session?: string; ChallengeParameters?: Record<string, string>; AuthenticationResult?: AuthenticationResultType; AvailableChallenges?: ChallengeNameType[]'],
  ['RespondToAuthChallenge', 'ClientId: string; ChallengeName: ChallengeNameType; Session?: string; ChallengeResponses?: Record<string, string>; ClientMetadata?: Record<string, string>', 'ChallengeName?: ChallengeNameType; Session?: string; ChallengeParameters?: Record<string, string>; AuthenticationResult?: AuthenticationResultType'],
  ['GetUser', 'AccessToken: string', 'Username: string; UserAttributes: AttributeType[]; MFAOptions?: unknown[]; PreferredMfaSetting?: string; UserMFASettingList?: string[]'],
  ['UpdateUserAttributes', 'AccessToken: string; UserAttributes: AttributeType[]; ClientMetadata?: Record<string, string>', 'CodeDeliveryDetailsList?: CodeDeliveryDetailsType[]'],
  ['VerifyUserAttribute', 'AccessToken: string; AttributeName: string; Code: string', ''],
  ['ChangePassword', 'AccessToken: string; PreviousPassword?: string; ProposedPassword: string', ''],
  ['ForgotPassword', 'ClientId: string; Username: string; SecretHash?: string; ClientMetadata?: Record<string, string>', 'CodeDeliveryDetails?: CodeDeliveryDetailsType'],
  ['ConfirmForgotPassword', 'ClientId: string; Username: string; ConfirmationCode: string; Password: string; SecretHash?: string', ''],
  ['GlobalSignOut', 'AccessToken: string', ''],
  ['RevokeToken', 'Token: string; ClientId: string; ClientSecret?: string', ''],
  ['AssociateSoftwareToken', 'AccessToken?: string; Session?: string', 'SecretCode?: string; Session?: string'],
  ['VerifySoftwareToken', 'AccessToken?: string; Session?: string; UserCode: string; FriendlyDeviceName?: string', "Status?: 'SUCCESS' | 'ERROR'; Session?: string"],
  ['SetUserMFAPreference', 'AccessToken: string; SoftwareTokenMfaSettings?: { Enabled?: boolean; PreferredMfa?: boolean }; SMSMfaSettings?: { Enabled?: boolean; PreferredMfa?: boolean }; EmailMfaSettings?: { Enabled?: boolean; PreferredMfa?: boolean }', ''],
  ['AdminCreateUser', "UserPoolId: string; Username: string; UserAttributes?: AttributeType[]; ValidationData?: AttributeType[]; TemporaryPassword?: string; ForceAliasCreation?: boolean; MessageAction?: 'RESEND' | 'SUPPRESS'; DesiredDeliveryMediums?: ('SMS' | 'EMAIL')[]; ClientMetadata?: Record<string, string>", 'User?: UserType'],
  ['AdminGetUser', 'UserPoolId: string; Username: string', 'Username: string; UserAttributes?: AttributeType[]; UserCreateDate?: Date; UserLastModifiedDate?: Date; Enabled?: boolean; UserStatus?: UserStatusType; PreferredMfaSetting?: string; UserMFASettingList?: string[]'],
  ['AdminSetUserPassword', 'UserPoolId: string; Username: string; Password: string; Permanent?: boolean', ''],
  ['AdminConfirmSignUp', 'UserPoolId: string; Username: string; ClientMetadata?: Record<string, string>', ''],
  ['AdminInitiateAuth', 'UserPoolId: string; ClientId: string; AuthFlow: AuthFlowType; AuthParameters?: Record<string, string>; ClientMetadata?: Record<string, string>', 'ChallengeName?: ChallengeNameType; Session?: string; ChallengeParameters?: Record<string, string>; AuthenticationResult?: AuthenticationResultType'],
  ['AdminRespondToAuthChallenge', 'UserPoolId: string; ClientId: string; ChallengeName: ChallengeNameType; ChallengeResponses?: Record<string, string>; Session?: string', 'ChallengeName?: ChallengeNameType; Session?: string; ChallengeParameters?: Record<string, string>; AuthenticationResult?: AuthenticationResultType'],
  ['AdminUpdateUserAttributes', 'UserPoolId: string; Username: string; UserAttributes: AttributeType[]', ''],
  ['AdminDeleteUser', 'UserPoolId: string; Username: string', ''],
  ['AdminDisableUser', 'UserPoolId: string; Username: string', ''],
  ['AdminEnableUser', 'UserPoolId: string; Username: string', ''],
  ['AdminResetUserPassword', 'UserPoolId: string; Username: string', ''],
  ['AdminUserGlobalSignOut', 'UserPoolId: string; Username: string', ''],
  ['AdminAddUserToGroup', 'UserPoolId: string; Username: string; GroupName: string', ''],
  ['AdminListGroupsForUser', 'UserPoolId: string; Username: string; Limit?: number; NextToken?: string', 'Groups?: { GroupName?: string; Precedence?: number; RoleArn?: string }[]; NextToken?: string'],
  ['CreateGroup', 'UserPoolId: string; GroupName: string; Description?: string; RoleArn?: string; Precedence?: number', 'Group?: { GroupName?: string; UserPoolId?: string; Precedence?: number }'],
  ['ListUsers', 'UserPoolId: string; AttributesToGet?: string[]; Limit?: number; PaginationToken?: string; Filter?: string', 'Users?: UserType[]; PaginationToken?: string'],
  ['DescribeUserPool', 'UserPoolId: string', 'UserPool?: Record<string, any>'],
  ['DescribeUserPoolClient', 'UserPoolId: string; ClientId: string', 'UserPoolClient?: Record<string, any>'],
];

/** [command, input fields, output fields] for the identity pools client. */
const IDENTITY_COMMANDS: readonly (readonly [string, string, string])[] = [
  ['GetId', 'IdentityPoolId: string; AccountId?: string; Logins?: Record<string, string>', 'IdentityId?: string'],
  ['GetCredentialsForIdentity', 'IdentityId: string; Logins?: Record<string, string>; CustomRoleArn?: string', 'IdentityId?: string; Credentials?: { AccessKeyId?: string; SecretKey?: string; SessionToken?: string; Expiration?: Date }'],
  ['GetOpenIdToken', 'IdentityId: string; Logins?: Record<string, string>', 'IdentityId?: string; Token?: string'],
  ['DescribeIdentityPool', 'IdentityPoolId: string', 'IdentityPoolId: string; IdentityPoolName: string; AllowUnauthenticatedIdentities: boolean; CognitoIdentityProviders?: { ProviderName?: string; ClientId?: string; ServerSideTokenCheck?: boolean }[]'],
  ['GetIdentityPoolRoles', 'IdentityPoolId: string', 'IdentityPoolId?: string; Roles?: Record<string, string>'],
];

function commands(list: readonly (readonly [string, string, string])[]): string {
  return list
    .map(
      ([name, input, output]) => `
  export interface ${name}CommandInput { ${input} }
  export interface ${name}CommandOutput extends MetadataBearer { ${output} }
  export class ${name}Command extends Command<${name}CommandInput, ${name}CommandOutput> { constructor(input: ${name}CommandInput); }`,
    )
    .join('\n');
}

/** Methods of the aggregated clients (`new CognitoIdentityProvider().signUp(…)`). */
function methods(list: readonly (readonly [string, string, string])[]): string {
  return list.map(([name]) => `    ${name[0].toLowerCase()}${name.slice(1)}(input: ${name}CommandInput): Promise<${name}CommandOutput>;`).join('\n');
}

/** The TypeScript declarations the code lab's editor knows. */
export const CODE_LAB_DTS = `
/** The AWS Region the sandbox simulates. */
declare const REGION: string;
/** The demo user pool's ID. */
declare const POOL_ID: string;
/** The demo app client's ID (a public client: no secret). */
declare const CLIENT_ID: string;
/** The identity pool linked to the demo pool and client, if one was created in the Identity pool panel. */
declare const IDENTITY_POOL_ID: string | undefined;

declare module '@aws-sdk/client-cognito-identity-provider' {
${COMMON}
  export type AuthFlowType = 'USER_SRP_AUTH' | 'REFRESH_TOKEN_AUTH' | 'REFRESH_TOKEN' | 'CUSTOM_AUTH' | 'ADMIN_NO_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'ADMIN_USER_PASSWORD_AUTH' | 'USER_AUTH';
  export type ChallengeNameType = 'SMS_MFA' | 'EMAIL_OTP' | 'SOFTWARE_TOKEN_MFA' | 'SELECT_MFA_TYPE' | 'MFA_SETUP' | 'PASSWORD_VERIFIER' | 'CUSTOM_CHALLENGE' | 'SELECT_CHALLENGE' | 'DEVICE_SRP_AUTH' | 'DEVICE_PASSWORD_VERIFIER' | 'ADMIN_NO_SRP_AUTH' | 'NEW_PASSWORD_REQUIRED' | 'SMS_OTP' | 'PASSWORD' | 'WEB_AUTHN' | 'PASSWORD_SRP';
  export type UserStatusType = 'UNCONFIRMED' | 'CONFIRMED' | 'ARCHIVED' | 'COMPROMISED' | 'UNKNOWN' | 'RESET_REQUIRED' | 'FORCE_CHANGE_PASSWORD' | 'EXTERNAL_PROVIDER';
  export interface AttributeType { Name: string; Value?: string }
  export interface CodeDeliveryDetailsType { Destination?: string; DeliveryMedium?: 'SMS' | 'EMAIL'; AttributeName?: string }
  export interface AuthenticationResultType { AccessToken?: string; ExpiresIn?: number; TokenType?: string; RefreshToken?: string; IdToken?: string; NewDeviceMetadata?: { DeviceKey?: string; DeviceGroupKey?: string } }
  export interface UserType { Username?: string; Attributes?: AttributeType[]; UserCreateDate?: Date; UserLastModifiedDate?: Date; Enabled?: boolean; UserStatus?: UserStatusType }
  /** Every error the service returns: \`name\` is the AWS exception type (e.g. "NotAuthorizedException"). */
  export class CognitoIdentityProviderServiceException extends Error { readonly name: string; readonly $fault: 'client' | 'server'; $metadata: ResponseMetadata }
  export class NotAuthorizedException extends CognitoIdentityProviderServiceException {}
  export class UsernameExistsException extends CognitoIdentityProviderServiceException {}
  export class UserNotFoundException extends CognitoIdentityProviderServiceException {}
  export class UserNotConfirmedException extends CognitoIdentityProviderServiceException {}
  export class CodeMismatchException extends CognitoIdentityProviderServiceException {}
  export class ExpiredCodeException extends CognitoIdentityProviderServiceException {}
  export class InvalidPasswordException extends CognitoIdentityProviderServiceException {}
  export class InvalidParameterException extends CognitoIdentityProviderServiceException {}
  export class ResourceNotFoundException extends CognitoIdentityProviderServiceException {}
  export class CognitoIdentityProviderClient {
    /** In the code lab, region and credentials default to the sandbox's. */
    constructor(config?: ClientConfig);
    send<I, O>(command: Command<I, O>): Promise<O>;
    destroy(): void;
  }
${commands(IDP_COMMANDS)}
  /** The aggregated client: one method per operation. */
  export class CognitoIdentityProvider extends CognitoIdentityProviderClient {
${methods(IDP_COMMANDS)}
  }
}

declare module '@aws-sdk/client-cognito-identity' {
${COMMON}
  export class CognitoIdentityServiceException extends Error { readonly name: string; readonly $fault: 'client' | 'server'; $metadata: ResponseMetadata }
  export class CognitoIdentityClient {
    /** In the code lab, region and credentials default to the sandbox's. */
    constructor(config?: ClientConfig);
    send<I, O>(command: Command<I, O>): Promise<O>;
    destroy(): void;
  }
${commands(IDENTITY_COMMANDS)}
  export class CognitoIdentity extends CognitoIdentityClient {
${methods(IDENTITY_COMMANDS)}
  }
}

declare module 'amazon-cognito-identity-js' {
  export interface ICognitoUserPoolData { UserPoolId: string; ClientId: string; endpoint?: string }
  export interface IAuthenticationDetailsData { Username: string; Password?: string; ValidationData?: Record<string, string>; ClientMetadata?: Record<string, string> }
  export interface ICognitoUserAttributeData { Name: string; Value: string }
  export type NodeCallback<E, T> = (err?: E, result?: T) => void;
  export interface CognitoError extends Error { code?: string }
  export class CognitoUserAttribute { constructor(data: ICognitoUserAttributeData); getName(): string; getValue(): string }
  export class AuthenticationDetails { constructor(data: IAuthenticationDetailsData) }
  export class CognitoJwtToken { getJwtToken(): string; getExpiration(): number; getIssuedAt(): number; decodePayload(): { [claim: string]: any } }
  export class CognitoIdToken extends CognitoJwtToken {}
  export class CognitoAccessToken extends CognitoJwtToken {}
  export class CognitoRefreshToken { getToken(): string }
  export class CognitoUserSession {
    getIdToken(): CognitoIdToken;
    getAccessToken(): CognitoAccessToken;
    getRefreshToken(): CognitoRefreshToken;
    isValid(): boolean;
  }
  export interface ISignUpResult { user: CognitoUser; userConfirmed: boolean; userSub: string; codeDeliveryDetails: { Destination?: string; DeliveryMedium?: string; AttributeName?: string } }
  export interface IAuthenticationCallback {
    onSuccess(session: CognitoUserSession, userConfirmationNecessary?: boolean): void;
    onFailure(err: CognitoError): void;
    newPasswordRequired?(userAttributes: any, requiredAttributes: any): void;
    mfaRequired?(challengeName: string, challengeParameters: any): void;
    totpRequired?(challengeName: string, challengeParameters: any): void;
    customChallenge?(challengeParameters: any): void;
    mfaSetup?(challengeName: string, challengeParameters: any): void;
    selectMFAType?(challengeName: string, challengeParameters: any): void;
  }
  export class CognitoUser {
    constructor(data: { Username: string; Pool: CognitoUserPool });
    getUsername(): string;
    setAuthenticationFlowType(flow: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'CUSTOM_AUTH'): string;
    authenticateUser(details: AuthenticationDetails, callbacks: IAuthenticationCallback): void;
    confirmRegistration(code: string, forceAliasCreation: boolean, callback: NodeCallback<CognitoError, 'SUCCESS'>): void;
    resendConfirmationCode(callback: NodeCallback<CognitoError, unknown>): void;
    completeNewPasswordChallenge(newPassword: string, requiredAttributes: any, callbacks: IAuthenticationCallback): void;
    sendCustomChallengeAnswer(answer: string, callbacks: IAuthenticationCallback): void;
    sendMFACode(code: string, callbacks: IAuthenticationCallback, mfaType?: string): void;
    getUserAttributes(callback: NodeCallback<CognitoError, CognitoUserAttribute[]>): void;
    getSession(callback: (err: CognitoError | null, session: CognitoUserSession | null) => void): void;
    refreshSession(token: CognitoRefreshToken, callback: NodeCallback<CognitoError, CognitoUserSession>): void;
    changePassword(oldPassword: string, newPassword: string, callback: NodeCallback<CognitoError, 'SUCCESS'>): void;
    forgotPassword(callbacks: { onSuccess(data: unknown): void; onFailure(err: CognitoError): void; inputVerificationCode?(data: unknown): void }): void;
    confirmPassword(code: string, newPassword: string, callbacks: { onSuccess(): void; onFailure(err: CognitoError): void }): void;
    globalSignOut(callbacks: { onSuccess(msg: string): void; onFailure(err: CognitoError): void }): void;
    signOut(callback?: () => void): void;
  }
  export class CognitoUserPool {
    constructor(data: ICognitoUserPoolData);
    getUserPoolId(): string;
    getClientId(): string;
    signUp(username: string, password: string, userAttributes: CognitoUserAttribute[], validationData: CognitoUserAttribute[], callback: NodeCallback<CognitoError, ISignUpResult>): void;
    getCurrentUser(): CognitoUser | null;
  }
}
`;

/** Worker globals learner code may use (the editor's lib is plain ES2020, without the DOM). */
export const CODE_LAB_GLOBALS_DTS = `
declare function atob(data: string): string;
declare function btoa(data: string): string;
declare function setTimeout(handler: (...args: any[]) => void, ms?: number, ...args: any[]): number;
declare function clearTimeout(id?: number): void;
/** In the code lab, fetch only reaches the simulated Cognito endpoints; anything else is refused. */
declare function fetch(url: string, init?: { method?: string; headers?: Record<string, string>; body?: string }): Promise<{ ok: boolean; status: number; headers: { get(name: string): string | null }; text(): Promise<string>; json(): Promise<any> }>;
`;
