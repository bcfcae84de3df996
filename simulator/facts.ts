/**
 * Every number Amazon Cognito defines that the engine, the lessons or the quiz
 * use lives here, once, with where it comes from. Engine code and content read
 * these values; no Cognito number is typed anywhere else.
 *
 * Source keys (see ../shared/reference/cognito-facts.md):
 * - DG: Amazon Cognito Developer Guide (current), DG-2023: its archived sources;
 * - API: the Cognito API models shipped in the AWS SDKs;
 * - AMP: amazon-cognito-identity-js (the SRP client).
 */

/** A fact and where it comes from. `unconfirmed` facts must not be taught as certain. */
export interface Fact<T> {
  readonly value: T;
  readonly source: string;
  readonly note?: string;
  readonly unconfirmed?: boolean;
}

/** A duration setting with its default and allowed range, in `unit`. */
export interface RangeFact {
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly unit: 'seconds' | 'minutes' | 'hours' | 'days';
}

const f = <T>(value: T, source: string, extra: { note?: string; unconfirmed?: boolean } = {}): Fact<T> => ({ value, source, ...extra });

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export const UNIT_MS = { seconds: 1000, minutes: MINUTE_MS, hours: HOUR_MS, days: DAY_MS } as const;
export type TimeUnit = keyof typeof UNIT_MS;

/** Token and session lifetimes. */
export const LIFETIMES = {
  idToken: f<RangeFact>({ default: 60, min: 5, max: 1440, unit: 'minutes' }, 'DG-2023 user-pool-settings-client-apps; API IdTokenValidity (default unit hours)'),
  accessToken: f<RangeFact>({ default: 60, min: 5, max: 1440, unit: 'minutes' }, 'DG-2023 user-pool-settings-client-apps; API AccessTokenValidity (default unit hours)'),
  refreshToken: f<RangeFact>({ default: 30 * 24 * 60, min: 60, max: 3650 * 24 * 60, unit: 'minutes' }, 'API RefreshTokenValidity: 60 minutes to 10 years, 0 means the default of 30 days'),
  authSession: f<RangeFact>({ default: 3, min: 3, max: 15, unit: 'minutes' }, 'DG-2023 authentication-flow ("three minutes to complete each challenge"); API AuthSessionValidity'),
  signUpCode: f({ hours: 24 }, 'DG quotas: confirmation code valid for 24 hours'),
  attributeVerificationCode: f({ hours: 24 }, 'DG quotas: attribute verification code valid for 24 hours'),
  forgotPasswordCode: f({ hours: 1 }, 'DG-2023 how-to-recover-a-user-account: forgot-password code valid for one hour'),
  mfaCode: f<RangeFact>({ default: 3, min: 3, max: 15, unit: 'minutes' }, 'DG quotas: SMS/email MFA code valid 3 minutes (older docs), configurable 3-15 minutes', { note: 'The engine uses the authentication session validity as the MFA code lifetime.' }),
  temporaryPasswordDays: f({ default: 7, min: 0, max: 365 }, 'API TemporaryPasswordValidityDays (0 means the default 7)'),
  hostedUiSession: f({ hours: 1 }, 'DG-2023 hosted UI session cookie'),
} as const;

/** Default units of TokenValidityUnits when the client does not set them. */
export const DEFAULT_TOKEN_UNITS = f(
  { IdToken: 'hours', AccessToken: 'hours', RefreshToken: 'days' } as const,
  'API TokenValidityUnitsType: hours for ID and access tokens, days for refresh tokens',
);

/** Sign-in lockout after repeated failures. */
export const LOCKOUT = {
  freeAttempts: f(5, 'DG-2023 managing-users (lockout): after five failed sign-in attempts'),
  firstDelaySeconds: f(1, 'DG-2023: the lockout starts at one second and doubles after each further failure'),
  maxDelaySeconds: f(15 * 60, 'DG-2023: the lockout doubles up to about 15 minutes', { note: '"about 15 minutes": the engine caps the back-off at 900 seconds.' }),
} as const;

