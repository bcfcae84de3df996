import { CODES, LOCKOUT, PASSWORD_POLICY_DEFAULT, PRICING, QUOTAS } from '../../simulator/facts';
import { count, dur, num } from '../lib/format';
import { SRC } from '../lib/sources';
import type { Lesson } from '../schema';

const policy = PASSWORD_POLICY_DEFAULT.value;

export const mfaPasswordsLesson: Lesson = {
  id: 'mfa-passwords',
  title: 'MFA, password policies and lockout',
  topic: 'mfa-passwords',
  summary:
    'User pools protect passwords with a configurable policy, a built-in lockout after repeated failures, and multi-factor authentication by SMS, email or an authenticator app.',
  sections: [
    {
      heading: 'Multi-factor authentication',
      body: `The pool's MFA setting is \`OFF\`, \`OPTIONAL\` (each user chooses) or \`ON\` (required for everyone). Second factors:
- **SMS** one-time codes: needs a verified phone number and an IAM role that lets Cognito publish through Amazon SNS; SMS costs are billed by SNS.
- **Email** one-time codes: needs the Essentials plan or higher and your own Amazon SES configuration.
- **TOTP** software tokens: an authenticator app produces ${count(CODES.totpDigits.value, 'digit')} codes. The user pairs it with \`AssociateSoftwareToken\`, proves it with \`VerifySoftwareToken\`, and turns it on with \`SetUserMFAPreference\`.

At sign-in Cognito answers with a challenge such as \`SMS_MFA\`, \`EMAIL_OTP\` or \`SOFTWARE_TOKEN_MFA\`; when MFA is required and the user has no factor yet, the challenge is \`MFA_SETUP\`. TOTP resists SIM-swap attacks that threaten SMS, so it is the usual recommendation.`,
    },
    {
      heading: 'Remembered devices and adaptive MFA',
      body: `With **device tracking**, a user can remember a trusted device and skip the MFA prompt on it. With **threat protection** (Plus plan), Cognito scores each sign-in for risk and can demand MFA only for risky attempts (adaptive authentication) instead of every time.`,
    },
    {
      heading: 'Password policy',
      body: `A pool's password policy sets the minimum length (a setting between ${num(QUOTAS.passwordMinLengthSetting.value.min)} and ${num(QUOTAS.passwordMinLengthSetting.value.max)}) and whether passwords need upper-case letters, lower-case letters, numbers and symbols. New pools start at ${count(policy.MinimumLength, 'character')} and require every character class (upper case, lower case, numbers and symbols). Passwords can be up to ${count(QUOTAS.passwordMaxLength.value, 'character')} long.

Other settings:
- **Temporary password validity** for users created by an administrator.
- **Password history** (Essentials plan or higher): stop users reusing up to ${count(QUOTAS.passwordHistorySize.value.max, 'previous password')}.

A password that breaks the policy fails with \`InvalidPasswordException\`.`,
    },
    {
      heading: 'Lockout after failed sign-ins',
      body: `Cognito throttles password guessing on its own: after ${count(LOCKOUT.freeAttempts.value, 'failed sign-in attempt')} the user is locked out temporarily. The lockout starts at ${dur(LOCKOUT.firstDelaySeconds.value, 'seconds')} and doubles after each further failure, up to about ${dur(LOCKOUT.maxDelaySeconds.value, 'seconds', 'minutes')}. Meanwhile sign-in fails with \`NotAuthorizedException\` ("Password attempts exceeded"). The user pool has no setting for these values; for stronger protection against credential stuffing, add threat protection or an AWS WAF web ACL.`,
    },
  ],
  diagrams: [
    {
      caption: 'Sign-in with TOTP MFA',
      mermaid: `sequenceDiagram
  participant App
  participant Pool as User pool
  App->>Pool: InitiateAuth with username and password
  Pool-->>App: Challenge SOFTWARE_TOKEN_MFA and Session
  App->>Pool: RespondToAuthChallenge with TOTP code
  Pool-->>App: Tokens`,
    },
    {
      caption: 'Lockout back-off',
      mermaid: `flowchart LR
  A[Wrong password] --> B{Too many failures}
  B -->|No| C[Try again]
  B -->|Yes| D[Temporary lockout]
  D --> E[Wait doubles after each failure]
  E --> C`,
    },
  ],
  notes: [
    { date: PRICING.featurePlansEffective.value, text: 'With feature plans, email MFA and password history are features of the Essentials plan or higher.' },
  ],
  sources: [SRC.mfa, SRC.passwordPolicy, SRC.devices, SRC.securityBestPractices, SRC.quotas],
  tryIt: [
    { label: 'Set up TOTP and sign in', preset: 'mfa-totp' },
    { label: 'Break the password policy and trigger lockout', preset: 'password-policy-lockout' },
  ],
  examDomains: [
    { exam: 'DVA-C02', domain: 'Security' },
    { exam: 'SAA-C03', domain: 'Design Secure Architectures' },
    { exam: 'SCS-C02', domain: 'Identity and Access Management' },
  ],
  factRefs: ['CODES.totpDigits', 'QUOTAS.passwordMinLengthSetting', 'PASSWORD_POLICY_DEFAULT', 'QUOTAS.passwordMaxLength', 'QUOTAS.passwordHistorySize', 'LOCKOUT'],
};
