/**
 * One sign-in, from the first call (InitiateAuth / AdminInitiateAuth) to the
 * tokens: which challenge comes next and what the service does on the way.
 *
 * The engine runs this chart itself (`simulator/auth/driver.ts` resolves the
 * stored state with `resolveState` and steps it with xstate's pure
 * `transition()`): the guards decide the next challenge, and every side
 * effect is a named action that the engine carries out when `transition()`
 * returns it. The diagram learners see is drawn from this same definition.
 *
 * Each waiting state stands for a challenge (its `meta.challenge` is the
 * `ChallengeName` the API returns) and expires after the app client's
 * AuthSessionValidity (`after: { authSessionValidity: 'expired' }`); the
 * engine enforces that through the session's `expiresAt`.
 */
import { setup, transition, type SnapshotFrom } from 'xstate';

/** The second factors a user can be asked for. */
export type MfaType = 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';

/** What the guards need to know once the password is accepted. */
export interface SignInFactors {
  /** The user signed in with a temporary password (FORCE_CHANGE_PASSWORD). */
  mustChangePassword: boolean;
  /** The pool's MfaConfiguration. */
  poolMfa: 'OFF' | 'ON' | 'OPTIONAL';
  /** The factors this user can answer with (turned on for the user and deliverable). */
  enabled: MfaType[];
  /** The user's preferred factor, if any. */
  preferred?: MfaType;
  /** The factors the pool lets a user set up (MFAS_CAN_SETUP). */
  canSetup: MfaType[];
  /** A remembered device proves itself with device SRP instead of MFA (simulator/devices/signIn.ts). */
  deviceAuth?: boolean;
}

export type AuthSessionEvent =
  /** InitiateAuth USER_SRP_AUTH: the service answers with SRP_B and a SECRET_BLOCK. */
  | { type: 'SRP_STARTED' }
  /** The password (plain or SRP proof) is right. */
  | { type: 'PASSWORD_VERIFIED'; factors: SignInFactors }
  /** The password (plain or SRP proof) is wrong. */
  | { type: 'PASSWORD_REJECTED' }
  /** NEW_PASSWORD_REQUIRED answered with an acceptable new password. */
  | { type: 'NEW_PASSWORD_SET'; factors: SignInFactors }
  /** SELECT_MFA_TYPE answered. */
  | { type: 'MFA_TYPE_SELECTED'; answer: MfaType }
  /** SMS_MFA, EMAIL_OTP or SOFTWARE_TOKEN_MFA answered with the right code. */
  | { type: 'MFA_CODE_ACCEPTED' }
  /** A wrong MFA code: the challenge stays open. */
  | { type: 'MFA_CODE_REJECTED' }
  /** AssociateSoftwareToken with the MFA_SETUP session. */
  | { type: 'SOFTWARE_TOKEN_ASSOCIATED' }
  /** VerifySoftwareToken with the right code. */
  | { type: 'SOFTWARE_TOKEN_VERIFIED' }
  /** VerifySoftwareToken with a wrong code. */
  | { type: 'SOFTWARE_TOKEN_REJECTED' }
  /** RespondToAuthChallenge MFA_SETUP after the token was verified. */
  | { type: 'MFA_SETUP_COMPLETED' }
  /** CUSTOM_AUTH: the define auth challenge trigger asked for a custom challenge, and the create trigger made it. */
  | { type: 'CUSTOM_CHALLENGE_CREATED' }
  /** CUSTOM_AUTH: the define auth challenge trigger said issueTokens. */
  | { type: 'CUSTOM_AUTH_SUCCEEDED' }
  /** CUSTOM_AUTH: the define auth challenge trigger said failAuthentication. */
  | { type: 'CUSTOM_AUTH_FAILED' }
  /** DEVICE_SRP_AUTH answered with the device's SRP_A. */
  | { type: 'DEVICE_SRP_STARTED' }
  /** DEVICE_PASSWORD_VERIFIER answered with a right proof. */
  | { type: 'DEVICE_PASSWORD_VERIFIED' }
  /** DEVICE_PASSWORD_VERIFIER answered with a wrong proof. */
  | { type: 'DEVICE_PASSWORD_REJECTED' };

export interface AuthSessionContext {
  /** The app client's AuthSessionValidity, in milliseconds. */
  validityMs: number;
}