/** Limits and quotas (DG quotas page). */
export const QUOTAS = {
  userPoolsPerRegion: f(1000, 'DG quotas (adjustable)'),
  appClientsPerPool: f(1000, 'DG quotas'),
  identityProvidersPerPool: f(300, 'DG quotas'),
  resourceServersPerPool: f(25, 'DG quotas'),
  usersPerPool: f(40_000_000, 'DG quotas'),
  groupsPerPool: f(10_000, 'DG quotas'),
  groupsPerUser: f(100, 'DG quotas'),
  customAttributesPerPool: f(50, 'DG quotas'),
  customAttributesPerCall: f(25, 'API AddCustomAttributes: CustomAttributes 1-25 items'),
  customAttributeNameLength: f(20, 'DG quotas: custom attribute name up to 20 characters'),
  attributeValueBytes: f(2048, 'DG quotas: attribute value up to 2,048 bytes'),
  identitiesLinkedPerUser: f(5, 'DG quotas'),
  callbackUrlsPerClient: f(100, 'DG quotas'),
  scopesPerResourceServer: f(100, 'DG quotas'),
  scopesPerClient: f(50, 'DG quotas'),
  passwordMinLengthSetting: f({ min: 6, max: 99 }, 'DG quotas / API PasswordPolicyType MinimumLength 6-99'),
  passwordMaxLength: f(256, 'DG quotas / API PasswordType max length 256'),
  passwordHistorySize: f({ min: 0, max: 24 }, 'API PasswordHistorySize 0-24'),
  defaultSenderEmailsPerDay: f(50, 'DG quotas: default Cognito email sender, 50 emails per day'),
  listUsersLimit: f(60, 'API ListUsers Limit 0-60'),
  listLimitDefault: f(60, 'API ListUserPools/ListUserPoolClients MaxResults 1-60'),
} as const;

/** Request-rate quotas (requests per second, per Region). */
export const RATE_QUOTAS = f(
  {
    UserAuthentication: 120,
    UserCreation: 50,
    UserFederation: 25,
    UserAccountRecovery: 30,
    UserRead: 120,
    UserUpdate: 25,
    UserToken: 120,
    UserList: 30,
    ClientAuthentication: 150,
    IdentityPoolGetId: 25,
    IdentityPoolGetOpenIdToken: 200,
    IdentityPoolGetCredentialsForIdentity: 200,
    IdentityPoolGetOpenIdTokenForDeveloperIdentity: 50,
  },
  'DG quotas: operation categories, RPS per Region',
);

/** Password policy defaults when a pool does not set one. */
export const PASSWORD_POLICY_DEFAULT = f(
  { MinimumLength: 8, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true, TemporaryPasswordValidityDays: 7 },
  'API PasswordPolicyType / DG user-pool-settings-policies: new pools default to 8 characters and all four character classes',
);

/** The symbols Cognito counts as special characters in a password. */
export const PASSWORD_SYMBOLS = f(
  '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ',
  'DG user-pool-settings-policies: allowed special characters (space counts as a special character when not leading or trailing)',
);

/** Lambda trigger rules. */
export const LAMBDA = {
  timeoutSeconds: f(5, 'DG-2023 working-with-aws-lambda-triggers: "it must respond within 5 seconds … You can\'t change this five-second timeout value."'),
  attempts: f(3, 'DG-2023 working-with-aws-lambda-triggers: "After three unsuccessful attempts, the function times out."'),
} as const;

/** Code formats. */
export const CODES = {
  verificationCodeDigits: f(6, 'DG: Cognito sends six-digit verification codes ({####} placeholder)'),
  totpDigits: f(6, 'API VerifySoftwareToken UserCode: 6 digits'),
  totpPeriodSeconds: f(30, 'RFC 6238 default step', { unconfirmed: true, note: 'Not stated by AWS; RFC 6238 default, and what authenticator apps use.' }),
  totpWindowSteps: f(1, 'DG-2023: Cognito accepts codes within 30 seconds before or after'),
  temporaryPasswordLength: f(8, 'Observed length of generated temporary passwords', { unconfirmed: true }),
} as const;

/** Formats of identifiers. */
export const ID_FORMATS = {
  userPoolId: f({ pattern: /^[\w-]+_[0-9a-zA-Z]+$/, suffixLength: 9 }, 'API UserPoolIdType pattern [\\w-]+_[0-9a-zA-Z]+; real ids look like us-east-1_AbC123xyz'),
  clientId: f({ pattern: /^[\w+]+$/, length: 26 }, 'API ClientIdType: 1-128 chars, [\\w+]+; real client ids are 26 lower-case alphanumerics'),
  clientSecretLength: f(51, 'Observed client secret length', { unconfirmed: true }),
} as const;

export const DEFAULT_REGION = 'us-east-1';

/** `iss` of a user pool's tokens. */
export const issuerFor = (region: string, userPoolId: string): string => `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`;

