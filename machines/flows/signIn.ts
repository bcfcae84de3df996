/**
 * Sign-in, as the browser app runs it: InitiateAuth with USER_SRP_AUTH (the
 * password never leaves the browser; the app proves it knows it) or
 * USER_PASSWORD_AUTH, then whatever challenges Cognito asks for, until it
 * hands over the tokens.
 *
 * Every answer Cognito gives is routed by the same guarded list
 * ({@link routeAnswer}): tokens end the flow, a ChallengeName leads to the
 * state that answers it. A challenge session lasts the app client's
 * AuthSessionValidity (3 minutes unless changed), so each challenge state
 * gives up after that delay; with a simulated clock the delay follows the
 * sandbox's time.
 */
import { assign, fromPromise, setup } from 'xstate';
import { callOrThrow, flowErrorOf, type AuthResponse, type AuthenticationResult, type FlowApi, type FlowError } from './api';

/** The browser's SRP client (see app/sandbox/_flows/srpClient.ts), injected so the chart stays pure. */
export interface SrpStarter {
  (userPoolId: string): Promise<{
    srpA: string;
    answer(params: { SRP_B: string; SALT: string; SECRET_BLOCK: string; USER_ID_FOR_SRP: string }, password: string, nowMs: number): Promise<Record<string, string>>;
  }>;
}

export type SrpSession = Awaited<ReturnType<SrpStarter>>;

export type SignInAuthFlow = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH';
export type MfaChoice = 'SMS_MFA' | 'EMAIL_OTP' | 'SOFTWARE_TOKEN_MFA';

export interface SignInInput {
  api: FlowApi;
  startSrp: SrpStarter;
  /** The app client's AuthSessionValidity in ms (how long a challenge session lives). */
  sessionValidityMs: number;
}

export interface SignInContext extends SignInInput {
  username: string;
  /** Kept only until the password has been proven (SRP needs it for the second step). */
  password?: string;
  authFlow: SignInAuthFlow;
  challengeName?: string;
  challengeParameters?: Record<string, string>;
  session?: string;
  /** The pending ChallengeResponses the `answering` state sends. */
  responses?: Record<string, string>;
  /** The browser's SRP state (its secret a) between InitiateAuth and PASSWORD_VERIFIER. */
  srp?: SrpSession;
  /** AssociateSoftwareToken's secret during MFA_SETUP. */
  totpSecret?: string;
  tokens?: AuthenticationResult;
  error?: FlowError;
}

/** What a finished sign-in hands over. */
export interface SignInOutput {
  username: string;
  tokens?: AuthenticationResult;
}

export type SignInEvent =
  | { type: 'SUBMIT'; username: string; password: string; authFlow: SignInAuthFlow }
  | { type: 'SUBMIT_NEW_PASSWORD'; newPassword: string; attributes?: Record<string, string> }
  | { type: 'SUBMIT_CODE'; code: string }
  | { type: 'SELECT_MFA'; answer: MfaChoice }
  | { type: 'ASSOCIATE_TOKEN' }
  | { type: 'VERIFY_TOKEN'; code: string; deviceName?: string }
  | { type: 'RESTART' };

/** Which ChallengeResponses key carries the code for each MFA challenge. */
export const CODE_KEY_OF_CHALLENGE: Readonly<Record<string, string>> = {
  SMS_MFA: 'SMS_MFA_CODE',
  EMAIL_OTP: 'EMAIL_OTP_CODE',
  SOFTWARE_TOKEN_MFA: 'SOFTWARE_TOKEN_MFA_CODE',
};

const isChallenge =
  (name: string) =>
  ({ context }: { context: SignInContext }) =>
    context.challengeName === name && context.tokens === undefined;

/** Where an answer from Cognito leads (checked in order). */
const routeAnswer = [
  { guard: 'gotTokens', target: 'signedIn' },
  { guard: 'newPasswordNext', target: 'newPasswordRequired' },
  { guard: 'mfaSetupNext', target: 'mfaSetup' },
  { guard: 'selectMfaNext', target: 'selectMfaType' },
  { guard: 'smsMfaNext', target: 'smsMfa' },
  { guard: 'emailOtpNext', target: 'emailOtp' },
  { guard: 'softwareTokenMfaNext', target: 'softwareTokenMfa' },
  { target: 'unsupportedChallenge' },
] as const;

