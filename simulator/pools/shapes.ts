/**
 * Input shapes of the user pool, app client and MFA operations, with the
 * constraints of the Cognito API model (lengths, patterns, enums, ranges).
 * Shapes for members the sandbox does not model (multi-Region replication,
 * dynamic client registration, key and issuer configuration) are left out:
 * like any unknown member, they are ignored.
 */
import { ArnType, bool, int, list, map, opt, str, struct } from '../core/validate';
import { CLIENT_SECRETS, LIFETIMES, QUOTAS, REFRESH_TOKEN_ROTATION } from '../facts';

/* ---- shared ---- */

/** UserPoolNameType and ClientNameType share this pattern. */
const NAME_PATTERN = '[\\w\\s+=,.@-]+';
export const UserPoolName = str({ min: 1, max: 128, pattern: NAME_PATTERN });
export const ClientName = str({ min: 1, max: 128, pattern: NAME_PATTERN });

const ANY_TEXT = '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*';
export const SmsVerificationMessage = str({ min: 6, max: 140, pattern: '.*\\{####\\}.*' });
export const EmailVerificationMessage = str({ min: 6, max: 20000, pattern: `${ANY_TEXT}\\{####\\}${ANY_TEXT}` });
export const EmailVerificationSubject = str({ min: 1, max: 140, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s]+' });
const EmailVerificationMessageByLink = str({ min: 6, max: 20000, pattern: `${ANY_TEXT}\\{##${ANY_TEXT}##\\}${ANY_TEXT}` });
/** StringType: 0-131072 characters. */
const StringType = str({ min: 0, max: 131072 });

export const UserPoolMfa = str({ enum: ['OFF', 'ON', 'OPTIONAL'] as const });
export const UserPoolTier = str({ enum: ['LITE', 'ESSENTIALS', 'PLUS'] as const });
const DeletionProtection = str({ enum: ['ACTIVE', 'INACTIVE'] as const });

/* ---- user pool ---- */

const PasswordPolicy = struct({
  MinimumLength: opt(int({ min: QUOTAS.passwordMinLengthSetting.value.min, max: QUOTAS.passwordMinLengthSetting.value.max })),
  RequireUppercase: opt(bool()),
  RequireLowercase: opt(bool()),
  RequireNumbers: opt(bool()),
  RequireSymbols: opt(bool()),
  PasswordHistorySize: opt(int({ min: QUOTAS.passwordHistorySize.value.min, max: QUOTAS.passwordHistorySize.value.max })),
  TemporaryPasswordValidityDays: opt(int({ min: LIFETIMES.temporaryPasswordDays.value.min, max: LIFETIMES.temporaryPasswordDays.value.max })),
});
const SignInPolicy = struct({
  AllowedFirstAuthFactors: opt(list(str({ enum: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN', 'SOFTWARE_TOKEN'] as const }))),
});
const Policies = struct({ PasswordPolicy: opt(PasswordPolicy), SignInPolicy: opt(SignInPolicy) });

const lambdaVersioned = (versions: readonly string[]) => struct({ LambdaVersion: str({ enum: versions }), LambdaArn: ArnType });
const LambdaConfig = struct({
  PreSignUp: opt(ArnType),
  CustomMessage: opt(ArnType),
  PostConfirmation: opt(ArnType),
  PreAuthentication: opt(ArnType),
  PostAuthentication: opt(ArnType),
  DefineAuthChallenge: opt(ArnType),
  CreateAuthChallenge: opt(ArnType),
  VerifyAuthChallengeResponse: opt(ArnType),
  PreTokenGeneration: opt(ArnType),
  UserMigration: opt(ArnType),
  PreTokenGenerationConfig: opt(lambdaVersioned(['V1_0', 'V2_0', 'V3_0'])),
  CustomSMSSender: opt(lambdaVersioned(['V1_0'])),
  CustomEmailSender: opt(lambdaVersioned(['V1_0'])),
  KMSKeyID: opt(ArnType),
  InboundFederation: opt(lambdaVersioned(['V1_0'])),
});

const VerifiedAttribute = str({ enum: ['phone_number', 'email'] as const });
const VerificationMessageTemplate = struct({
  SmsMessage: opt(SmsVerificationMessage),
  EmailMessage: opt(EmailVerificationMessage),
  EmailSubject: opt(EmailVerificationSubject),
  EmailMessageByLink: opt(EmailVerificationMessageByLink),
  EmailSubjectByLink: opt(EmailVerificationSubject),
  DefaultEmailOption: opt(str({ enum: ['CONFIRM_WITH_LINK', 'CONFIRM_WITH_CODE'] as const })),
});
const UserAttributeUpdateSettings = struct({ AttributesRequireVerificationBeforeUpdate: opt(list(VerifiedAttribute)) });
const DeviceConfiguration = struct({ ChallengeRequiredOnNewDevice: opt(bool()), DeviceOnlyRememberedOnUserPrompt: opt(bool()) });
const EmailConfiguration = struct({
  SourceArn: opt(ArnType),
  ReplyToEmailAddress: opt(str({ pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+@[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+' })),
  EmailSendingAccount: opt(str({ enum: ['COGNITO_DEFAULT', 'DEVELOPER'] as const })),
  From: opt(StringType),
  ConfigurationSet: opt(str({ min: 1, max: 64, pattern: '^[a-zA-Z0-9_-]+$' })),
});
export const SmsConfiguration = struct({ SnsCallerArn: ArnType, ExternalId: opt(StringType), SnsRegion: opt(str({ min: 5, max: 32 })) });
const UserPoolTags = map(str({ min: 0, max: 256 }), { key: str({ min: 1, max: 128 }) });
const AdminCreateUserConfig = struct({
  AllowAdminCreateUserOnly: opt(bool()),
  UnusedAccountValidityDays: opt(int({ min: 0, max: 365 })),
  InviteMessageTemplate: opt(
    struct({
      // The current model allows any text here ((?s).*), which a JS pattern cannot spell the same way; only the length is checked.
      SMSMessage: opt(str({ min: 6, max: 140 })),
      EmailMessage: opt(str({ min: 6, max: 20000, pattern: ANY_TEXT })),
      EmailSubject: opt(EmailVerificationSubject),
    }),
  ),
});
/** SchemaAttributeType (CreateUserPool Schema, AddCustomAttributes). */
export const SchemaAttribute = struct({
  Name: opt(str({ min: 1, max: QUOTAS.customAttributeNameLength.value, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+' })),
  AttributeDataType: opt(str({ enum: ['String', 'Number', 'DateTime', 'Boolean'] as const })),
  DeveloperOnlyAttribute: opt(bool()),
  Mutable: opt(bool()),
  Required: opt(bool()),
  NumberAttributeConstraints: opt(struct({ MinValue: opt(StringType), MaxValue: opt(StringType) })),
  StringAttributeConstraints: opt(struct({ MinLength: opt(StringType), MaxLength: opt(StringType) })),
});
const UserPoolAddOns = struct({
  AdvancedSecurityMode: str({ enum: ['OFF', 'AUDIT', 'ENFORCED'] as const }),
  AdvancedSecurityAdditionalFlows: opt(struct({ CustomAuthMode: opt(str({ enum: ['AUDIT', 'ENFORCED'] as const })) })),
});
const AccountRecoverySetting = struct({
  RecoveryMechanisms: opt(
    list(struct({ Priority: int({ min: 1, max: 2 }), Name: str({ enum: ['verified_email', 'verified_phone_number', 'admin_only'] as const }) }), { min: 1, max: 2 }),
  ),
});

/** The settings UpdateUserPool can change (each is reset to its default when left out). */
export const updatablePoolMembers = {
  Policies: opt(Policies),
  DeletionProtection: opt(DeletionProtection),
  LambdaConfig: opt(LambdaConfig),
  AutoVerifiedAttributes: opt(list(VerifiedAttribute)),
  SmsVerificationMessage: opt(SmsVerificationMessage),
  EmailVerificationMessage: opt(EmailVerificationMessage),
  EmailVerificationSubject: opt(EmailVerificationSubject),
  VerificationMessageTemplate: opt(VerificationMessageTemplate),
  SmsAuthenticationMessage: opt(SmsVerificationMessage),
  UserAttributeUpdateSettings: opt(UserAttributeUpdateSettings),
  MfaConfiguration: opt(UserPoolMfa),
  DeviceConfiguration: opt(DeviceConfiguration),
  EmailConfiguration: opt(EmailConfiguration),
  SmsConfiguration: opt(SmsConfiguration),
  UserPoolTags: opt(UserPoolTags),
  AdminCreateUserConfig: opt(AdminCreateUserConfig),
  UserPoolAddOns: opt(UserPoolAddOns),
  AccountRecoverySetting: opt(AccountRecoverySetting),
  UserPoolTier: opt(UserPoolTier),
};

/** Settings only CreateUserPool takes: they cannot change afterwards. */
export const immutablePoolMembers = {
  AliasAttributes: opt(list(str({ enum: ['phone_number', 'email', 'preferred_username'] as const }))),
  UsernameAttributes: opt(list(str({ enum: ['phone_number', 'email'] as const }))),
  Schema: opt(list(SchemaAttribute, { min: 1, max: QUOTAS.customAttributesPerPool.value })),
  UsernameConfiguration: opt(struct({ CaseSensitive: bool() })),
};

/* ---- app client ---- */

const TimeUnit = str({ enum: ['seconds', 'minutes', 'hours', 'days'] as const });
const RedirectUrl = str({ min: 1, max: 1024, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+' });
const urlList = list(RedirectUrl, { min: 0, max: QUOTAS.callbackUrlsPerClient.value });

/** Model order of ExplicitAuthFlowsType (the order AWS lists in its enum message). */
export const EXPLICIT_AUTH_FLOWS = [
  'ADMIN_NO_SRP_AUTH',
  'CUSTOM_AUTH_FLOW_ONLY',
  'USER_PASSWORD_AUTH',
  'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  'ALLOW_CUSTOM_AUTH',
  'ALLOW_USER_PASSWORD_AUTH',
  'ALLOW_USER_SRP_AUTH',
  'ALLOW_REFRESH_TOKEN_AUTH',
  'ALLOW_USER_AUTH',
] as const;

/** The settings of an app client that CreateUserPoolClient and UpdateUserPoolClient both take. */
export const clientSettingMembers = {
  RefreshTokenValidity: opt(int({ min: 0, max: 315360000 })),
  AccessTokenValidity: opt(int({ min: 1, max: 86400 })),
  IdTokenValidity: opt(int({ min: 1, max: 86400 })),
  TokenValidityUnits: opt(struct({ AccessToken: opt(TimeUnit), IdToken: opt(TimeUnit), RefreshToken: opt(TimeUnit) })),
  ReadAttributes: opt(list(str({ min: 1, max: 2048 }))),
  WriteAttributes: opt(list(str({ min: 1, max: 2048 }))),
  ExplicitAuthFlows: opt(list(str({ enum: EXPLICIT_AUTH_FLOWS }))),
  SupportedIdentityProviders: opt(list(str({ min: 1, max: 32, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\p{Z}]+' }))),
  CallbackURLs: opt(urlList),
  LogoutURLs: opt(urlList),
  DefaultRedirectURI: opt(RedirectUrl),
  AllowedOAuthFlows: opt(list(str({ enum: ['code', 'implicit', 'client_credentials'] as const }), { min: 0, max: 3 })),
  AllowedOAuthScopes: opt(list(str({ min: 1, max: 256, pattern: '[\\x21\\x23-\\x5B\\x5D-\\x7E]+' }), { max: QUOTAS.scopesPerClient.value })),
  AllowedOAuthFlowsUserPoolClient: opt(bool()),
  AnalyticsConfiguration: opt(
    struct({ ApplicationId: opt(str({ pattern: '^[0-9a-fA-F]+$' })), ApplicationArn: opt(ArnType), RoleArn: opt(ArnType), ExternalId: opt(StringType), UserDataShared: opt(bool()) }),
  ),
  PreventUserExistenceErrors: opt(str({ enum: ['LEGACY', 'ENABLED'] as const })),
  EnableTokenRevocation: opt(bool()),
  EnablePropagateAdditionalUserContextData: opt(bool()),
  AuthSessionValidity: opt(int({ min: LIFETIMES.authSession.value.min, max: LIFETIMES.authSession.value.max })),
  RefreshTokenRotation: opt(
    struct({
      Feature: str({ enum: ['ENABLED', 'DISABLED'] as const }),
      RetryGracePeriodSeconds: opt(int({ min: REFRESH_TOKEN_ROTATION.retryGracePeriodSeconds.value.min, max: REFRESH_TOKEN_ROTATION.retryGracePeriodSeconds.value.max })),
    }),
  ),
};

/** A custom client secret (CreateUserPoolClient ClientSecret). */
export const CustomClientSecret = str({ min: CLIENT_SECRETS.customLength.value.min, max: CLIENT_SECRETS.customLength.value.max, pattern: '[\\w+]+', sensitive: true });

/* ---- MFA ---- */

export const SmsMfaConfig = struct({ SmsAuthenticationMessage: opt(SmsVerificationMessage), SmsConfiguration: opt(SmsConfiguration) });
export const SoftwareTokenMfaConfig = struct({ Enabled: opt(bool()) });
export const EmailMfaConfig = struct({
  Message: opt(str({ min: 6, max: 20000, pattern: `${ANY_TEXT}\\{####\\}${ANY_TEXT}` })),
  Subject: opt(str({ pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s]+' })),
});
export const WebAuthnConfig = struct({
  RelyingPartyId: opt(str({ min: 1 })),
  UserVerification: opt(str({ enum: ['required', 'preferred'] as const })),
  FactorConfiguration: opt(str({ enum: ['SINGLE_FACTOR', 'MULTI_FACTOR_WITH_USER_VERIFICATION'] as const })),
});

/** Pagination tokens of the list operations. */
export const ListNextToken = str({ min: 1, max: 131072, pattern: '[\\S]+' });
