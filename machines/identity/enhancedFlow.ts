/**
 * The identity pool's enhanced (simplified) flow, as a browser app runs it:
 * GetId gives the identity id (skipped when the app already has one, which is
 * how a guest that signs in keeps its id), then GetCredentialsForIdentity
 * gives temporary AWS credentials for the role the identity pool chooses.
 * Without logins the identity is a guest (unauthenticated); with the user
 * pool's ID token it is authenticated.
 */
import { assign, fromPromise, setup } from 'xstate';
import { flowErrorOf } from '../flows/api';
import { identityCall, type FlowCredentials, type FlowError, type IdentityApi } from './api';

export interface EnhancedFlowInput {
  api: IdentityApi;
  /** Provider name → token (empty or absent: a guest). */
  logins?: Record<string, string>;
  /** An identity id the app kept from an earlier run. */
  identityId?: string;
}

export interface EnhancedFlowContext extends EnhancedFlowInput {
  credentials?: FlowCredentials;
  error?: FlowError;
}

interface CredentialsResponse {
  IdentityId: string;
  Credentials: { AccessKeyId: string; SecretKey: string; SessionToken: string; Expiration: number };
}

const loginsOf = (logins?: Record<string, string>) => (logins && Object.keys(logins).length > 0 ? { Logins: logins } : {});

export const enhancedFlowMachine = setup({
  types: {
    context: {} as EnhancedFlowContext,
    input: {} as EnhancedFlowInput,
  },
  actors: {
    getId: fromPromise(async ({ input }: { input: EnhancedFlowInput }) =>
      identityCall<{ IdentityId: string }>(input.api, 'GetId', { IdentityPoolId: input.api.identityPoolId, ...loginsOf(input.logins) }),
    ),
    getCredentials: fromPromise(async ({ input }: { input: EnhancedFlowInput & { identityId: string } }) =>
      identityCall<CredentialsResponse>(input.api, 'GetCredentialsForIdentity', { IdentityId: input.identityId, ...loginsOf(input.logins) }),
    ),
  },
  guards: {
    hasIdentityId: ({ context }) => Boolean(context.identityId),
  },
  actions: {
    recordIdentityId: assign({ identityId: (_, params: { identityId: string }) => params.identityId }),
    recordCredentials: assign({
      identityId: (_, params: { response: CredentialsResponse }) => params.response.IdentityId,
      credentials: (_, params: { response: CredentialsResponse }) => {
        const c = params.response.Credentials;
        return { accessKeyId: c.AccessKeyId, secretKey: c.SecretKey, sessionToken: c.SessionToken, expiration: c.Expiration * 1000 };
      },
    }),
    recordError: assign({ error: (_, params: { error: unknown }) => flowErrorOf(params.error) }),
  },
}).createMachine({
  id: 'enhancedFlow',
  initial: 'start',
  context: ({ input }) => ({ ...input }),
  states: {
    start: {
      always: [{ guard: 'hasIdentityId', target: 'gettingCredentials' }, { target: 'gettingId' }],
    },
    gettingId: {
      description: 'GetId: the identity pool finds or creates the identity',
      invoke: {
        src: 'getId',
        input: ({ context }) => ({ api: context.api, logins: context.logins }),
        onDone: { target: 'gettingCredentials', actions: { type: 'recordIdentityId', params: ({ event }) => ({ identityId: event.output.IdentityId }) } },
        onError: { target: 'failed', actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) } },
      },
    },
    gettingCredentials: {
      description: 'GetCredentialsForIdentity: the pool picks the role and returns temporary credentials',
      invoke: {
        src: 'getCredentials',
        input: ({ context }) => ({ api: context.api, logins: context.logins, identityId: context.identityId! }),
        onDone: { target: 'done', actions: { type: 'recordCredentials', params: ({ event }) => ({ response: event.output }) } },
        onError: { target: 'failed', actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) } },
      },
    },
    done: { type: 'final', description: 'Temporary AWS credentials' },
    failed: { type: 'final', description: 'The identity pool or STS refused' },
  },
});