/** Converts a validity setting to milliseconds. */
export const validityMs = (value: number, unit: TimeUnit): number => value * UNIT_MS[unit];

/* ---- User pools and app clients (simulator/pools) ---- */

/**
 * The AWS account the simulated pools live in (ARNs). SIMULATED: not a real
 * account; 123456789012 is the placeholder AWS uses in its own examples.
 */
export const SIMULATED_ACCOUNT_ID = f('123456789012', 'Simulated account id (the placeholder AWS documentation uses)', {
  unconfirmed: true,
  note: 'Not an AWS fact: the sandbox has no real account.',
});

/** App client secrets: what Cognito generates, and what a custom ClientSecret may be. */
export const CLIENT_SECRETS = {
  generatedAlphabet: f('abcdefghijklmnopqrstuvwxyz0123456789', 'Observed: generated client secrets are lower-case letters and digits', {
    unconfirmed: true,
    note: 'AWS does not document the alphabet; the length is ID_FORMATS.clientSecretLength (also observed).',
  }),
  customLength: f({ min: 24, max: 64 }, 'API CreateUserPoolClient / AddUserPoolClientSecret ClientSecret: length 24-64, pattern [\\w+]+'),
} as const;

/** Refresh token rotation (RefreshTokenRotationType). */
export const REFRESH_TOKEN_ROTATION = {
  retryGracePeriodSeconds: f({ min: 0, max: 60 }, 'API RefreshTokenRotationType RetryGracePeriodSeconds: "up to 60 seconds"'),
} as const;

/** What a new user pool gets when CreateUserPool leaves a setting out. */
export const POOL_DEFAULTS = {
  tier: f('ESSENTIALS', 'API CreateUserPool UserPoolTier: "Defaults to ESSENTIALS"; DG cognito-sign-in-feature-plans'),
  mfaConfiguration: f('OFF', 'API UserPoolType MfaConfiguration (OFF | ON | OPTIONAL); new pools have MFA off'),
  deletionProtection: f('INACTIVE', 'API CreateUserPool DeletionProtection: API-created pools are unprotected (the console activates it by default)'),
  defaultEmailOption: f('CONFIRM_WITH_CODE', 'API VerificationMessageTemplateType DefaultEmailOption: CONFIRM_WITH_CODE by default'),
  emailSendingAccount: f('COGNITO_DEFAULT', 'API EmailConfigurationType EmailSendingAccount: the Cognito default email sender unless DEVELOPER'),
  unusedAccountValidityDays: f(7, 'API AdminCreateUserConfigType UnusedAccountValidityDays (0-365), 7 as DescribeUserPool shows for a new pool', { unconfirmed: true }),
  allowedFirstAuthFactors: f(['PASSWORD'], 'API SignInPolicyType AllowedFirstAuthFactors; observed default for API-created pools', { unconfirmed: true }),
} as const;

/** What a new app client gets when CreateUserPoolClient leaves a setting out. */
export const CLIENT_DEFAULTS = {
  explicitAuthFlows: f(['ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH'], 'API CreateUserPoolClient ExplicitAuthFlows: "If you don\'t specify a value … ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_SRP_AUTH, and ALLOW_CUSTOM_AUTH"'),
  refreshTokenValidityDays: f(30, 'API CreateUserPoolClient RefreshTokenValidity: 30 days unless set; UserPoolClientType always returns it (Smithy default)'),
  enableTokenRevocation: f(true, 'API CreateUserPoolClient EnableTokenRevocation: "token revocation is automatically activated for the new user pool client"'),
  authSessionValidityMinutes: f(3, 'API AuthSessionValidity 3-15 minutes; DescribeUserPoolClient shows 3 for a new client (see LIFETIMES.authSession)'),
  preventUserExistenceErrors: f('LEGACY', 'API CreateUserPoolClient PreventUserExistenceErrors: "Defaults to LEGACY"'),
} as const;

/** Paging of ListUserPoolClients when MaxResults is left out. */
export const LIST_DEFAULTS = {
  userPoolClientsMaxResults: f(60, 'API ListUserPoolClients MaxResults is optional (1-60); the default page size is not documented', { unconfirmed: true }),
} as const;

/* ---- Administrator user and group operations (simulator/admin) ---- */

