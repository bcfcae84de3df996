/**
 * The signed-in user's session in the browser app: what it can do with its
 * tokens. Refresh them (InitiateAuth REFRESH_TOKEN_AUTH), read the profile
 * (GetUser), change the password, update and verify attributes, turn on an
 * authenticator app (AssociateSoftwareToken, VerifySoftwareToken,
 * SetUserMFAPreference), and end the session three ways: sign out locally
 * (forget the tokens; they stay valid until they expire), global sign-out
 * (GlobalSignOut: every refresh token of the user is revoked) or revoking
 * this refresh token (RevokeToken).
 */
import { assign, fromPromise, setup } from 'xstate';
import { callOrThrow, flowErrorOf, type AuthResponse, type AuthenticationResult, type CodeDelivery, type FlowApi, type FlowError } from './api';

export interface SessionContext {
  api: FlowApi;
  username?: string;
  tokens?: AuthenticationResult;
  /** The last GetUser answer. */
  user?: { Username?: string; UserAttributes?: { Name: string; Value?: string }[]; PreferredMfaSetting?: string; UserMFASettingList?: string[] };
  /** Where the last verification code went. */
  delivery?: CodeDelivery;
  /** AssociateSoftwareToken's secret while the authenticator app is being set up. */
  totpSecret?: string;
  /** What the last step did, in words (for the status line). */
  notice?: string;
  error?: FlowError;
}

export type SessionEvent =
  | { type: 'SIGNED_IN'; username: string; tokens: AuthenticationResult }
  | { type: 'REFRESH' }
  | { type: 'GET_USER' }
  | { type: 'CHANGE_PASSWORD'; previousPassword: string; proposedPassword: string }
  | { type: 'UPDATE_ATTRIBUTES'; attributes: Record<string, string> }
  | { type: 'REQUEST_ATTRIBUTE_CODE'; attribute: string }
  | { type: 'VERIFY_ATTRIBUTE'; attribute: string; code: string }
  | { type: 'SET_UP_TOTP' }
  | { type: 'VERIFY_TOTP'; code: string; deviceName?: string }
  | { type: 'CANCEL' }
  | { type: 'SIGN_OUT' }
  | { type: 'GLOBAL_SIGN_OUT' }
  | { type: 'REVOKE_TOKEN' };

type Api = { api: FlowApi };
const accessTokenOf = (context: SessionContext) => context.tokens?.AccessToken ?? '';

/** A step that calls Cognito and comes back to `signedIn`, with `notice` on success. */
const backToSession = (notice: string) => ({
  onDone: { target: 'signedIn', actions: { type: 'note' as const, params: { notice } } },
  onError: { target: 'signedIn', actions: 'recordErrorEvent' as const },
});

