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
