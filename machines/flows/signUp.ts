/**
 * Sign-up, as the browser app runs it: SignUp, then ConfirmSignUp with the
 * code Cognito sent (ResendConfirmationCode asks for a new one). A pool that
 * confirms users itself (a pre sign-up trigger, say) answers
 * `UserConfirmed: true`, and the flow ends there.
 */
import { assign, fromPromise, setup } from 'xstate';
import { callOrThrow, flowErrorOf, type CodeDelivery, type FlowApi, type FlowError } from './api';

export interface SignUpForm {
  username: string;
  password: string;
  /** Attribute name → value (email, phone_number, custom:…). Empty values are left out. */
  attributes: Record<string, string>;
}

export interface SignUpContext {
  api: FlowApi;
  username: string;
  userSub?: string;
  delivery?: CodeDelivery;
  error?: FlowError;
}

export type SignUpEvent =
  | ({ type: 'SUBMIT' } & SignUpForm)
  /** Confirm a user (the one just signed up, or any other name typed in). */
  | { type: 'CONFIRM'; username: string; code: string }
  | { type: 'RESEND'; username?: string }
  | { type: 'START_OVER' };

interface SignUpResponse {
  UserConfirmed?: boolean;
  UserSub?: string;
  CodeDeliveryDetails?: CodeDelivery;
}

const attributeList = (attributes: Record<string, string>) =>
  Object.entries(attributes)
    .filter(([, value]) => value.trim() !== '')
    .map(([Name, Value]) => ({ Name, Value }));

export const signUpMachine = setup({
  types: {
    context: {} as SignUpContext,
    events: {} as SignUpEvent,
    input: {} as { api: FlowApi },
  },
  actors: {
    signUp: fromPromise(async ({ input }: { input: { api: FlowApi; form: SignUpForm } }) =>
      callOrThrow<SignUpResponse>(input.api, 'SignUp', {
        ClientId: input.api.clientId,
        Username: input.form.username,
        Password: input.form.password,
        UserAttributes: attributeList(input.form.attributes),
      }),
    ),
    confirmSignUp: fromPromise(async ({ input }: { input: { api: FlowApi; username: string; code: string } }) =>
      callOrThrow(input.api, 'ConfirmSignUp', { ClientId: input.api.clientId, Username: input.username, ConfirmationCode: input.code }),
    ),
    resendCode: fromPromise(async ({ input }: { input: { api: FlowApi; username: string } }) =>
      callOrThrow<{ CodeDeliveryDetails?: CodeDelivery }>(input.api, 'ResendConfirmationCode', { ClientId: input.api.clientId, Username: input.username }),
    ),
  },
  actions: {
    clearError: assign({ error: undefined }),
    recordError: assign({ error: (_, params: { error: unknown }) => flowErrorOf(params.error) }),
    rememberUsername: assign({ username: (_, params: { username: string }) => params.username }),
    recordSignUp: assign({
      userSub: (_, params: { output: SignUpResponse }) => params.output.UserSub,
      delivery: (_, params: { output: SignUpResponse }) => params.output.CodeDeliveryDetails,
    }),
    recordDelivery: assign({ delivery: (_, params: { delivery?: CodeDelivery }) => params.delivery }),
    reset: assign({ username: '', userSub: undefined, delivery: undefined, error: undefined }),
  },
  guards: {
    namesUser: (_, params: { username?: string }) => Boolean(params.username?.trim()),
    alreadyConfirmed: (_, params: { output: SignUpResponse }) => params.output.UserConfirmed === true,
  },
}).createMachine({
  id: 'signUp',
  initial: 'editing',
  context: ({ input }) => ({ api: input.api, username: '' }),
  states: {
    editing: {
      description: 'The sign-up form',
      on: {
        SUBMIT: {
          target: 'signingUp',
          actions: ['clearError', { type: 'rememberUsername', params: ({ event }) => ({ username: event.username }) }],
        },
        CONFIRM: {
          target: 'confirming',
          actions: ['clearError', { type: 'rememberUsername', params: ({ event }) => ({ username: event.username }) }],
        },
        RESEND: {
          guard: { type: 'namesUser', params: ({ event }) => ({ username: event.username }) },
          target: 'resending',
          actions: ['clearError', { type: 'rememberUsername', params: ({ event }) => ({ username: event.username ?? '' }) }],
        },
      },
    },
    signingUp: {
      description: 'SignUp sent',
      invoke: {
        src: 'signUp',
        input: ({ context, event }) => ({ api: context.api, form: event as SignUpForm }),
        onDone: [
          {
            guard: { type: 'alreadyConfirmed', params: ({ event }) => ({ output: event.output }) },
            target: 'confirmed',
            actions: { type: 'recordSignUp', params: ({ event }) => ({ output: event.output }) },
          },
          { target: 'awaitingCode', actions: { type: 'recordSignUp', params: ({ event }) => ({ output: event.output }) } },
        ],
        onError: { target: 'editing', actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) } },
      },
    },
    awaitingCode: {
      description: 'UNCONFIRMED: waiting for the code from the email or SMS',
      on: {
        CONFIRM: {
          target: 'confirming',
          actions: ['clearError', { type: 'rememberUsername', params: ({ event }) => ({ username: event.username }) }],
        },
        RESEND: { target: 'resending', actions: 'clearError' },
        START_OVER: { target: 'editing', actions: 'reset' },
      },
    },
    resending: {
      description: 'ResendConfirmationCode sent',
      invoke: {
        src: 'resendCode',
        input: ({ context, event }) => ({ api: context.api, username: (event.type === 'RESEND' && event.username) || context.username }),
        onDone: { target: 'awaitingCode', actions: { type: 'recordDelivery', params: ({ event }) => ({ delivery: event.output.CodeDeliveryDetails }) } },
        onError: { target: 'awaitingCode', actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) } },
      },
    },
    confirming: {
      description: 'ConfirmSignUp sent',
      invoke: {
        src: 'confirmSignUp',
        input: ({ context, event }) => ({ api: context.api, username: context.username, code: event.type === 'CONFIRM' ? event.code.trim() : '' }),
        onDone: { target: 'confirmed' },
        onError: { target: 'awaitingCode', actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) } },
      },
    },
    confirmed: {
      description: 'CONFIRMED: the user can sign in',
      on: { START_OVER: { target: 'editing', actions: 'reset' } },
    },
  },
});
