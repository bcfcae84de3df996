/**
 * The user pool triggers the editor offers: where each goes in LambdaConfig,
 * the trigger sources that fire it, a working TypeScript template, and the
 * type declarations (triggerTypes.ts) its template's `event` parameter uses.
 */
import { SIMULATED_ACCOUNT_ID } from '@/simulator/facts';

/** A trigger slot of the editor. `preTokenV2` is the pre token generation trigger with LambdaVersion V2_0. */
export type TriggerId =
  | 'PreSignUp'
  | 'PostConfirmation'
  | 'PreAuthentication'
  | 'PostAuthentication'
  | 'PreTokenGeneration'
  | 'PreTokenGenerationV2'
  | 'CustomMessage'
  | 'UserMigration'
  | 'DefineAuthChallenge'
  | 'CreateAuthChallenge'
  | 'VerifyAuthChallengeResponse'
  | 'CustomEmailSender'
  | 'CustomSMSSender';

export interface TriggerInfo {
  id: TriggerId;
  label: string;
  /** The LambdaConfig member that names the function. */
  configKey: string;
  /** For versioned members ({ LambdaVersion, LambdaArn }). */
  lambdaVersion?: 'V1_0' | 'V2_0';
  /** The event's type name in triggerTypes.ts. */
  eventType: string;
  /** When Cognito calls it (one sentence). */
  when: string;
  sources: string[];
  template: string;
}

/** The function name a trigger slot deploys to in the simulated account. */
export const functionNameFor = (id: TriggerId): string => `sandbox-${id}`;

const t = (lines: string[]): string => lines.join('\n') + '\n';