/** Errors after which the same challenge can be answered again with the same session. */
const RETRYABLE = new Set(['CodeMismatchException', 'InvalidPasswordException', 'InvalidParameterException', 'EnableSoftwareTokenMFAException']);

/** The guard for "this refusal leaves challenge `name` open": guards run before actions, so they read the error event. */
const retrying =
  (name: string) =>
  ({ context, event }: { context: SignInContext; event: SignInEvent }) =>
    context.challengeName === name && RETRYABLE.has(flowErrorOf((event as { error?: unknown }).error).name);

/** After a refused answer: a wrong code or a refused new password keeps the challenge open; anything else starts over. */
const routeRefusal = [
  { guard: 'retryNewPassword', target: 'newPasswordRequired', actions: 'recordErrorEvent' },
  { guard: 'retrySmsMfa', target: 'smsMfa', actions: 'recordErrorEvent' },
  { guard: 'retryEmailOtp', target: 'emailOtp', actions: 'recordErrorEvent' },
  { guard: 'retrySoftwareTokenMfa', target: 'softwareTokenMfa', actions: 'recordErrorEvent' },
  { guard: 'retryMfaSetup', target: 'mfaSetupScan', actions: 'recordErrorEvent' },
  { target: 'idle', actions: ['forgetChallenge', 'recordErrorEvent'] },
] as const;

const expiresAfterSession = { after: { challengeSession: { target: 'sessionExpired', actions: 'forgetChallenge' } } } as const;

