/**
 * A call to the engine as it would travel over HTTP to real Cognito: the AWS
 * JSON 1.1 protocol (`POST /`, `X-Amz-Target`, `Content-Type:
 * application/x-amz-json-1.1`, a JSON body), and the answer (200 with a JSON
 * body, or 400 with `{"__type","message"}`; 500 for an internal error).
 */
import type { CallRecord } from '@/simulator';
import { maskSecrets } from './mask';

export const AMZ_JSON = 'application/x-amz-json-1.1';

const SERVICE_PREFIX = { idp: 'AWSCognitoIdentityProviderService', identity: 'AWSCognitoIdentityService' } as const;

/** The full X-Amz-Target of a call (the store may call an operation by its bare name). */
export function fullTarget(call: Pick<CallRecord, 'target' | 'operation'>): string {
  return call.target.includes('.') ? call.target : `${SERVICE_PREFIX.idp}.${call.operation}`;
}

/** The host the request goes to: `cognito-idp.{region}.amazonaws.com` (or `cognito-identity.` for identity pools). */
export function hostFor(target: string, region: string): string {
  const service = target.startsWith(`${SERVICE_PREFIX.identity}.`) ? 'cognito-identity' : 'cognito-idp';
  return `${service}.${region}.amazonaws.com`;
}

/** The HTTP status real Cognito answers with: 200, 500 for InternalErrorException, otherwise 400. */
export function httpStatus(call: Pick<CallRecord, 'error'>): number {
  if (!call.error) return 200;
  return call.error.__type === 'InternalErrorException' ? 500 : 400;
}

const REASONS: Record<number, string> = { 200: 'OK', 400: 'Bad Request', 500: 'Internal Server Error' };

export interface HttpMessage {
  /** First line: `POST / HTTP/1.1` or `HTTP/1.1 200 OK`. */
  startLine: string;
  headers: Array<[name: string, value: string]>;
  /** The JSON body, pretty-printed. */
  body: string;
}

export interface HttpExchange {
  request: HttpMessage;
  response: HttpMessage;
  status: number;
}

export interface HttpViewOptions {
  region: string;
  /** Show passwords, tokens and secrets instead of the mask. */
  reveal?: boolean;
}

const byteLength = (text: string): number => new TextEncoder().encode(text).length;

/**
 * The request and response of a call in HTTP form. Bodies are
 * pretty-printed for reading; `Content-Length` is that of the compact JSON a
 * client would send. Secrets are masked unless `reveal` is set.
 */
export function httpExchange(call: CallRecord, opts: HttpViewOptions): HttpExchange {
  const target = fullTarget(call);
  const show = <T>(v: T): T => (opts.reveal ? v : maskSecrets(v));
  const requestBody = show(call.request ?? {});
  const status = httpStatus(call);
  const responseBody = call.error ? { __type: call.error.__type, message: call.error.message } : show(call.response ?? {});
  const requestHeaders: Array<[string, string]> = [
    ['Host', hostFor(target, opts.region)],
    ['X-Amz-Target', target],
    ['Content-Type', AMZ_JSON],
    ['Content-Length', String(byteLength(JSON.stringify(requestBody)))],
  ];
  if (!isPublicOperation(call.operation)) {
    requestHeaders.push(['Authorization', 'AWS4-HMAC-SHA256 Credential=… (signed with IAM credentials)']);
  }
  return {
    status,
    request: { startLine: 'POST / HTTP/1.1', headers: requestHeaders, body: JSON.stringify(requestBody, null, 2) },
    response: {
      startLine: `HTTP/1.1 ${status} ${REASONS[status] ?? ''}`.trimEnd(),
      headers: [
        ['Content-Type', AMZ_JSON],
        ['Content-Length', String(byteLength(JSON.stringify(responseBody)))],
      ],
      body: JSON.stringify(responseBody, null, 2),
    },
  };
}

/** An HTTP message as text (start line, headers, blank line, body). */
export function formatHttpMessage(m: HttpMessage): string {
  return [m.startLine, ...m.headers.map(([k, v]) => `${k}: ${v}`), '', m.body].join('\n');
}

/**
 * Operations an app calls without AWS credentials (the user pool's public
 * API: the caller is the app client, or the user through their access
 * token). Every other operation must be signed with IAM credentials.
 */
export const PUBLIC_OPERATIONS: ReadonlySet<string> = new Set([
  'SignUp',
  'ConfirmSignUp',
  'ResendConfirmationCode',
  'InitiateAuth',
  'RespondToAuthChallenge',
  'ForgotPassword',
  'ConfirmForgotPassword',
  'ChangePassword',
  'GetUser',
  'DeleteUser',
  'UpdateUserAttributes',
  'DeleteUserAttributes',
  'VerifyUserAttribute',
  'GetUserAttributeVerificationCode',
  'GlobalSignOut',
  'RevokeToken',
  'AssociateSoftwareToken',
  'VerifySoftwareToken',
  'SetUserMFAPreference',
  'SetUserSettings',
  'ConfirmDevice',
  'ForgetDevice',
  'GetDevice',
  'ListDevices',
  'UpdateDeviceStatus',
  'GetTokensFromRefreshToken',
  'GetUserAuthFactors',
  // Identity pools: the unauthenticated calls.
  'GetId',
  'GetCredentialsForIdentity',
  'GetOpenIdToken',
  'UnlinkIdentity',
]);

/** Whether `operation` is part of the public (unsigned) API. */
export function isPublicOperation(operation: string): boolean {
  return PUBLIC_OPERATIONS.has(operation);
}