/** Paging of ListUsers, ListGroups, ListUsersInGroup and AdminListGroupsForUser. */
export const ADMIN_LISTS = {
  limit: f({ min: 0, max: 60 }, 'API QueryLimitType: Limit of ListUsers, ListGroups, ListUsersInGroup and AdminListGroupsForUser is 0-60'),
  defaultPageSize: f(60, 'Not documented: the engine returns up to the maximum page when Limit is left out or 0', { unconfirmed: true }),
  userFilterMaxLength: f(256, 'API UserFilterType (ListUsers Filter): at most 256 characters'),
} as const;

/** Group settings. */
export const GROUP_LIMITS = {
  descriptionMaxLength: f(2048, 'API DescriptionType (CreateGroup/UpdateGroup Description): at most 2048 characters'),
  precedenceMin: f(0, 'API PrecedenceType: a non-negative integer'),
} as const;

/* ---- Lessons and quiz (content/) ---- */

/**
 * Pricing. Time-sensitive: every entry says when it took effect or when it was
 * last read. Teach the pre-2024-11-22 values only as history.
 */
export const PRICING = {
  featurePlansEffective: f('2024-11-22', 'aws.amazon.com/cognito/pricing and DG cognito-sign-in-feature-plans: Lite, Essentials and Plus feature plans replace the single user-pool price from 22 November 2024'),
  featurePlans: f(['Lite', 'Essentials', 'Plus'] as const, 'DG cognito-sign-in-feature-plans'),
  defaultPlanForNewPools: f('Essentials', 'DG cognito-sign-in-feature-plans: "The default plan selection for new user pools is Essentials." (API UserPoolTier defaults to ESSENTIALS)'),
  legacyFreeTierMau: f(50_000, 'aws.amazon.com/cognito/pricing before 2024-11-22 (archived de/jp snapshots): 50,000 free MAU per account for direct and social sign-in; it did not expire after the 12-month AWS free tier', {
    note: 'History: replaced on 2024-11-22 for new user pools.',
  }),
  legacyFederatedFreeTierMau: f(50, 'aws.amazon.com/cognito/pricing before 2024-11-22: 50 free MAU for users federated through SAML 2.0 or OIDC identity providers', {
    note: 'History. Whether the current page keeps a separate federated free tier was not confirmed: see federatedFreeTierMauCurrent.',
  }),
  freeTierMau: f(10_000, 'aws.amazon.com/cognito/pricing, read 2026-09-20 (transcription): Lite and Essentials include 10,000 free MAU per month per account', {
    note: 'As of 2026-09-20. Applies to Lite and Essentials; Plus has no free tier.',
  }),
  plusFreeTierMau: f(0, 'aws.amazon.com/cognito/pricing, read 2026-09-20: "There is no free tier for the Plus tier."'),
  federatedFreeTierMauCurrent: f(50, 'Secondary transcriptions of aws.amazon.com/cognito/pricing mention a federated (SAML/OIDC) free tier; the value under feature plans was not confirmed', { unconfirmed: true }),
  m2mBilledFrom: f('2024-07-09', 'Secondary sources: client-credentials (M2M) app clients and token requests are billed from this date', { unconfirmed: true }),
  m2mFreeTier: f(0, 'aws.amazon.com/cognito/pricing (archived de snapshot): no free tier for app clients or token requests in machine-to-machine use'),
  pricesReadOn: f('2026-09-20', 'Date the pricing transcription used here was read from aws.amazon.com/cognito/pricing'),
  essentialsPerMauUsd: f(0.015, 'Secondary transcription of aws.amazon.com/cognito/pricing (see shared/reference/cognito-facts.md §3): Essentials $0.015 per MAU above the free tier', { unconfirmed: true }),
  plusPerMauUsd: f(0.02, 'Secondary transcription of aws.amazon.com/cognito/pricing (see shared/reference/cognito-facts.md §3): Plus $0.020 per MAU, no free tier', { unconfirmed: true }),
  liteFirstTierPerMauUsd: f(0.0055, 'Secondary transcription of aws.amazon.com/cognito/pricing (see shared/reference/cognito-facts.md §3): Lite $0.0055 per MAU in the first paid tier', {
    unconfirmed: true,
    note: 'The size of the first tier was not found in any source, so liteNextTierPerMauUsd cannot be applied yet.',
  }),
  liteNextTierPerMauUsd: f(0.0046, 'Secondary transcription of aws.amazon.com/cognito/pricing (see shared/reference/cognito-facts.md §3): Lite $0.0046 per MAU after the first tier (tier boundary not found)', { unconfirmed: true }),
} as const;