export const TRIGGERS: readonly TriggerInfo[] = [
  {
    id: 'PreSignUp',
    label: 'Pre sign-up',
    configKey: 'PreSignUp',
    eventType: 'PreSignUpEvent',
    when: 'Before a new user is created (SignUp, AdminCreateUser, first federated sign-in). It can reject the sign-up, confirm the user and verify the email or phone number.',
    sources: ['PreSignUp_SignUp', 'PreSignUp_AdminCreateUser', 'PreSignUp_ExternalProvider'],
    template: t([
      '// Confirms every new user at once: no confirmation code is sent.',
      'export const handler = async (event: PreSignUpEvent) => {',
      '  console.log("Sign-up by", event.userName, event.request.userAttributes.email);',
      '  event.response.autoConfirmUser = true;',
      '  if (event.request.userAttributes.email) event.response.autoVerifyEmail = true;',
      '  return event;',
      '};',
    ]),
  },
  {
    id: 'PostConfirmation',
    label: 'Post confirmation',
    configKey: 'PostConfirmation',
    eventType: 'PostConfirmationEvent',
    when: 'After a user confirms their account (or a forgotten password). The answer changes nothing; a failure still fails the operation.',
    sources: ['PostConfirmation_ConfirmSignUp', 'PostConfirmation_ConfirmForgotPassword'],
    template: t([
      'export const handler = async (event: PostConfirmationEvent) => {',
      '  console.log("Welcome", event.userName, "via", event.triggerSource);',
      '  return event;',
      '};',
    ]),
  },
  {
    id: 'PreAuthentication',
    label: 'Pre authentication',
    configKey: 'PreAuthentication',
    eventType: 'PreAuthenticationEvent',
    when: 'Before Cognito checks a password during sign-in. Throwing denies the sign-in.',
    sources: ['PreAuthentication_Authentication'],
    template: t([
      'export const handler = async (event: PreAuthenticationEvent) => {',
      '  if (event.userName.startsWith("blocked")) {',
      '    throw new Error("This account is blocked");',
      '  }',
      '  return event;',
      '};',
    ]),
  },
  {
    id: 'PostAuthentication',
    label: 'Post authentication',
    configKey: 'PostAuthentication',
    eventType: 'PostAuthenticationEvent',
    when: 'After a successful sign-in, before the tokens are returned.',
    sources: ['PostAuthentication_Authentication'],
    template: t([
      'export const handler = async (event: PostAuthenticationEvent) => {',
      '  console.log(event.userName, "signed in; new device:", event.request.newDeviceUsed);',
      '  return event;',
      '};',
    ]),
  },
  {
    id: 'PreTokenGeneration',
    label: 'Pre token generation (V1_0)',
    configKey: 'PreTokenGenerationConfig',
    lambdaVersion: 'V1_0',
    eventType: 'PreTokenGenerationV1Event',
    when: 'Before the ID token is issued. V1_0 can add, change or remove ID token claims and override groups.',
    sources: ['TokenGeneration_HostedAuth', 'TokenGeneration_Authentication', 'TokenGeneration_NewPasswordChallenge', 'TokenGeneration_AuthenticateDevice', 'TokenGeneration_RefreshTokens'],
    template: t([
      '// Adds a claim to the ID token.',
      'export const handler = async (event: PreTokenGenerationV1Event) => {',
      '  event.response = {',
      '    claimsOverrideDetails: {',
      '      claimsToAddOrOverride: { "custom:plan": "gold" },',
      '    },',
      '  };',
      '  return event;',
      '};',
    ]),
  },
  {
    id: 'PreTokenGenerationV2',
    label: 'Pre token generation (V2_0)',
    configKey: 'PreTokenGenerationConfig',
    lambdaVersion: 'V2_0',
    eventType: 'PreTokenGenerationV2Event',
    when: 'Before the tokens are issued. V2_0 can also change access token claims and scopes.',
    sources: ['TokenGeneration_HostedAuth', 'TokenGeneration_Authentication', 'TokenGeneration_NewPasswordChallenge', 'TokenGeneration_AuthenticateDevice', 'TokenGeneration_RefreshTokens'],
    template: t([
      '// Adds a claim to both tokens and a scope to the access token.',
      'export const handler = async (event: PreTokenGenerationV2Event) => {',
      '  event.response = {',
      '    claimsAndScopeOverrideDetails: {',
      '      idTokenGeneration: { claimsToAddOrOverride: { plan: "gold" } },',
      '      accessTokenGeneration: {',
      '        claimsToAddOrOverride: { plan: "gold" },',
      '        scopesToAdd: ["reports/read"],',
      '      },',
      '    },',
      '  };',
      '  return event;',
      '};',
    ]),
  },
  {
    id: 'CustomMessage',
    label: 'Custom message',
    configKey: 'CustomMessage',
    eventType: 'CustomMessageEvent',
    when: 'Before Cognito sends a verification code, temporary password or MFA code by email or SMS. The answer replaces the message (it must contain the code placeholder).',
    sources: [
      'CustomMessage_SignUp',
      'CustomMessage_AdminCreateUser',
      'CustomMessage_ResendCode',
      'CustomMessage_ForgotPassword',
      'CustomMessage_UpdateUserAttribute',
      'CustomMessage_VerifyUserAttribute',
      'CustomMessage_Authentication',
    ],
    template: t([
      'export const handler = async (event: CustomMessageEvent) => {',
      '  if (event.triggerSource === "CustomMessage_SignUp" || event.triggerSource === "CustomMessage_ResendCode") {',
      '    // codeParameter is the placeholder ({####}) Cognito replaces with the code.',
      '    event.response.emailSubject = "Welcome to the sandbox";',
      '    event.response.emailMessage = `Hello ${event.userName}, your code is ${event.request.codeParameter}`;',
      '    event.response.smsMessage = `Sandbox code: ${event.request.codeParameter}`;',
      '  }',
      '  return event;',
      '};',
    ]),
  },
  {
    id: 'UserMigration',
    label: 'User migration',
    configKey: 'UserMigration',
    eventType: 'UserMigrationEvent',
    when: 'When an unknown user signs in with a password or asks to reset one: the function can bring the user over from a legacy directory.',
    sources: ['UserMigration_Authentication', 'UserMigration_ForgotPassword'],
    template: t([
      '// A pretend legacy directory: one user whose password is "Legacy-Passw0rd".',
      'const legacy: Record<string, { password: string; email: string }> = {',
      '  "legacy-user": { password: "Legacy-Passw0rd", email: "legacy@example.com" },',
      '};',
      '',
      'export const handler = async (event: UserMigrationEvent) => {',
      '  const found = legacy[event.userName];',
      '  if (!found) throw new Error("User not found");',
      '  if (event.triggerSource === "UserMigration_Authentication" && event.request.password !== found.password) {',
      '    throw new Error("Bad password");',
      '  }',
      '  event.response.userAttributes = { email: found.email, email_verified: "true" };',
      '  event.response.finalUserStatus = "CONFIRMED";',
      '  event.response.messageAction = "SUPPRESS";',
      '  return event;',
      '};',
    ]),
  },
  {
    id: 'DefineAuthChallenge',
    label: 'Define auth challenge',
    configKey: 'DefineAuthChallenge',
    eventType: 'DefineAuthChallengeEvent',
    when: 'In the CUSTOM_AUTH flow, after each step: decides the next challenge, or issues tokens, or fails the sign-in.',
    sources: ['DefineAuthChallenge_Authentication'],
    template: t([
      '// One custom challenge; three wrong answers fail the sign-in.',
      'export const handler = async (event: DefineAuthChallengeEvent) => {',
      '  const session = event.request.session;',
      '  const last = session[session.length - 1];',
      '  if (last && last.challengeName === "CUSTOM_CHALLENGE" && last.challengeResult) {',
      '    event.response.issueTokens = true;',
      '    event.response.failAuthentication = false;',
      '  } else if (session.length >= 3) {',
      '    event.response.issueTokens = false;',
      '    event.response.failAuthentication = true;',
      '  } else {',
      '    event.response.challengeName = "CUSTOM_CHALLENGE";',
      '    event.response.issueTokens = false;',
      '    event.response.failAuthentication = false;',
      '  }',
      '  return event;',
      '};',
    ]),
  },
  {
    id: 'CreateAuthChallenge',
    label: 'Create auth challenge',
    configKey: 'CreateAuthChallenge',
    eventType: 'CreateAuthChallengeEvent',
    when: 'In the CUSTOM_AUTH flow, when the define trigger asked for CUSTOM_CHALLENGE: makes the question and keeps the answer.',
    sources: ['CreateAuthChallenge_Authentication'],
    template: t([
      'export const handler = async (event: CreateAuthChallengeEvent) => {',
      '  if (event.request.challengeName === "CUSTOM_CHALLENGE") {',
      '    event.response.publicChallengeParameters = { question: "What is 6 times 7?" };',
      '    event.response.privateChallengeParameters = { answer: "42" };',
      '    event.response.challengeMetadata = "ARITHMETIC";',
      '  }',
      '  return event;',
      '};',
    ]),
  },
  {
    id: 'VerifyAuthChallengeResponse',
    label: 'Verify auth challenge response',
    configKey: 'VerifyAuthChallengeResponse',
    eventType: 'VerifyAuthChallengeResponseEvent',
    when: 'In the CUSTOM_AUTH flow, when the user answers: says whether the answer is right.',
    sources: ['VerifyAuthChallengeResponse_Authentication'],
    template: t([
      'export const handler = async (event: VerifyAuthChallengeResponseEvent) => {',
      '  event.response.answerCorrect = event.request.challengeAnswer === event.request.privateChallengeParameters.answer;',
      '  return event;',
      '};',
    ]),
  },
  {
    id: 'CustomEmailSender',
    label: 'Custom email sender',
    configKey: 'CustomEmailSender',
    lambdaVersion: 'V1_0',
    eventType: 'CustomSenderEvent',
    when: 'Instead of Cognito sending an email. Called asynchronously: Cognito does not wait for it. The code arrives encrypted with the pool’s KMS key.',
    sources: [
      'CustomEmailSender_SignUp',
      'CustomEmailSender_ResendCode',
      'CustomEmailSender_ForgotPassword',
      'CustomEmailSender_UpdateUserAttribute',
      'CustomEmailSender_VerifyUserAttribute',
      'CustomEmailSender_AdminCreateUser',
      'CustomEmailSender_AccountTakeOverNotification',
    ],
    template: t([
      '// A real sender would decrypt request.code with the AWS Encryption SDK and call an email service.',
      'export const handler = async (event: CustomSenderEvent) => {',
      '  console.log("Would email", event.request.userAttributes.email, "about", event.triggerSource);',
      '  console.log("Encrypted code:", event.request.code);',
      '};',
    ]),
  },
  {
    id: 'CustomSMSSender',
    label: 'Custom SMS sender',
    configKey: 'CustomSMSSender',
    lambdaVersion: 'V1_0',
    eventType: 'CustomSenderEvent',
    when: 'Instead of Cognito sending an SMS. Called asynchronously, with the code encrypted.',
    sources: [
      'CustomSMSSender_SignUp',
      'CustomSMSSender_ResendCode',
      'CustomSMSSender_ForgotPassword',
      'CustomSMSSender_UpdateUserAttribute',
      'CustomSMSSender_VerifyUserAttribute',
      'CustomSMSSender_Authentication',
      'CustomSMSSender_AdminCreateUser',
    ],
    template: t([
      'export const handler = async (event: CustomSenderEvent) => {',
      '  console.log("Would text", event.request.userAttributes.phone_number, "about", event.triggerSource);',
      '};',
    ]),
  },
];