export const signInMachine = setup({
  types: {
    context: {} as SignInContext,
    events: {} as SignInEvent,
    input: {} as SignInInput,
    output: {} as SignInOutput,
  },
  actors: {
    initiateSrpAuth: fromPromise(async ({ input }: { input: { api: FlowApi; startSrp: SrpStarter; username: string } }) => {
      const srp = await input.startSrp(input.api.userPoolId);
      const response = await callOrThrow<AuthResponse>(input.api, 'InitiateAuth', {
        ClientId: input.api.clientId,
        AuthFlow: 'USER_SRP_AUTH',
        AuthParameters: { USERNAME: input.username, SRP_A: srp.srpA },
      });
      return { response, srp };
    }),
    initiatePasswordAuth: fromPromise(async ({ input }: { input: { api: FlowApi; username: string; password: string } }) =>
      callOrThrow<AuthResponse>(input.api, 'InitiateAuth', {
        ClientId: input.api.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: input.username, PASSWORD: input.password },
      }),
    ),
    answerPasswordVerifier: fromPromise(
      async ({ input }: { input: { api: FlowApi; srp?: SrpSession; params: Record<string, string>; password: string } }) => {
        if (!input.srp) throw new Error('The SRP exchange was not started.');
        const p = input.params;
        const responses = await input.srp.answer(
          { SRP_B: p.SRP_B, SALT: p.SALT, SECRET_BLOCK: p.SECRET_BLOCK, USER_ID_FOR_SRP: p.USER_ID_FOR_SRP },
          input.password,
          input.api.now(),
        );
        return callOrThrow<AuthResponse>(input.api, 'RespondToAuthChallenge', {
          ClientId: input.api.clientId,
          ChallengeName: 'PASSWORD_VERIFIER',
          ChallengeResponses: responses,
        });
      },
    ),
    respondToChallenge: fromPromise(
      async ({ input }: { input: { api: FlowApi; challengeName: string; session?: string; responses: Record<string, string> } }) =>
        callOrThrow<AuthResponse>(input.api, 'RespondToAuthChallenge', {
          ClientId: input.api.clientId,
          ChallengeName: input.challengeName,
          Session: input.session,
          ChallengeResponses: input.responses,
        }),
    ),
    associateSoftwareToken: fromPromise(async ({ input }: { input: { api: FlowApi; session?: string } }) =>
      callOrThrow<{ SecretCode: string; Session?: string }>(input.api, 'AssociateSoftwareToken', { Session: input.session }),
    ),
    verifySoftwareToken: fromPromise(async ({ input }: { input: { api: FlowApi; session?: string; code: string; deviceName?: string } }) =>
      callOrThrow<{ Status?: string; Session?: string }>(input.api, 'VerifySoftwareToken', {
        Session: input.session,
        UserCode: input.code,
        ...(input.deviceName ? { FriendlyDeviceName: input.deviceName } : {}),
      }),
    ),
  },
  actions: {
    startAttempt: assign(({ event }) =>
      event.type === 'SUBMIT'
        ? { username: event.username, password: event.password, authFlow: event.authFlow, error: undefined, tokens: undefined, challengeName: undefined, session: undefined }
        : {},
    ),
    recordAnswer: assign((_, params: { response: AuthResponse }) => ({
      challengeName: params.response.ChallengeName,
      challengeParameters: params.response.ChallengeParameters,
      session: params.response.Session,
      tokens: params.response.AuthenticationResult,
      error: undefined,
      responses: undefined,
    })),
    forgetPassword: assign({ password: undefined, srp: undefined }),
    keepSrp: assign({ srp: (_, params: { srp: SrpSession }) => params.srp }),
    recordError: assign({ error: (_, params: { error: unknown }) => flowErrorOf(params.error) }),
    recordErrorEvent: assign({ error: ({ event }) => flowErrorOf((event as { error?: unknown }).error) }),
    forgetChallenge: assign({ challengeName: undefined, challengeParameters: undefined, session: undefined, responses: undefined, totpSecret: undefined }),
    clearError: assign({ error: undefined }),
    prepareNewPassword: assign(({ context, event }) => {
      if (event.type !== 'SUBMIT_NEW_PASSWORD') return {};
      const responses: Record<string, string> = { USERNAME: context.challengeParameters?.USER_ID_FOR_SRP ?? context.username, NEW_PASSWORD: event.newPassword };
      for (const [name, value] of Object.entries<string>(event.attributes ?? {})) if (value.trim()) responses[`userAttributes.${name}`] = value;
      return { responses, error: undefined };
    }),
    prepareCode: assign(({ context, event }) => {
      if (event.type !== 'SUBMIT_CODE' || !context.challengeName) return {};
      const key = CODE_KEY_OF_CHALLENGE[context.challengeName] ?? 'ANSWER';
      return { responses: { USERNAME: context.challengeParameters?.USER_ID_FOR_SRP ?? context.username, [key]: event.code.trim() }, error: undefined };
    }),
    prepareMfaChoice: assign(({ context, event }) =>
      event.type === 'SELECT_MFA'
        ? { responses: { USERNAME: context.challengeParameters?.USER_ID_FOR_SRP ?? context.username, ANSWER: event.answer }, error: undefined }
        : {},
    ),
    recordSecret: assign((_, params: { output: { SecretCode: string; Session?: string } }) => ({
      totpSecret: params.output.SecretCode,
      session: params.output.Session ?? undefined,
      error: undefined,
    })),
    prepareMfaSetupAnswer: assign(({ context }, params: { output: { Session?: string } }) => ({
      session: params.output.Session ?? context.session,
      responses: { USERNAME: context.challengeParameters?.USER_ID_FOR_SRP ?? context.username },
      error: undefined,
    })),
  },
  guards: {
    srpChosen: ({ event }) => event.type === 'SUBMIT' && event.authFlow === 'USER_SRP_AUTH',
    srpChallenged: (_, params: { response: AuthResponse }) => params.response.ChallengeName === 'PASSWORD_VERIFIER',
    gotTokens: ({ context }) => context.tokens?.AccessToken !== undefined,
    newPasswordNext: isChallenge('NEW_PASSWORD_REQUIRED'),
    mfaSetupNext: isChallenge('MFA_SETUP'),
    selectMfaNext: isChallenge('SELECT_MFA_TYPE'),
    smsMfaNext: isChallenge('SMS_MFA'),
    emailOtpNext: isChallenge('EMAIL_OTP'),
    softwareTokenMfaNext: isChallenge('SOFTWARE_TOKEN_MFA'),
    retryNewPassword: retrying('NEW_PASSWORD_REQUIRED'),
    retrySmsMfa: retrying('SMS_MFA'),
    retryEmailOtp: retrying('EMAIL_OTP'),
    retrySoftwareTokenMfa: retrying('SOFTWARE_TOKEN_MFA'),
    retryMfaSetup: retrying('MFA_SETUP'),
  },
  delays: {
    challengeSession: ({ context }) => context.sessionValidityMs,
  },
}).createMachine({
  id: 'signIn',
  initial: 'idle',
  context: ({ input }) => ({ ...input, username: '', authFlow: 'USER_SRP_AUTH' }),
  states: {
    idle: {
      description: 'The sign-in form',
      on: {
        SUBMIT: [
          { guard: 'srpChosen', target: 'startingSrp', actions: 'startAttempt' },
          { target: 'sendingPassword', actions: 'startAttempt' },
        ],
      },
    },
    startingSrp: {
      description: 'The browser computes SRP_A and sends InitiateAuth USER_SRP_AUTH',
      invoke: {
        src: 'initiateSrpAuth',
        input: ({ context }) => ({ api: context.api, startSrp: context.startSrp, username: context.username }),
        onDone: [
          {
            guard: { type: 'srpChallenged', params: ({ event }) => ({ response: event.output.response }) },
            target: 'provingPassword',
            actions: [
              { type: 'recordAnswer', params: ({ event }) => ({ response: event.output.response }) },
              { type: 'keepSrp', params: ({ event }) => ({ srp: event.output.srp }) },
            ],
          },
          { target: 'unsupportedChallenge', actions: { type: 'recordAnswer', params: ({ event }) => ({ response: event.output.response }) } },
        ],
        onError: { target: 'idle', actions: ['forgetPassword', { type: 'recordError', params: ({ event }) => ({ error: event.error }) }] },
      },
    },
    provingPassword: {
      description: 'PASSWORD_VERIFIER: the browser signs the secret block with its SRP key',
      invoke: {
        src: 'answerPasswordVerifier',
        input: ({ context }) => ({ api: context.api, srp: context.srp, params: context.challengeParameters ?? {}, password: context.password ?? '' }),
        onDone: { target: 'routing', actions: ['forgetPassword', { type: 'recordAnswer', params: ({ event }) => ({ response: event.output }) }] },
        onError: { target: 'idle', actions: ['forgetPassword', 'forgetChallenge', { type: 'recordError', params: ({ event }) => ({ error: event.error }) }] },
      },
    },
    sendingPassword: {
      description: 'InitiateAuth USER_PASSWORD_AUTH (the password goes to Cognito over TLS)',
      invoke: {
        src: 'initiatePasswordAuth',
        input: ({ context }) => ({ api: context.api, username: context.username, password: context.password ?? '' }),
        onDone: { target: 'routing', actions: ['forgetPassword', { type: 'recordAnswer', params: ({ event }) => ({ response: event.output }) }] },
        onError: { target: 'idle', actions: ['forgetPassword', { type: 'recordError', params: ({ event }) => ({ error: event.error }) }] },
      },
    },
    routing: {
      description: 'Tokens, or the next challenge',
      always: [...routeAnswer],
    },
    newPasswordRequired: {
      description: 'NEW_PASSWORD_REQUIRED: a temporary password was used',
      ...expiresAfterSession,
      on: {
        SUBMIT_NEW_PASSWORD: { target: 'answering', actions: 'prepareNewPassword' },
        RESTART: { target: 'idle', actions: 'forgetChallenge' },
      },
    },
    smsMfa: {
      description: 'SMS_MFA: a code went to the phone',
      ...expiresAfterSession,
      on: { SUBMIT_CODE: { target: 'answering', actions: 'prepareCode' }, RESTART: { target: 'idle', actions: 'forgetChallenge' } },
    },
    emailOtp: {
      description: 'EMAIL_OTP: a code went to the inbox',
      ...expiresAfterSession,
      on: { SUBMIT_CODE: { target: 'answering', actions: 'prepareCode' }, RESTART: { target: 'idle', actions: 'forgetChallenge' } },
    },
    softwareTokenMfa: {
      description: 'SOFTWARE_TOKEN_MFA: the code from the authenticator app',
      ...expiresAfterSession,
      on: { SUBMIT_CODE: { target: 'answering', actions: 'prepareCode' }, RESTART: { target: 'idle', actions: 'forgetChallenge' } },
    },
    selectMfaType: {
      description: 'SELECT_MFA_TYPE: the user picks a factor',
      ...expiresAfterSession,
      on: { SELECT_MFA: { target: 'answering', actions: 'prepareMfaChoice' }, RESTART: { target: 'idle', actions: 'forgetChallenge' } },
    },
    mfaSetup: {
      description: 'MFA_SETUP: MFA is required and the user has no factor yet',
      ...expiresAfterSession,
      on: { ASSOCIATE_TOKEN: { target: 'associatingToken', actions: 'clearError' }, RESTART: { target: 'idle', actions: 'forgetChallenge' } },
    },
    associatingToken: {
      description: 'AssociateSoftwareToken with the challenge session',
      invoke: {
        src: 'associateSoftwareToken',
        input: ({ context }) => ({ api: context.api, session: context.session }),
        onDone: { target: 'mfaSetupScan', actions: { type: 'recordSecret', params: ({ event }) => ({ output: event.output }) } },
        onError: { target: 'idle', actions: ['forgetChallenge', { type: 'recordError', params: ({ event }) => ({ error: event.error }) }] },
      },
    },
    mfaSetupScan: {
      description: 'The secret is shown as a QR code; the user types the first code',
      ...expiresAfterSession,
      on: { VERIFY_TOKEN: { target: 'verifyingToken', actions: 'clearError' }, RESTART: { target: 'idle', actions: 'forgetChallenge' } },
    },
    verifyingToken: {
      description: 'VerifySoftwareToken with the first code',
      invoke: {
        src: 'verifySoftwareToken',
        input: ({ context, event }) => ({
          api: context.api,
          session: context.session,
          code: event.type === 'VERIFY_TOKEN' ? event.code.trim() : '',
          deviceName: event.type === 'VERIFY_TOKEN' ? event.deviceName : undefined,
        }),
        onDone: { target: 'answering', actions: { type: 'prepareMfaSetupAnswer', params: ({ event }) => ({ output: event.output }) } },
        onError: [
          { guard: 'retryMfaSetup', target: 'mfaSetupScan', actions: 'recordErrorEvent' },
          { target: 'idle', actions: ['forgetChallenge', 'recordErrorEvent'] },
        ],
      },
    },
    answering: {
      description: 'RespondToAuthChallenge with the answer',
      invoke: {
        src: 'respondToChallenge',
        input: ({ context }) => ({ api: context.api, challengeName: context.challengeName ?? '', session: context.session, responses: context.responses ?? {} }),
        onDone: { target: 'routing', actions: { type: 'recordAnswer', params: ({ event }) => ({ response: event.output }) } },
        onError: [...routeRefusal],
      },
    },
    unsupportedChallenge: {
      description: 'A challenge this app does not answer',
      on: { RESTART: { target: 'idle', actions: 'forgetChallenge' } },
    },
    sessionExpired: {
      description: 'The challenge session outlived AuthSessionValidity: sign in again',
      on: { RESTART: 'idle', SUBMIT: [{ guard: 'srpChosen', target: 'startingSrp', actions: 'startAttempt' }, { target: 'sendingPassword', actions: 'startAttempt' }] },
    },
    signedIn: {
      description: 'Tokens received',
      type: 'final',
    },
  },
  output: ({ context }) => ({ username: context.username, tokens: context.tokens }),
});