/** Cognito Sync (legacy) limits. */
export const SYNC = {
  datasetsPerIdentity: f(20, 'Cognito Sync API reference (service description): "up to 20 datasets per user identity"; DG quotas (adjustable)'),
  datasetSizeMb: f(1, 'Cognito Sync API reference, Dataset: "a dataset can hold up to 1MB of key-value pairs"'),
  recordsPerDataset: f(1024, 'DG quotas: records per dataset (adjustable)'),
  datasetNameMaxChars: f(128, 'Cognito Sync API reference, Dataset: DatasetName up to 128 characters'),
  bulkPublishEveryHours: f(24, 'DG-2023 cognito-streams / API BulkPublish: one bulk publish per 24 hours'),
} as const;

/** Identity pools (federated identities). */
export const IDENTITY_POOLS = {
  enhancedFlowCredentialHours: f(1, 'DG authentication-flow: GetCredentialsForIdentity (enhanced flow) returns credentials valid for one hour; the duration cannot be set'),
  openIdTokenMinutes: f(10, 'API GetOpenIdToken: "The OpenID token is valid for 10 minutes."'),
  developerTokenDuration: f({ defaultMinutes: 15, maxSeconds: 86_400 }, 'API GetOpenIdTokenForDeveloperIdentity TokenDuration: default 15 minutes, at most 86,400 seconds (24 hours)'),
  rulesPerProvider: f(25, 'API RulesConfigurationType: "You can specify up to 25 rules per identity provider. Rules are evaluated in order. The first one to match specifies the role."'),
  roleMappingProviders: f(10, 'API SetIdentityPoolRoles RoleMappings: at most 10 entries'),
  identityIdMaxLength: f(55, 'API IdentityId: length 1-55, region:GUID'),
  stsSessionSeconds: f({ min: 900, max: 43_200 }, 'STS AssumeRoleWithWebIdentity DurationSeconds (basic flow): 900 seconds up to the role maximum session duration, which can be at most 12 hours'),
} as const;

/** Threat protection (formerly advanced security features). */
export const THREAT_PROTECTION = {
  auditModeWeeks: f(2, 'DG cognito-user-pool-settings-advanced-security-threat-protection: "run in audit-only mode for two weeks or more before you enable full-function mode"'),
} as const;

/** Managed login / hosted UI domains. */
export const DOMAINS = {
  customDomainCertificateRegion: f('us-east-1', 'API UpdateUserPoolDomain: "When you add your new certificate in ACM, you must choose US East (N. Virginia) as the AWS Region."'),
  customDomainPropagationHours: f(1, 'API UpdateUserPoolDomain: "Amazon Cognito requires up to 1 hour to distribute your new certificate to your custom domain."'),
} as const;

/** Documentation changes that alter what a lesson may teach (dated). */
export const DOC_CHANGES = {
  lambdaRetryWording: f('2026-03-23', 'DG document history: trigger documentation now says Amazon Cognito may retry Lambda invocations that time out, "without specifying a fixed number of retries"', {
    note: 'LAMBDA.attempts (three attempts) is the DG-2023 wording; teach it as older documentation.',
  }),
  accessTokenCustomization: f('2023-12-12', 'DG document history: customization of access-token claims and scopes added (pre token generation V2_0)'),
  requestRateCapacityPurchase: f('2024-01-25', 'DG document history / AWS What\'s New: additional capacity for request-rate quotas can be purchased'),
} as const;

/* ---- Sign-in (simulator/auth) ---- */

/** Sign-in details the authentication engine needs beyond LIFETIMES and LOCKOUT. */
export const SIGN_IN = {
  srpAnswerWindowSeconds: f(5, 'API RespondToAuthChallenge, PASSWORD_VERIFIER: "Amazon Cognito requires that your application respond to this challenge within a few seconds. When the response time exceeds this period, your user pool returns a NotAuthorizedException error."', {
    unconfirmed: true,
    note: '"A few seconds" is not a number: the engine allows 5 seconds between the PASSWORD_VERIFIER challenge and its answer.',
  }),
  srpTimestampSkewSeconds: f(300, 'Not documented: how far the PASSWORD_VERIFIER TIMESTAMP may be from the service clock', {
    unconfirmed: true,
    note: 'The engine accepts a TIMESTAMP up to 5 minutes before or after its clock.',
  }),
  lockoutResetSeconds: f(15 * 60, 'DG-2023 amazon-cognito-user-pools-authentication-flow: "Waiting about 15 minutes without any attempts will also reset the temporary lockout."', {
    unconfirmed: true,
    note: '"About 15 minutes": the engine forgets failed attempts 900 seconds after the last one. The current DG states the lockout as 2^(n-5) seconds after n failed attempts (n ≥ 5), up to about 15 minutes.',
  }),
  sessionStringLength: f(1536, 'Observed: challenge Session strings are about 1,500 characters long (one recorded sign-in returned 1,543 and 1,587); API SessionType allows 20-2048', {
    unconfirmed: true,
    note: 'The engine issues random base64url strings of this length.',
  }),
} as const;