export const triggerById = (id: TriggerId): TriggerInfo => {
  const found = TRIGGERS.find((x) => x.id === id);
  if (!found) throw new Error(`Unknown trigger ${id}`);
  return found;
};

type LambdaConfig = Record<string, unknown>;

/** Whether the trigger is a custom sender (AWS requires LambdaConfig.KMSKeyID with those). */
export const isCustomSender = (trigger: TriggerInfo): boolean => trigger.configKey === 'CustomEmailSender' || trigger.configKey === 'CustomSMSSender';

/**
 * The simulated KMS key the sandbox gives a pool when a custom sender is
 * attached: a key ARN in the sandbox's account and Region (there is no KMS
 * here; the engine derives its stand-in encryption from this ARN).
 */
export const sandboxKmsKeyArn = (region: string): string => `arn:aws:kms:${region}:${SIMULATED_ACCOUNT_ID.value}:key/5a4db0c5-0000-4000-8000-c0915a4db0c5`;

/**
 * The LambdaConfig with `trigger` pointing at `arn` (or removed when `arn` is
 * undefined), other members kept. Attaching a custom sender to a pool without
 * a KMS key also sets KMSKeyID to `kmsKeyArn` when given.
 */
export function withTrigger(current: LambdaConfig | undefined, trigger: TriggerInfo, arn: string | undefined, kmsKeyArn?: string): LambdaConfig {
  const next: LambdaConfig = { ...(current ?? {}) };
  if (trigger.configKey === 'PreTokenGenerationConfig') delete next.PreTokenGeneration;
  if (arn === undefined) delete next[trigger.configKey];
  else next[trigger.configKey] = trigger.lambdaVersion ? { LambdaVersion: trigger.lambdaVersion, LambdaArn: arn } : arn;
  if (arn !== undefined && kmsKeyArn && isCustomSender(trigger) && !next.KMSKeyID) next.KMSKeyID = kmsKeyArn;
  return next;
}

/** The trigger slot the LambdaConfig currently gives function `arn` (undefined: not attached). */
export function attachedAs(config: LambdaConfig | undefined, trigger: TriggerInfo, arn: string): boolean {
  const v = config?.[trigger.configKey];
  if (typeof v === 'string') return v === arn;
  if (v && typeof v === 'object') {
    const o = v as { LambdaArn?: string; LambdaVersion?: string };
    return o.LambdaArn === arn && (!trigger.lambdaVersion || o.LambdaVersion === trigger.lambdaVersion);
  }
  return false;
}
