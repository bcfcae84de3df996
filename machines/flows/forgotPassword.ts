/**
 * Forgot password, as the browser app runs it: ForgotPassword sends a code to
 * the user's verified email or phone, ConfirmForgotPassword sets the new
 * password with that code. Nothing needs the user to be signed in.
 */
import { assign, fromPromise, setup } from 'xstate';
import { callOrThrow, flowErrorOf, type CodeDelivery, type FlowApi, type FlowError } from './api';

export interface ForgotPasswordContext {
  api: FlowApi;
  username: string;
  delivery?: CodeDelivery;
  error?: FlowError;
}

export type ForgotPasswordEvent =
  | { type: 'REQUEST_CODE'; username: string }
  | { type: 'RESET'; code: string; newPassword: string }
  | { type: 'RESEND' }
  | { type: 'START_OVER' };

export const forgotPasswordMachine = setup({
  types: {
    context: {} as ForgotPasswordContext,
    events: {} as ForgotPasswordEvent,
    input: {} as { api: FlowApi },
  },
  actors: {
    forgotPassword: fromPromise(async ({ input }: { input: { api: FlowApi; username: string } }) =>
      callOrThrow<{ CodeDeliveryDetails?: CodeDelivery }>(input.api, 'ForgotPassword', { ClientId: input.api.clientId, Username: input.username }),
    ),
    confirmForgotPassword: fromPromise(async ({ input }: { input: { api: FlowApi; username: string; code: string; newPassword: string } }) =>
      callOrThrow(input.api, 'ConfirmForgotPassword', {
        ClientId: input.api.clientId,
        Username: input.username,
        ConfirmationCode: input.code,
        Password: input.newPassword,
      }),
    ),
  },
  actions: {
    rememberUsername: assign({ username: (_, params: { username: string }) => params.username, error: undefined }),
    recordDelivery: assign({ delivery: (_, params: { delivery?: CodeDelivery }) => params.delivery, error: undefined }),
    recordError: assign({ error: (_, params: { error: unknown }) => flowErrorOf(params.error) }),
    clearError: assign({ error: undefined }),
    reset: assign({ username: '', delivery: undefined, error: undefined }),
  },
}).createMachine({
  id: 'forgotPassword',
  initial: 'editing',
  context: ({ input }) => ({ api: input.api, username: '' }),
  states: {
    editing: {
      description: 'Which user forgot the password',
      on: { REQUEST_CODE: { target: 'requestingCode', actions: { type: 'rememberUsername', params: ({ event }) => ({ username: event.username }) } } },
    },
    requestingCode: {
      description: 'ForgotPassword sent',
      invoke: {
        src: 'forgotPassword',
        input: ({ context }) => ({ api: context.api, username: context.username }),
        onDone: { target: 'awaitingCode', actions: { type: 'recordDelivery', params: ({ event }) => ({ delivery: event.output.CodeDeliveryDetails }) } },
        onError: { target: 'editing', actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) } },
      },
    },
    awaitingCode: {
      description: 'A code went to the verified email or phone',
      on: {
        RESET: { target: 'resetting', actions: 'clearError' },
        RESEND: { target: 'requestingCode', actions: 'clearError' },
        START_OVER: { target: 'editing', actions: 'reset' },
      },
    },
    resetting: {
      description: 'ConfirmForgotPassword sent with the code and the new password',
      invoke: {
        src: 'confirmForgotPassword',
        input: ({ context, event }) => ({
          api: context.api,
          username: context.username,
          code: event.type === 'RESET' ? event.code.trim() : '',
          newPassword: event.type === 'RESET' ? event.newPassword : '',
        }),
        onDone: { target: 'passwordReset' },
        onError: { target: 'awaitingCode', actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) } },
      },
    },
    passwordReset: {
      description: 'The new password is set; sign in with it',
      on: { START_OVER: { target: 'editing', actions: 'reset' } },
    },
  },
});
