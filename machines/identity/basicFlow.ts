/**
 * The identity pool's basic (classic) flow: GetId, then GetOpenIdToken (an
 * OpenID token the identity pool signs), then STS AssumeRoleWithWebIdentity
 * with a role the app chooses itself. Needs AllowClassicFlow on the pool.
 */
import { assign, fromPromise, setup } from 'xstate';
import { flowErrorOf } from '../flows/api';
import { identityCall, stsCall, type AssumeRoleOutput, type FlowCredentials, type FlowError, type IdentityApi } from './api';

export interface BasicFlowInput {
  api: IdentityApi;
  logins?: Record<string, string>;
  identityId?: string;
  /** The role the app asks STS for. */
  roleArn: string;
  /** STS RoleSessionName. */
  sessionName?: string;
}

export interface BasicFlowContext extends BasicFlowInput {
  openIdToken?: string;
  credentials?: FlowCredentials;
  assumedRoleArn?: string;
  error?: FlowError;
}

const loginsOf = (logins?: Record<string, string>) => (logins && Object.keys(logins).length > 0 ? { Logins: logins } : {});

export const basicFlowMachine = setup({
  types: {
    context: {} as BasicFlowContext,
    input: {} as BasicFlowInput,
  },
  actors: {
    getId: fromPromise(async ({ input }: { input: BasicFlowInput }) =>
      identityCall<{ IdentityId: string }>(input.api, 'GetId', { IdentityPoolId: input.api.identityPoolId, ...loginsOf(input.logins) }),
    ),
    getOpenIdToken: fromPromise(async ({ input }: { input: BasicFlowInput & { identityId: string } }) =>
      identityCall<{ IdentityId: string; Token: string }>(input.api, 'GetOpenIdToken', { IdentityId: input.identityId, ...loginsOf(input.logins) }),
    ),
    assumeRole: fromPromise(async ({ input }: { input: { api: IdentityApi; roleArn: string; sessionName: string; token: string } }) =>
      stsCall(input.api, { RoleArn: input.roleArn, RoleSessionName: input.sessionName, WebIdentityToken: input.token }),
    ),
  },
  guards: {
    hasIdentityId: ({ context }) => Boolean(context.identityId),
  },
  actions: {
    recordIdentityId: assign({ identityId: (_, params: { identityId: string }) => params.identityId }),
    recordOpenIdToken: assign({ openIdToken: (_, params: { token: string }) => params.token }),
    recordCredentials: assign({
      credentials: (_, params: { output: AssumeRoleOutput }) => {
        const c = params.output.Credentials;
        return { accessKeyId: c.AccessKeyId, secretKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: Date.parse(c.Expiration) };
      },
      assumedRoleArn: (_, params: { output: AssumeRoleOutput }) => params.output.AssumedRoleUser.Arn,
    }),
    recordError: assign({ error: (_, params: { error: unknown }) => flowErrorOf(params.error) }),
  },
}).createMachine({
  id: 'basicFlow',
  initial: 'start',
  context: ({ input }) => ({ ...input }),
  states: {
    start: {
      always: [{ guard: 'hasIdentityId', target: 'gettingOpenIdToken' }, { target: 'gettingId' }],
    },
    gettingId: {
      description: 'GetId: the identity pool finds or creates the identity',
      invoke: {
        src: 'getId',
        input: ({ context }) => ({ api: context.api, logins: context.logins, roleArn: context.roleArn }),
        onDone: { target: 'gettingOpenIdToken', actions: { type: 'recordIdentityId', params: ({ event }) => ({ identityId: event.output.IdentityId }) } },
        onError: { target: 'failed', actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) } },
      },
    },
    gettingOpenIdToken: {
      description: 'GetOpenIdToken: the identity pool signs an OpenID token for the identity',
      invoke: {
        src: 'getOpenIdToken',
        input: ({ context }) => ({ api: context.api, logins: context.logins, roleArn: context.roleArn, identityId: context.identityId! }),
        onDone: { target: 'assumingRole', actions: { type: 'recordOpenIdToken', params: ({ event }) => ({ token: event.output.Token }) } },
        onError: { target: 'failed', actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) } },
      },
    },
    assumingRole: {
      description: 'STS AssumeRoleWithWebIdentity: the app exchanges the token for the role it chose',
      invoke: {
        src: 'assumeRole',
        input: ({ context }) => ({ api: context.api, roleArn: context.roleArn, sessionName: context.sessionName ?? 'sandbox-web-app', token: context.openIdToken! }),
        onDone: { target: 'done', actions: { type: 'recordCredentials', params: ({ event }) => ({ output: event.output }) } },
        onError: { target: 'failed', actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) } },
      },
    },
    done: { type: 'final', description: 'Temporary AWS credentials from STS' },
    failed: { type: 'final', description: 'The identity pool or STS refused' },
  },
});