/** The ChallengeName each waiting state answers to. */
export const CHALLENGE_OF_STATE = {
  passwordVerifier: 'PASSWORD_VERIFIER',
  newPasswordRequired: 'NEW_PASSWORD_REQUIRED',
  mfaSetup: 'MFA_SETUP',
  mfaSetupAssociated: 'MFA_SETUP',
  mfaSetupVerified: 'MFA_SETUP',
  selectMfaType: 'SELECT_MFA_TYPE',
  smsMfa: 'SMS_MFA',
  emailOtp: 'EMAIL_OTP',
  softwareTokenMfa: 'SOFTWARE_TOKEN_MFA',
  customChallenge: 'CUSTOM_CHALLENGE',
  deviceSrpAuth: 'DEVICE_SRP_AUTH',
  devicePasswordVerifier: 'DEVICE_PASSWORD_VERIFIER',
} as const;

export type WaitingState = keyof typeof CHALLENGE_OF_STATE;

const factorsOf = (event: AuthSessionEvent): SignInFactors | undefined =>
  event.type === 'PASSWORD_VERIFIED' || event.type === 'NEW_PASSWORD_SET' ? event.factors : undefined;

/** The factor to ask for without asking the user to choose: the preferred one, or the only one. */
export function nextFactor(f: SignInFactors): MfaType | undefined {
  if (f.poolMfa === 'OFF') return undefined;
  if (f.preferred && f.enabled.includes(f.preferred)) return f.preferred;
  return f.enabled.length === 1 ? f.enabled[0] : undefined;
}

const needsMfaSetup = (f: SignInFactors) => f.poolMfa === 'ON' && f.enabled.length === 0;
const noMfa = (f: SignInFactors) => f.poolMfa === 'OFF' || f.enabled.length === 0;
const mustChoose = (f: SignInFactors) => !noMfa(f) && nextFactor(f) === undefined && f.enabled.length > 1;

/** Where a sign-in goes once the password is settled (checked in this order). */
const afterPassword = [
  { guard: 'mustChangePassword', target: 'newPasswordRequired' },
  { guard: 'rememberedDevice', target: 'deviceSrpAuth' },
  { guard: 'mfaSetupRequired', target: 'mfaSetup' },
  { guard: 'noMfaNeeded', target: 'authenticated' },
  { guard: 'mfaChoiceNeeded', target: 'selectMfaType' },
  { guard: 'smsMfaNext', target: 'smsMfa' },
  { guard: 'emailOtpNext', target: 'emailOtp' },
  { guard: 'softwareTokenMfaNext', target: 'softwareTokenMfa' },
  { target: 'authenticated' },
] as const;

const expires = { after: { authSessionValidity: 'expired' } } as const;

/** CUSTOM_AUTH: what the define auth challenge trigger decided (simulator/triggers/customAuth.ts sends these). */
const customAuthDecisions = {
  CUSTOM_CHALLENGE_CREATED: 'customChallenge',
  CUSTOM_AUTH_SUCCEEDED: 'authenticated',
  CUSTOM_AUTH_FAILED: 'failed',
} as const;

