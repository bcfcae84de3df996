import { LIFETIMES, PRICING, QUOTAS } from '../../simulator/facts';
import { count, dur, num } from '../lib/format';
import { SRC } from '../lib/sources';
import type { Lesson } from '../schema';

export const userPoolsLesson: Lesson = {
  id: 'user-pools',
  title: 'User pools: sign-up, sign-in, confirmation and recovery',
  topic: 'user-pools',
  summary:
    'A user pool is a managed user directory and an OpenID Connect identity provider. It stores users and their attributes, runs sign-up, confirmation, sign-in and account recovery, and issues JSON Web Tokens.',
  sections: [
    {
      heading: 'What a user pool is',
      body: `A user pool is a directory of your application's users that lives in one AWS Region. Each user has a username, a password (unless you use passwordless sign-in), a set of **attributes** (standard ones such as \`email\` and \`phone_number\`, and up to ${count(QUOTAS.customAttributesPerPool.value, 'custom attribute')} named \`custom:…\`) and a **status** such as \`UNCONFIRMED\`, \`CONFIRMED\`, \`FORCE_CHANGE_PASSWORD\` or \`RESET_REQUIRED\`.

Applications talk to the pool through **app clients**. An app client decides which authentication flows are allowed, whether the client has a secret, which attributes it may read and write, and how long its tokens live. A pool can hold up to ${num(QUOTAS.usersPerPool.value)} users.`,
    },
    {
      heading: 'Sign-up and confirmation',
      body: `With self-service sign-up, the app calls \`SignUp\` with a username, password and attributes. The user starts as \`UNCONFIRMED\`. If the pool verifies email or phone automatically, Cognito sends a code; the user proves ownership with \`ConfirmSignUp\`. The confirmation code is valid for ${dur(LIFETIMES.signUpCode.value.hours, 'hours')}; \`ResendConfirmationCode\` sends a new one.

Other ways in:
- An administrator calls \`AdminConfirmSignUp\`, or a **pre sign-up** Lambda trigger sets \`autoConfirmUser\` (and \`autoVerifyEmail\`).
- \`AdminCreateUser\` creates the user with a temporary password that expires after ${dur(LIFETIMES.temporaryPasswordDays.value.default, 'days')} by default. The user is in \`FORCE_CHANGE_PASSWORD\` and must answer the \`NEW_PASSWORD_REQUIRED\` challenge at first sign-in.
- Users can be imported from a CSV file or migrated just in time with the **migrate user** trigger.

You can turn self-service sign-up off entirely so that only administrators create users.`,
    },
    {
      heading: 'Usernames, aliases and case sensitivity',
      body: `A pool is created with one of two sign-in designs, and you cannot switch later:
- **Username with aliases**: users have a username and may also sign in with a *verified* email address or phone number (or a preferred username) as an alias.
- **Email or phone number as the username**: there is no separate username; the email address or phone number *is* the sign-in identifier.

Cognito also generates an immutable \`sub\` (a UUID) for every user. Use \`sub\`, not the email address, as the key in your own databases: emails change, \`sub\` never does. AWS recommends case-insensitive usernames (the console's choice for new pools), which avoids two accounts that differ only in letter case; like the sign-in design, this is fixed when the pool is created.`,
    },
    {
      heading: 'Signing in',
      body: `With the SDK, an app calls \`InitiateAuth\` (public clients) or \`AdminInitiateAuth\` (trusted back ends with IAM credentials). Common flows:
- \`USER_SRP_AUTH\`: Secure Remote Password; the password never travels to Cognito.
- \`USER_PASSWORD_AUTH\`: the password is sent over TLS; needed for example by the migrate user trigger.
- \`USER_AUTH\`: choice-based sign-in, including passwordless one-time codes and passkeys (Essentials plan or higher).
- \`CUSTOM_AUTH\`: your own challenges defined by Lambda triggers.
- \`REFRESH_TOKEN_AUTH\`: new ID and access tokens from a refresh token.

Cognito may answer with a **challenge** instead of tokens (\`SMS_MFA\`, \`SOFTWARE_TOKEN_MFA\`, \`NEW_PASSWORD_REQUIRED\`, \`CUSTOM_CHALLENGE\` …). Each challenge must be answered with \`RespondToAuthChallenge\` within the session's validity: ${dur(LIFETIMES.authSession.value.default, 'minutes')} by default, configurable up to ${dur(LIFETIMES.authSession.value.max, 'minutes')}.`,
    },
    {
      heading: 'Account recovery',
      body: `\`ForgotPassword\` sends a code by the recovery method the pool prefers (verified email or phone). \`ConfirmForgotPassword\` sets the new password with that code, which is valid for ${dur(LIFETIMES.forgotPasswordCode.value.hours, 'hours')}. Recovery only works through a **verified** email address or phone number; a user with neither must be helped by an administrator (\`AdminResetUserPassword\` or \`AdminSetUserPassword\`).

To avoid helping attackers discover which usernames exist, keep the app client's **prevent user existence errors** setting on: Cognito then answers the same way for unknown and known users.`,
    },
    {
      heading: 'Groups',
      body: `Groups collect users who share permissions. A group can carry an IAM role and a precedence; the groups appear in tokens as \`cognito:groups\`, and an identity pool can use \`cognito:preferred_role\` to pick the role. A pool can have up to ${num(QUOTAS.groupsPerPool.value)} groups and a user can be in up to ${num(QUOTAS.groupsPerUser.value)}.`,
    },
  ],
  diagrams: [
    {
      caption: 'Self-service sign-up and confirmation',
      mermaid: `sequenceDiagram
  participant User
  participant App
  participant Pool as User pool
  User->>App: Fill in sign-up form
  App->>Pool: SignUp
  Pool-->>User: Verification code by email
  Pool-->>App: UserConfirmed false
  User->>App: Enter code
  App->>Pool: ConfirmSignUp
  Pool-->>App: Confirmed
  App->>Pool: InitiateAuth
  Pool-->>App: ID, access and refresh tokens`,
    },
    {
      caption: 'User status changes',
      mermaid: `stateDiagram-v2
  [*] --> UNCONFIRMED: SignUp
  [*] --> FORCE_CHANGE_PASSWORD: AdminCreateUser
  UNCONFIRMED --> CONFIRMED: ConfirmSignUp
  FORCE_CHANGE_PASSWORD --> CONFIRMED: New password set
  CONFIRMED --> RESET_REQUIRED: Admin reset
  RESET_REQUIRED --> CONFIRMED: ConfirmForgotPassword`,
    },
  ],
  notes: [
    {
      date: PRICING.featurePlansEffective.value,
      text: 'Passwordless sign-in (email or SMS one-time codes, passkeys) arrived with the USER_AUTH flow and the Essentials feature plan.',
    },
  ],
  sources: [SRC.userPools, SRC.signUp, SRC.adminCreate, SRC.recovery, SRC.attributes, SRC.authFlows, SRC.groups, SRC.quotas],
  tryIt: [
    { label: 'Sign up, confirm and sign in', preset: 'basic-user-pool' },
    { label: 'Sign in with an email alias', preset: 'email-alias-pool' },
    { label: 'Create a user as an administrator', preset: 'admin-created-users' },
    { label: 'Reset a forgotten password', preset: 'forgot-password' },
  ],
  examDomains: [
    { exam: 'DVA-C02', domain: 'Security' },
    { exam: 'DVA-C02', domain: 'Development with AWS Services' },
    { exam: 'SAA-C03', domain: 'Design Secure Architectures' },
    { exam: 'SCS-C02', domain: 'Identity and Access Management' },
  ],
  factRefs: [
    'QUOTAS.customAttributesPerPool',
    'QUOTAS.usersPerPool',
    'LIFETIMES.signUpCode',
    'LIFETIMES.temporaryPasswordDays',
    'LIFETIMES.authSession',
    'LIFETIMES.forgotPasswordCode',
    'QUOTAS.groupsPerPool',
    'QUOTAS.groupsPerUser',
  ],
};