/* ---- Identity pools engine (simulator/identity, operations/identity) ---- */

/** Identity pool limits and formats beyond IDENTITY_POOLS. */
export const IDENTITY_POOL_LIMITS = {
  poolsPerAccount: f(1000, 'DG-2023 limits (quotas): "Maximum number of identity pools per account: 1,000" (adjustable)'),
  userPoolProvidersPerPool: f(50, 'DG-2023 limits (quotas): "Maximum Amazon Cognito user pool providers per identity pool: 50" (adjustable)'),
  supportedLoginProviders: f(10, 'API IdentityProviders map (SupportedLoginProviders): at most 10 entries'),
  loginsPerCall: f(10, 'API LoginsMap: at most 10 entries'),
  listMaxResults: f({ min: 1, max: 60 }, 'API QueryLimit (ListIdentityPools, ListIdentities, LookupDeveloperIdentity MaxResults): 1-60; DG quotas: "Maximum number of results from a single list or lookup call: 60"'),
  deleteIdentitiesPerCall: f({ min: 1, max: 60 }, 'API DeleteIdentities IdentityIdsToDelete: "A list of 1-60 identities"'),
  identityPoolNameLength: f({ min: 1, max: 128 }, 'API IdentityPoolName: 1-128 characters, pattern [\\w\\s+=,.@-]+'),
  identityPoolIdLength: f({ min: 1, max: 55 }, 'API IdentityPoolId: 1-55 characters, pattern [\\w-]+:[0-9a-f-]+ (REGION:GUID)'),
  developerUserIdentifierLength: f({ min: 1, max: 1024 }, 'API DeveloperUserIdentifier: 1-1024 characters'),
  providerTokenLength: f({ min: 1, max: 50_000 }, 'API IdentityProviderToken (Logins values): 1-50,000 characters'),
  tokenDurationSeconds: f({ min: 1, max: 86_400 }, 'API GetOpenIdTokenForDeveloperIdentity TokenDuration (long): 1-86,400 seconds'),
  tagsPerPool: f(50, 'API TagResource: "An identity pool can have as many as 50 tags."'),
  mappingRuleClaimLength: f({ min: 1, max: 64 }, 'API ClaimName: 1-64 characters'),
  mappingRuleValueLength: f({ min: 1, max: 128 }, 'API ClaimValue: 1-128 characters'),
  rolesMapEntries: f(2, 'API RolesMap: at most 2 entries, keys (un)?authenticated'),
} as const;

/** Cognito Identity OpenID tokens (GetOpenIdToken, GetOpenIdTokenForDeveloperIdentity). */
export const IDENTITY_TOKENS = {
  issuer: f('https://cognito-identity.amazonaws.com', 'DG role-based-access-control: "cognito-identity.amazonaws.com (the issuer of the OpenID Connect token)"; observed iss of GetOpenIdToken tokens'),
  algorithm: f('RS512', 'Observed: a GetOpenIdTokenForDeveloperIdentity token quoted in aws/aws-sdk-net issue #420 has the header {"kid":"us-east-11","typ":"JWS","alg":"RS512"}', {
    unconfirmed: true,
    note: 'Not documented by AWS; one recorded token. Its claims were sub (identity id), aud (identity pool id), amr, iss, exp, iat.',
  }),
  userPoolAmrInfix: f('CognitoSignIn', 'Observed: amr of a user-pool login holds "cognito-idp.{region}.amazonaws.com/{poolId}:CognitoSignIn:{sub}"', { unconfirmed: true }),
} as const;