export const authSessionMachine = setup({
  types: {
    context: {} as AuthSessionContext,
    events: {} as AuthSessionEvent,
    input: {} as AuthSessionContext,
  },
  // The engine performs these effects when transition() hands them back;
  // here they are only names (createActor runs them as no-ops).
  actions: {
    presentPasswordVerifier: () => {},
    countFailedSignIn: () => {},
    presentNewPasswordRequired: () => {},
    presentMfaSetup: () => {},
    associateSoftwareToken: () => {},
    enableSoftwareToken: () => {},
    presentMfaChoice: () => {},
    sendSmsCode: () => {},
    sendEmailCode: () => {},
    presentSoftwareTokenChallenge: () => {},
    presentCustomChallenge: () => {},
    presentDeviceSrpAuth: () => {},
    presentDevicePasswordVerifier: () => {},
    issueTokens: () => {},
  },
  guards: {
    mustChangePassword: ({ event }) => factorsOf(event)?.mustChangePassword === true,
    rememberedDevice: ({ event }) => factorsOf(event)?.deviceAuth === true,
    mfaSetupRequired: ({ event }) => {
      const f = factorsOf(event);
      return f !== undefined && needsMfaSetup(f);
    },
    noMfaNeeded: ({ event }) => {
      const f = factorsOf(event);
      return f === undefined || noMfa(f);
    },
    mfaChoiceNeeded: ({ event }) => {
      const f = factorsOf(event);
      return f !== undefined && mustChoose(f);
    },
    smsMfaNext: ({ event }) => {
      const f = factorsOf(event);
      return f !== undefined && nextFactor(f) === 'SMS_MFA';
    },
    emailOtpNext: ({ event }) => {
      const f = factorsOf(event);
      return f !== undefined && nextFactor(f) === 'EMAIL_OTP';
    },
    softwareTokenMfaNext: ({ event }) => {
      const f = factorsOf(event);
      return f !== undefined && nextFactor(f) === 'SOFTWARE_TOKEN_MFA';
    },
    choseSms: ({ event }) => event.type === 'MFA_TYPE_SELECTED' && event.answer === 'SMS_MFA',
    choseEmail: ({ event }) => event.type === 'MFA_TYPE_SELECTED' && event.answer === 'EMAIL_OTP',
    choseSoftwareToken: ({ event }) => event.type === 'MFA_TYPE_SELECTED' && event.answer === 'SOFTWARE_TOKEN_MFA',
  },
  delays: {
    authSessionValidity: ({ context }) => context.validityMs,
  },
}).createMachine({
  id: 'authSession',
  initial: 'idle',
  context: ({ input }) => ({ validityMs: input.validityMs }),
  states: {
    idle: {
      description: 'InitiateAuth / AdminInitiateAuth received',
      on: {
        SRP_STARTED: 'passwordVerifier',
        PASSWORD_VERIFIED: [...afterPassword],
        PASSWORD_REJECTED: { target: 'failed', actions: 'countFailedSignIn' },
        ...customAuthDecisions,
      },
    },
    passwordVerifier: {
      description: 'SRP: waiting for the password claim signature',
      meta: { challenge: CHALLENGE_OF_STATE.passwordVerifier },
      entry: 'presentPasswordVerifier',
      ...expires,
      on: {
        PASSWORD_VERIFIED: [...afterPassword],
        PASSWORD_REJECTED: { target: 'failed', actions: 'countFailedSignIn' },
        // CUSTOM_AUTH with SRP first: the define trigger decides after the password.
        ...customAuthDecisions,
      },
    },
    newPasswordRequired: {
      description: 'Signed in with a temporary password: a new one is needed',
      meta: { challenge: CHALLENGE_OF_STATE.newPasswordRequired },
      entry: 'presentNewPasswordRequired',
      ...expires,
      on: {
        NEW_PASSWORD_SET: [...afterPassword],
      },
    },
    mfaSetup: {
      description: 'The pool requires MFA and the user has none: set up an authenticator app',
      meta: { challenge: CHALLENGE_OF_STATE.mfaSetup },
      entry: 'presentMfaSetup',
      ...expires,
      on: {
        SOFTWARE_TOKEN_ASSOCIATED: { target: 'mfaSetupAssociated', actions: 'associateSoftwareToken' },
      },
    },
    mfaSetupAssociated: {
      description: 'AssociateSoftwareToken gave a secret; waiting for VerifySoftwareToken',
      meta: { challenge: CHALLENGE_OF_STATE.mfaSetupAssociated },
      ...expires,
      on: {
        SOFTWARE_TOKEN_ASSOCIATED: { target: 'mfaSetupAssociated', actions: 'associateSoftwareToken' },
        SOFTWARE_TOKEN_VERIFIED: { target: 'mfaSetupVerified', actions: 'enableSoftwareToken' },
        SOFTWARE_TOKEN_REJECTED: { target: 'mfaSetupAssociated' },
      },
    },
    mfaSetupVerified: {
      description: 'The authenticator app is verified; answer MFA_SETUP to finish',
      meta: { challenge: CHALLENGE_OF_STATE.mfaSetupVerified },
      ...expires,
      on: {
        MFA_SETUP_COMPLETED: 'authenticated',
      },
    },
    selectMfaType: {
      description: 'More than one factor and none preferred: the user picks one',
      meta: { challenge: CHALLENGE_OF_STATE.selectMfaType },
      entry: 'presentMfaChoice',
      ...expires,
      on: {
        MFA_TYPE_SELECTED: [
          { guard: 'choseSms', target: 'smsMfa' },
          { guard: 'choseEmail', target: 'emailOtp' },
          { guard: 'choseSoftwareToken', target: 'softwareTokenMfa' },
        ],
      },
    },
    smsMfa: {
      description: 'A code was sent by SMS',
      meta: { challenge: CHALLENGE_OF_STATE.smsMfa },
      entry: 'sendSmsCode',
      ...expires,
      on: { MFA_CODE_ACCEPTED: 'authenticated', MFA_CODE_REJECTED: { target: 'smsMfa' } },
    },
    emailOtp: {
      description: 'A code was sent by email',
      meta: { challenge: CHALLENGE_OF_STATE.emailOtp },
      entry: 'sendEmailCode',
      ...expires,
      on: { MFA_CODE_ACCEPTED: 'authenticated', MFA_CODE_REJECTED: { target: 'emailOtp' } },
    },
    softwareTokenMfa: {
      description: 'Waiting for a code from the authenticator app',
      meta: { challenge: CHALLENGE_OF_STATE.softwareTokenMfa },
      entry: 'presentSoftwareTokenChallenge',
      ...expires,
      on: { MFA_CODE_ACCEPTED: 'authenticated', MFA_CODE_REJECTED: { target: 'softwareTokenMfa' } },
    },
    customChallenge: {
      description: 'CUSTOM_AUTH: waiting for the answer to a challenge the create auth challenge trigger made',
      meta: { challenge: CHALLENGE_OF_STATE.customChallenge },
      entry: 'presentCustomChallenge',
      ...expires,
      on: {
        CUSTOM_CHALLENGE_CREATED: { target: 'customChallenge', reenter: true },
        CUSTOM_AUTH_SUCCEEDED: 'authenticated',
        CUSTOM_AUTH_FAILED: 'failed',
      },
    },
    deviceSrpAuth: {
      description: 'A remembered device signs in with device SRP instead of MFA: waiting for its SRP_A',
      meta: { challenge: CHALLENGE_OF_STATE.deviceSrpAuth },
      entry: 'presentDeviceSrpAuth',
      ...expires,
      on: { DEVICE_SRP_STARTED: 'devicePasswordVerifier' },
    },
    devicePasswordVerifier: {
      description: 'Device SRP: waiting for the device password claim signature',
      meta: { challenge: CHALLENGE_OF_STATE.devicePasswordVerifier },
      entry: 'presentDevicePasswordVerifier',
      ...expires,
      on: {
        DEVICE_PASSWORD_VERIFIED: 'authenticated',
        DEVICE_PASSWORD_REJECTED: 'failed',
      },
    },
    authenticated: {
      description: 'Signed in: ID, access and refresh tokens issued',
      type: 'final',
      entry: 'issueTokens',
    },
    failed: {
      description: 'Wrong password (the attempt counts toward the lockout), or a custom challenge flow the define trigger failed',
      type: 'final',
    },
    expired: {
      description: 'The session outlived AuthSessionValidity',
      type: 'final',
    },
  },
});

export type AuthSessionSnapshot = SnapshotFrom<typeof authSessionMachine>;
export type AuthStateValue = keyof typeof authSessionMachine.config.states;

/** The chart at a stored state (`idle` for a new sign-in). */
export function resolveAuthState(value: string, validityMs: number): AuthSessionSnapshot {
  return authSessionMachine.resolveState({ value, context: { validityMs } });
}

/**
 * Steps the chart: the next snapshot and the names of the effects to carry
 * out, in order. Returns `undefined` when the state does not take the event.
 */
export function stepAuthSession(snapshot: AuthSessionSnapshot, event: AuthSessionEvent): { next: AuthSessionSnapshot; effects: string[] } | undefined {
  if (!snapshot.can(event)) return undefined;
  const [next, actions] = transition(authSessionMachine, snapshot, event);
  return { next, effects: actions.map((a) => a.type).filter((t) => !t.startsWith('xstate.')) };
}

/** The ChallengeName a waiting state stands for, if it is one. */
export function challengeOfState(value: string): (typeof CHALLENGE_OF_STATE)[WaitingState] | undefined {
  return (CHALLENGE_OF_STATE as Record<string, (typeof CHALLENGE_OF_STATE)[WaitingState]>)[value];
}
