/**
 * The sandbox's scenario presets (replayed from a clean slate; see
 * `schema.ts`). Ids match `ids.ts` where a lesson links to them; a few more
 * (MFA required, email as username, groups and roles) are sandbox-only.
 */
import { LIFETIMES } from '@/simulator/facts';
import { SandboxPresetSchema, type SandboxPreset } from './schema';
import { call, client, confirmedUser, pool, PRESET_PASSWORD, PRESET_TEMPORARY_PASSWORD, roleArn } from './builders';
import { TRIGGER_PRESETS } from './triggerPresets';
import { OAUTH_PRESETS } from './oauthPresets';
import { IDENTITY_PRESETS } from './identityPresets';

export { PRESET_PASSWORD, PRESET_TEMPORARY_PASSWORD } from './builders';

const accessMin = LIFETIMES.accessToken.value.min;
const idMin = LIFETIMES.idToken.value.min;
const refreshMin = LIFETIMES.refreshToken.value.min;

const presets: SandboxPreset[] = [
  {
    id: 'basic-user-pool',
    name: 'Basic user pool',
    description: 'A user pool that verifies email automatically and one public app client (no secret) with SRP, password and refresh-token sign-in.',
    tryThis: 'Sign up, read the code in the inbox, confirm the account and sign in.',
    steps: [pool('basic-pool'), client()],
  },
  {
    id: 'email-as-username',
    name: 'Email as username',
    description: 'A pool whose UsernameAttributes is email: users sign up with an email address as their user name, and Cognito gives them a generated UUID username.',
    tryThis: `Sign up with an email address as the user name. The existing user pat@example.com (password ${PRESET_PASSWORD}) signs in with the email too.`,
    steps: [pool('email-username-pool', { UsernameAttributes: ['email'] }), client(), ...confirmedUser('pat@example.com', 'pat@example.com')],
  },
  {
    id: 'email-alias-pool',
    name: 'Email as an alias',
    description: 'A pool with AliasAttributes email and preferred_username: users keep a user name and may also sign in with a verified email address.',
    tryThis: `Sign in as carol, then as carol@example.com (password ${PRESET_PASSWORD}): both reach the same user.`,
    steps: [pool('email-alias-pool', { AliasAttributes: ['email', 'preferred_username'] }), client(), ...confirmedUser('carol', 'carol@example.com')],
  },
  {
    id: 'admin-created-users',
    name: 'Admin-invited user',
    description: 'An administrator created dana with AdminCreateUser: she is in FORCE_CHANGE_PASSWORD and her invitation, with a temporary password, is in the inbox.',
    tryThis: `Sign in as dana with the temporary password ${PRESET_TEMPORARY_PASSWORD}: Cognito answers with the NEW_PASSWORD_REQUIRED challenge.`,
    steps: [
      pool('admin-invite-pool'),
      client(),
      call('AdminCreateUser', {
        UserPoolId: '{{poolId}}',
        Username: 'dana',
        TemporaryPassword: PRESET_TEMPORARY_PASSWORD,
        DesiredDeliveryMediums: ['EMAIL'],
        UserAttributes: [
          { Name: 'email', Value: 'dana@example.com' },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    ],
  },
  {
    id: 'forgot-password',
    name: 'Forgotten password',
    description: 'A confirmed user, erin, with a verified email address, ready for ForgotPassword and ConfirmForgotPassword.',
    tryThis: 'Start “forgot password” for erin, take the code from the inbox and choose a new password.',
    steps: [pool('forgot-password-pool'), client(), ...confirmedUser('erin', 'erin@example.com')],
  },
  {
    id: 'token-lifetimes',
    name: 'Short token lifetimes',
    description: `An app client whose ID and access tokens last ${idMin} minutes and whose refresh token lasts ${refreshMin} minutes (the shortest Cognito allows); frank is signed in.`,
    tryThis: 'Move the clock +5 minutes: the ID and access tokens expire; refresh them. Move it +1 hour: the refresh token has expired too.',
    steps: [
      pool('token-lifetimes-pool'),
      client({
        IdTokenValidity: idMin,
        AccessTokenValidity: accessMin,
        RefreshTokenValidity: refreshMin,
        TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'minutes' },
      }),
      ...confirmedUser('frank', 'frank@example.com'),
      { kind: 'signIn', username: 'frank', password: PRESET_PASSWORD },
    ],
  },
  {
    id: 'token-revocation',
    name: 'Token revocation',
    description: 'A client with token revocation on (the default for new clients) and gina signed in, with a refresh token to revoke.',
    tryThis: 'Revoke the refresh token or sign gina out globally, then try to refresh or use the access token.',
    steps: [pool('token-revocation-pool'), client({ EnableTokenRevocation: true }), ...confirmedUser('gina', 'gina@example.com'), { kind: 'signIn', username: 'gina', password: PRESET_PASSWORD }],
  },
  {
    id: 'jwt-inspector',
    name: 'Tokens to inspect',
    description: 'hank is signed in: his ID, access and refresh tokens are ready to decode and to check against the pool’s JWKS.',
    tryThis: 'Open the tokens, read each claim, then tamper with one and watch the signature check fail.',
    steps: [pool('jwt-inspector-pool'), client(), ...confirmedUser('hank', 'hank@example.com'), { kind: 'signIn', username: 'hank', password: PRESET_PASSWORD }],
  },
  {
    id: 'mfa-totp',
    name: 'Optional TOTP MFA',
    description: 'A pool with MFA set to OPTIONAL and TOTP (authenticator apps) as the second factor; ivy has not set it up yet.',
    tryThis: 'Sign in as ivy, associate a software token, verify it with the virtual authenticator and sign in again with a code.',
    steps: [
      pool('mfa-totp-pool'),
      client(),
      call('SetUserPoolMfaConfig', { UserPoolId: '{{poolId}}', MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true } }),
      ...confirmedUser('ivy', 'ivy@example.com'),
    ],
  },
  {
    id: 'mfa-required',
    name: 'MFA required',
    description: 'A pool with MFA set to ON (required for everyone) and TOTP as the factor; jack has a password but no MFA yet.',
    tryThis: 'Sign in as jack: Cognito answers MFA_SETUP, because a required second factor has not been set up.',
    steps: [
      pool('mfa-required-pool'),
      client(),
      call('SetUserPoolMfaConfig', { UserPoolId: '{{poolId}}', MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true } }),
      ...confirmedUser('jack', 'jack@example.com'),
    ],
  },
  {
    id: 'password-policy-lockout',
    name: 'Strict password policy',
    description: 'A pool that wants 12 characters with upper and lower case, numbers and symbols, and remembers the last 5 passwords; kim is confirmed.',
    tryThis: 'Sign up with a weak password to read the policy errors, then sign in as kim with wrong passwords until Cognito locks her out.',
    steps: [
      pool('strict-policy-pool', {
        Policies: {
          PasswordPolicy: {
            MinimumLength: 12,
            RequireUppercase: true,
            RequireLowercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
            PasswordHistorySize: 5,
            TemporaryPasswordValidityDays: 1,
          },
        },
      }),
      client(),
      ...confirmedUser('kim', 'kim@example.com'),
    ],
  },
  {
    id: 'groups-and-roles',
    name: 'Groups with IAM roles',
    description: 'A pool with two groups, admins (precedence 1) and readers (precedence 10), each with an IAM role; leo is in both, mia in readers.',
    tryThis: 'Sign in as leo and read cognito:groups, cognito:roles and cognito:preferred_role in his ID token.',
    steps: [
      pool('groups-pool'),
      client(),
      call('CreateGroup', { UserPoolId: '{{poolId}}', GroupName: 'admins', Description: 'Administrators', Precedence: 1, RoleArn: roleArn('SandboxAdmins') }),
      call('CreateGroup', { UserPoolId: '{{poolId}}', GroupName: 'readers', Description: 'Read-only users', Precedence: 10, RoleArn: roleArn('SandboxReaders') }),
      ...confirmedUser('leo', 'leo@example.com'),
      ...confirmedUser('mia', 'mia@example.com'),
      call('AdminAddUserToGroup', { UserPoolId: '{{poolId}}', Username: 'leo', GroupName: 'admins' }),
      call('AdminAddUserToGroup', { UserPoolId: '{{poolId}}', Username: 'leo', GroupName: 'readers' }),
      call('AdminAddUserToGroup', { UserPoolId: '{{poolId}}', Username: 'mia', GroupName: 'readers' }),
    ],
  },
  ...TRIGGER_PRESETS,
  ...OAUTH_PRESETS,
  ...IDENTITY_PRESETS,
];

/**
 * Every preset the sandbox can load, as written (typed, not yet parsed).
 * Listing them (ids, names, descriptions) needs no parsing, so the sandbox's
 * start does not pay for zod-checking them all: {@link findPreset} checks the
 * one it returns, and the content test (`presets.test.ts`) checks them all.
 */
export const SANDBOX_PRESETS: readonly SandboxPreset[] = presets;

const checked = new Map<string, SandboxPreset>();

/** The preset with this id, if the sandbox has it, checked against the schema (once, on first lookup). */
export function findPreset(id: string): SandboxPreset | undefined {
  const known = checked.get(id);
  if (known) return known;
  const preset = SANDBOX_PRESETS.find((p) => p.id === id);
  if (!preset) return undefined;
  const parsed = SandboxPresetSchema.parse(preset);
  checked.set(id, parsed);
  return parsed;
}