/** Temporary credentials (GetCredentialsForIdentity and the simulated STS AssumeRoleWithWebIdentity). */
export const TEMPORARY_CREDENTIALS = {
  accessKeyIdPrefix: f('ASIA', 'IAM User Guide, unique identifiers: access key IDs beginning with ASIA are temporary (AWS STS) credentials; AKIA are long-term'),
  accessKeyIdLength: f(20, 'Observed length of access key IDs (ASIA + 16 characters); IAM AccessKeyIdType allows 16-128', { unconfirmed: true }),
  secretKeyLength: f(40, 'Observed length of AWS secret access keys', { unconfirmed: true }),
  enhancedFlowSessionName: f('CognitoIdentityCredentials', 'Observed: sessions created by GetCredentialsForIdentity appear as assumed-role/{role}/CognitoIdentityCredentials', { unconfirmed: true }),
  stsDefaultDurationSeconds: f(3600, 'STS API AssumeRoleWithWebIdentity DurationSeconds: "By default, the value is set to 3600 seconds."'),
  roleDefaultMaxSessionSeconds: f(3600, 'IAM API CreateRole MaxSessionDuration: "If you do not specify a value for this setting, the default value of one hour is applied."', {
    note: 'The sandbox has no IAM roles yet, so every role has the default maximum.',
  }),
  roleSessionNameLength: f({ min: 2, max: 64 }, 'STS API AssumeRoleWithWebIdentity RoleSessionName: 2-64 characters, pattern [\\w+=,.@-]*'),
} as const;

/** The simulated social, OIDC and SAML providers (simulator/identity/providers.ts). SIMULATED: not AWS facts. */
export const SIMULATED_PROVIDERS = {
  tokenLifetimeSeconds: f(3600, 'Google ID tokens are valid for one hour (Google Identity documentation); the sandbox uses the same lifetime for every simulated provider token', {
    unconfirmed: true,
    note: 'Facebook and Login with Amazon hand out opaque access tokens, not JWTs; the sandbox simulates them as signed JWTs.',
  }),
} as const;

/* ---- Lambda triggers (simulator/triggers) ---- */

/** What the simulated Lambda service shows and does around a trigger call (LAMBDA holds Cognito's own rules). */
export const LAMBDA_RUNTIME = {
  memorySizeMb: f(128, 'Lambda DG "Configure function memory": the default memory of a new function is 128 MB (shown as Memory Size in REPORT log lines)'),
  billingGranularityMs: f(1, 'Lambda pricing: duration is billed in 1 ms increments (REPORT "Billed Duration" rounds up to the millisecond)'),
  asyncRetries: f(2, 'Lambda DG "Asynchronous invocation": on a function error Lambda retries an asynchronous invocation twice', {
    note: 'Custom sender triggers are invoked asynchronously; the engine retries at once instead of after Lambda\'s delays.',
  }),
  customMessageEmailMaxChars: f(20_000, 'DG-2023 user-pool-lambda-custom-message: "For email, the maximum length for the message is 20,000 UTF-8 characters, including the verification code."'),
  customMessageSmsMaxChars: f(140, 'DG-2023 user-pool-lambda-custom-message: "For SMS, the maximum length is 140 UTF-8 characters, including the verification code."'),
  functionNameMaxLength: f(64, 'Lambda API CreateFunction FunctionName: a name is 1-64 characters of letters, digits, hyphens and underscores'),
} as const;

/* ---- OAuth 2.0 authorization server and managed login (simulator/oauth) ---- */

/** The user pool's OAuth 2.0 / OpenID Connect endpoints. */
export const OAUTH = {
  authorizationCodeMinutes: f(5, 'DG-2023 authorization-endpoint: "The response returns a one time use code that is valid for five minutes."'),
  codeChallengeMethods: f(['S256'] as const, 'DG-2023 authorization-endpoint: "The PKCE RFC defines two methods, S256 and plain; however, Amazon Cognito authentication server supports only S256."'),
  reservedScopes: f(['openid', 'email', 'phone', 'profile', 'aws.cognito.signin.user.admin'] as const, 'DG-2023 authorization-endpoint: "System reserved scopes are openid, email, phone, profile, and aws.cognito.signin.user.admin."'),
  prefixDomainSuffix: f('auth.{region}.amazoncognito.com', 'DG / CloudFormation AWS::Cognito::UserPoolDomain: a prefix domain is {prefix}.auth.{region}.amazoncognito.com'),
  domainLength: f({ min: 1, max: 63 }, 'API CreateUserPoolDomain Domain: length 1-63, pattern ^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$'),
  listResourceServersMaxResults: f({ min: 1, max: 50 }, 'API ListResourceServers MaxResults (ListResourceServersLimitType): 1-50'),
  resourceServerFieldLength: f({ min: 1, max: 256 }, 'API ResourceServerIdentifierType, ResourceServerNameType, ResourceServerScopeNameType and ResourceServerScopeDescriptionType: 1-256 characters'),
  managedLoginVersions: f([1, 2] as const, 'API CreateUserPoolDomain ManagedLoginVersion: 1 (classic hosted UI) or 2 (managed login); 1 when left out', { unconfirmed: true, note: 'The default of 1 for API-created domains is observed, not stated.' }),
} as const;