export const sessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionEvent,
    input: {} as Api,
  },
  actors: {
    refreshTokens: fromPromise(async ({ input }: { input: Api & { refreshToken: string } }) =>
      callOrThrow<AuthResponse>(input.api, 'InitiateAuth', {
        ClientId: input.api.clientId,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: input.refreshToken },
      }),
    ),
    getUser: fromPromise(async ({ input }: { input: Api & { accessToken: string } }) =>
      callOrThrow<NonNullable<SessionContext['user']>>(input.api, 'GetUser', { AccessToken: input.accessToken }),
    ),
    changePassword: fromPromise(async ({ input }: { input: Api & { accessToken: string; previousPassword: string; proposedPassword: string } }) =>
      callOrThrow(input.api, 'ChangePassword', {
        AccessToken: input.accessToken,
        PreviousPassword: input.previousPassword,
        ProposedPassword: input.proposedPassword,
      }),
    ),
    updateAttributes: fromPromise(async ({ input }: { input: Api & { accessToken: string; attributes: Record<string, string> } }) =>
      callOrThrow<{ CodeDeliveryDetailsList?: CodeDelivery[] }>(input.api, 'UpdateUserAttributes', {
        AccessToken: input.accessToken,
        UserAttributes: Object.entries(input.attributes).map(([Name, Value]) => ({ Name, Value })),
      }),
    ),
    requestAttributeCode: fromPromise(async ({ input }: { input: Api & { accessToken: string; attribute: string } }) =>
      callOrThrow<{ CodeDeliveryDetails?: CodeDelivery }>(input.api, 'GetUserAttributeVerificationCode', {
        AccessToken: input.accessToken,
        AttributeName: input.attribute,
      }),
    ),
    verifyAttribute: fromPromise(async ({ input }: { input: Api & { accessToken: string; attribute: string; code: string } }) =>
      callOrThrow(input.api, 'VerifyUserAttribute', { AccessToken: input.accessToken, AttributeName: input.attribute, Code: input.code }),
    ),
    associateSoftwareToken: fromPromise(async ({ input }: { input: Api & { accessToken: string } }) =>
      callOrThrow<{ SecretCode: string }>(input.api, 'AssociateSoftwareToken', { AccessToken: input.accessToken }),
    ),
    verifySoftwareToken: fromPromise(async ({ input }: { input: Api & { accessToken: string; code: string; deviceName?: string } }) =>
      callOrThrow(input.api, 'VerifySoftwareToken', {
        AccessToken: input.accessToken,
        UserCode: input.code,
        ...(input.deviceName ? { FriendlyDeviceName: input.deviceName } : {}),
      }),
    ),
    preferSoftwareToken: fromPromise(async ({ input }: { input: Api & { accessToken: string } }) =>
      callOrThrow(input.api, 'SetUserMFAPreference', {
        AccessToken: input.accessToken,
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    ),
    globalSignOut: fromPromise(async ({ input }: { input: Api & { accessToken: string } }) =>
      callOrThrow(input.api, 'GlobalSignOut', { AccessToken: input.accessToken }),
    ),
    revokeToken: fromPromise(async ({ input }: { input: Api & { refreshToken: string } }) =>
      callOrThrow(input.api, 'RevokeToken', { ClientId: input.api.clientId, Token: input.refreshToken }),
    ),
  },
  actions: {
    adoptTokens: assign(({ event }) =>
      event.type === 'SIGNED_IN' ? { username: event.username, tokens: event.tokens, user: undefined, error: undefined, notice: undefined, totpSecret: undefined } : {},
    ),
    /** A refresh returns new ID and access tokens; the refresh token stays unless Cognito sends a new one. */
    mergeRefreshedTokens: assign(({ context }, params: { result?: AuthenticationResult }) => ({
      tokens: { ...context.tokens, ...params.result, RefreshToken: params.result?.RefreshToken ?? context.tokens?.RefreshToken },
      notice: 'New ID and access tokens.',
      error: undefined,
    })),
    recordUser: assign((_, params: { user: SessionContext['user'] }) => ({ user: params.user, notice: 'Read the user profile.', error: undefined })),
    recordDelivery: assign((_, params: { delivery?: CodeDelivery; notice: string }) => ({ delivery: params.delivery, notice: params.notice, error: undefined })),
    recordSecret: assign((_, params: { secret: string }) => ({ totpSecret: params.secret, notice: undefined, error: undefined })),
    forgetSecret: assign({ totpSecret: undefined }),
    note: assign((_, params: { notice: string }) => ({ notice: params.notice, error: undefined })),
    clearMessages: assign({ notice: undefined, error: undefined }),
    recordErrorEvent: assign(({ event }) => ({ error: flowErrorOf((event as { error?: unknown }).error), notice: undefined })),
    forgetTokens: assign({ tokens: undefined, user: undefined, totpSecret: undefined, delivery: undefined }),
  },
  guards: {
    hasRefreshToken: ({ context }) => Boolean(context.tokens?.RefreshToken),
  },
}).createMachine({
  id: 'session',
  initial: 'signedOut',
  context: ({ input }) => ({ api: input.api }),
  states: {
    signedOut: {
      description: 'No tokens in the app',
      on: { SIGNED_IN: { target: 'signedIn', actions: 'adoptTokens' } },
    },
    signedIn: {
      description: 'The app holds ID, access and refresh tokens',
      on: {
        SIGNED_IN: { target: 'signedIn', actions: 'adoptTokens' },
        REFRESH: [
          { guard: 'hasRefreshToken', target: 'refreshing', actions: 'clearMessages' },
          { actions: { type: 'note', params: { notice: 'There is no refresh token to use.' } } },
        ],
        GET_USER: { target: 'gettingUser', actions: 'clearMessages' },
        CHANGE_PASSWORD: { target: 'changingPassword', actions: 'clearMessages' },
        UPDATE_ATTRIBUTES: { target: 'updatingAttributes', actions: 'clearMessages' },
        REQUEST_ATTRIBUTE_CODE: { target: 'requestingAttributeCode', actions: 'clearMessages' },
        VERIFY_ATTRIBUTE: { target: 'verifyingAttribute', actions: 'clearMessages' },
        SET_UP_TOTP: { target: 'associatingToken', actions: 'clearMessages' },
        SIGN_OUT: { target: 'signedOut', actions: ['forgetTokens', { type: 'note', params: { notice: 'Signed out in this browser: the tokens are forgotten, but they stay valid until they expire.' } }] },
        GLOBAL_SIGN_OUT: { target: 'signingOutEverywhere', actions: 'clearMessages' },
        REVOKE_TOKEN: [{ guard: 'hasRefreshToken', target: 'revokingToken', actions: 'clearMessages' }],
      },
    },
    refreshing: {
      description: 'InitiateAuth REFRESH_TOKEN_AUTH',
      invoke: {
        src: 'refreshTokens',
        input: ({ context }) => ({ api: context.api, refreshToken: context.tokens?.RefreshToken ?? '' }),
        onDone: { target: 'signedIn', actions: { type: 'mergeRefreshedTokens', params: ({ event }) => ({ result: event.output.AuthenticationResult }) } },
        onError: { target: 'signedIn', actions: 'recordErrorEvent' },
      },
    },
    gettingUser: {
      description: 'GetUser with the access token',
      invoke: {
        src: 'getUser',
        input: ({ context }) => ({ api: context.api, accessToken: accessTokenOf(context) }),
        onDone: { target: 'signedIn', actions: { type: 'recordUser', params: ({ event }) => ({ user: event.output }) } },
        onError: { target: 'signedIn', actions: 'recordErrorEvent' },
      },
    },
    changingPassword: {
      description: 'ChangePassword with the access token',
      invoke: {
        src: 'changePassword',
        input: ({ context, event }) => ({
          api: context.api,
          accessToken: accessTokenOf(context),
          previousPassword: event.type === 'CHANGE_PASSWORD' ? event.previousPassword : '',
          proposedPassword: event.type === 'CHANGE_PASSWORD' ? event.proposedPassword : '',
        }),
        ...backToSession('Password changed.'),
      },
    },
    updatingAttributes: {
      description: 'UpdateUserAttributes with the access token',
      invoke: {
        src: 'updateAttributes',
        input: ({ context, event }) => ({ api: context.api, accessToken: accessTokenOf(context), attributes: event.type === 'UPDATE_ATTRIBUTES' ? event.attributes : {} }),
        onDone: {
          target: 'signedIn',
          actions: {
            type: 'recordDelivery',
            params: ({ event }) => ({
              delivery: event.output.CodeDeliveryDetailsList?.[0],
              notice: event.output.CodeDeliveryDetailsList?.length ? 'Attributes updated; a verification code was sent.' : 'Attributes updated.',
            }),
          },
        },
        onError: { target: 'signedIn', actions: 'recordErrorEvent' },
      },
    },
    requestingAttributeCode: {
      description: 'GetUserAttributeVerificationCode',
      invoke: {
        src: 'requestAttributeCode',
        input: ({ context, event }) => ({ api: context.api, accessToken: accessTokenOf(context), attribute: event.type === 'REQUEST_ATTRIBUTE_CODE' ? event.attribute : '' }),
        onDone: {
          target: 'signedIn',
          actions: { type: 'recordDelivery', params: ({ event }) => ({ delivery: event.output.CodeDeliveryDetails, notice: 'A verification code was sent.' }) },
        },
        onError: { target: 'signedIn', actions: 'recordErrorEvent' },
      },
    },
    verifyingAttribute: {
      description: 'VerifyUserAttribute with the code',
      invoke: {
        src: 'verifyAttribute',
        input: ({ context, event }) => ({
          api: context.api,
          accessToken: accessTokenOf(context),
          attribute: event.type === 'VERIFY_ATTRIBUTE' ? event.attribute : '',
          code: event.type === 'VERIFY_ATTRIBUTE' ? event.code.trim() : '',
        }),
        ...backToSession('Attribute verified.'),
      },
    },
    associatingToken: {
      description: 'AssociateSoftwareToken with the access token',
      invoke: {
        src: 'associateSoftwareToken',
        input: ({ context }) => ({ api: context.api, accessToken: accessTokenOf(context) }),
        onDone: { target: 'totpPending', actions: { type: 'recordSecret', params: ({ event }) => ({ secret: event.output.SecretCode }) } },
        onError: { target: 'signedIn', actions: 'recordErrorEvent' },
      },
    },
    totpPending: {
      description: 'The secret is shown; waiting for the first code from the app',
      on: {
        VERIFY_TOTP: { target: 'verifyingTotp', actions: 'clearMessages' },
        CANCEL: { target: 'signedIn', actions: 'forgetSecret' },
      },
    },
    verifyingTotp: {
      description: 'VerifySoftwareToken with the first code',
      invoke: {
        src: 'verifySoftwareToken',
        input: ({ context, event }) => ({
          api: context.api,
          accessToken: accessTokenOf(context),
          code: event.type === 'VERIFY_TOTP' ? event.code.trim() : '',
          deviceName: event.type === 'VERIFY_TOTP' ? event.deviceName : undefined,
        }),
        onDone: { target: 'preferringTotp' },
        onError: { target: 'totpPending', actions: 'recordErrorEvent' },
      },
    },
    preferringTotp: {
      description: 'SetUserMFAPreference: authenticator app on and preferred',
      invoke: {
        src: 'preferSoftwareToken',
        input: ({ context }) => ({ api: context.api, accessToken: accessTokenOf(context) }),
        onDone: { target: 'signedIn', actions: ['forgetSecret', { type: 'note', params: { notice: 'Authenticator app turned on: the next sign-in asks for its code.' } }] },
        onError: { target: 'signedIn', actions: ['forgetSecret', 'recordErrorEvent'] },
      },
    },
    signingOutEverywhere: {
      description: 'GlobalSignOut: every refresh token of the user is revoked',
      invoke: {
        src: 'globalSignOut',
        input: ({ context }) => ({ api: context.api, accessToken: accessTokenOf(context) }),
        onDone: { target: 'signedOut', actions: ['forgetTokens', { type: 'note', params: { notice: 'Signed out everywhere: the refresh tokens are revoked.' } }] },
        onError: { target: 'signedIn', actions: 'recordErrorEvent' },
      },
    },
    revokingToken: {
      description: 'RevokeToken: this refresh token and the tokens it issued stop working',
      invoke: {
        src: 'revokeToken',
        input: ({ context }) => ({ api: context.api, refreshToken: context.tokens?.RefreshToken ?? '' }),
        onDone: { target: 'signedOut', actions: ['forgetTokens', { type: 'note', params: { notice: 'Refresh token revoked.' } }] },
        onError: { target: 'signedIn', actions: 'recordErrorEvent' },
      },
    },
  },
});