/* ---- Cognito Sync, simulated AWS resources and API Gateway (simulator/sync, simulator/aws) ---- */

/** Cognito Sync details beyond SYNC. */
export const SYNC_API = {
  datasetNamePattern: f('[a-zA-Z0-9_.:-]+', 'Cognito Sync API reference, Dataset: DatasetName "Pattern: [a-zA-Z0-9_.:-]+", length 1-128'),
  recordKeyLength: f({ min: 1, max: 1024 }, 'Cognito Sync API reference, Record: Key "Minimum length of 1. Maximum length of 1024."'),
  recordValueMaxLength: f(4_194_304, 'Cognito Sync API reference, Record: Value "Maximum length of 4194304."'),
  datasetSizeBytes: f(1_048_576, 'Cognito Sync API reference, Dataset: "a dataset can hold up to 1MB of key-value pairs"', {
    unconfirmed: true,
    note: '1 MB read as 1,048,576 bytes of UTF-8 keys and values (DataStorage is "Total size in bytes of the records"); how AWS counts is not documented.',
  }),
  target: f('REST-JSON', 'Cognito Sync API reference, UpdateRecords: "POST /identitypools/IdentityPoolId/identities/IdentityId/datasets/DatasetName" (REST with JSON bodies, no X-Amz-Target)'),
  appSyncRecommended: f(true, 'DG cognito-sync: the Developer Guide points new applications to AWS AppSync instead of Cognito Sync', { unconfirmed: true, note: 'AWS\'s exact sentence was not checked; teach it as a recommendation, not a quote.' }),
} as const;

/** Amazon API Gateway REST API Cognito user pools authorizer. */
export const API_GATEWAY = {
  userPoolsPerAuthorizer: f(1000, 'API Gateway DG apigateway-enable-cognito-user-pool: "You can use up to 1,000 user pools for one COGNITO_USER_POOLS authorizer. This limit cannot be increased."'),
  unauthorizedStatus: f(401, 'AWS re:Post KC api-gateway-cognito-401-unauthorized: expired token, wrong issuer, invalid token string; an ID token where scopes are configured or an access token where none are give "401 Unauthorized"'),
  scopeMismatchStatus: f(403, 'Not documented by AWS: a valid access token none of whose scopes is one of the method\'s authorizationScopes', {
    unconfirmed: true,
    note: 'API Method.authorizationScopes: "The method invocation is authorized if any method scopes matches a claimed scope in the access token. Otherwise, the invocation is not authorized." The status (403) follows two open emulators (ministack, yulin); AWS may answer 401.',
  }),
} as const;

/** Federated identity providers of a user pool (CreateIdentityProvider). */
export const IDENTITY_PROVIDER_LIMITS = {
  nameLength: f({ min: 1, max: 32 }, 'API ProviderNameTypeV2: 1-32 characters (the limit was 40 in older versions)'),
  identifierLength: f({ min: 1, max: 40 }, 'API IdpIdentifierType: 1-40 characters, pattern [\\w\\s+=.@-]+'),
  identifiersPerProvider: f(50, 'API IdpIdentifiersListType: at most 50 identifiers'),
  attributeMappingKeyLength: f({ min: 1, max: 32 }, 'API AttributeMappingKeyType: 1-32 characters'),
  linkedIdentitiesPerUser: f(5, 'API AdminLinkProviderForUser: "The maximum number of federated identities linked to a user is five."'),
  providerAttributeLength: f({ min: 0, max: 131072 }, 'API ProviderUserIdentifierType: ProviderAttributeName and ProviderAttributeValue 0-131072 characters'),
} as const;

/** Remembered devices (simulator/devices). */
export const DEVICES = {
  deviceKeyLength: f({ min: 1, max: 55 }, 'API DeviceKeyType: 1-55 characters, pattern [\\w-]+_[0-9a-f-]+ (the engine makes {region}_{uuid})'),
  deviceNameLength: f({ min: 1, max: 1024 }, 'API DeviceNameType: 1-1024 characters'),
  deviceGroupKeyRandomChars: f(9, 'DeviceGroupKey as seen in AWS answers: "-" and 9 letters or digits', {
    unconfirmed: true,
    note: 'The API reference gives DeviceGroupKey no length or pattern.',
  }),
} as const;
