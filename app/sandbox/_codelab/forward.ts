/**
 * Answers one AWS JSON 1.1 request from the code lab with the page's engine,
 * the way the HTTP endpoint (server/endpoint.ts) does: `POST /` with
 * `X-Amz-Target: {Service}.{Operation}` and a JSON body; success is 200 with
 * the response as JSON; a refusal is 400 (500 for InternalErrorException)
 * with `{"__type","message"}` and the `x-amzn-ErrorType` header, which is what
 * the AWS SDKs and amazon-cognito-identity-js parse into their errors.
 *
 * The engine is reached through the sandbox store's `call` (the same
 * dispatch by X-Amz-Target the endpoint uses: `Simulator.call`), so every
 * request appears in the call log and the API inspector.
 */
import { TARGET_PREFIX } from '@/simulator/core/context';
import type { CallOutcome } from '../_lib/sandboxStore';
import { checkEndpoint } from './network';

/** The AWS JSON 1.1 content type. */
export const AWS_JSON_11 = 'application/x-amz-json-1.1';

/** A request as the worker's simulated fetch hands it over. */
export interface LabHttpRequest {
  url: string;
  method: string;
  /** Header names in any case. */
  headers: Record<string, string>;
  body: string;
}

/** The answer: an HTTP response, or a refusal the worker turns into a network error. */
export type LabHttpResponse =
  | { kind: 'response'; status: number; headers: Record<string, string>; body: string }
  | { kind: 'network-error'; reason: string };

/** How the engine is called (the sandbox store's `call`). */
export type LabEngineCall = (target: string, input: unknown) => Promise<CallOutcome<unknown>>;

let requestCounter = 0;

const requestId = (): string =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `codelab-${Date.now()}-${++requestCounter}`;

function header(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === wanted) return typeof v === 'string' ? v : undefined;
  return undefined;
}

/** A header value HTTP can carry (printable ASCII). */
const headerSafe = (s: string): string => s.replace(/[^\x20-\x7e]/g, '?').slice(0, 1024);

function errorResponse(id: string, status: number, type: string, message: string): LabHttpResponse {
  return {
    kind: 'response',
    status,
    headers: { 'content-type': AWS_JSON_11, 'x-amzn-requestid': id, 'x-amzn-errortype': `${type}:`, 'x-amzn-errormessage': headerSafe(message) },
    body: JSON.stringify({ __type: type, message }),
  };
}

/**
 * Runs `request` through `call` and builds the HTTP answer. Anything that is
 * not a simulated Cognito endpoint of `region` is refused as a network error
 * (the worker checks this first; the page checks again, since the worker runs
 * untrusted code).
 */
export async function forwardAwsJson(call: LabEngineCall, region: string, request: LabHttpRequest): Promise<LabHttpResponse> {
  // The request comes from a worker that runs untrusted code: read it defensively.
  const url = typeof request?.url === 'string' ? request.url : '';
  const method = typeof request?.method === 'string' ? request.method : 'GET';
  const headers = request?.headers && typeof request.headers === 'object' ? request.headers : {};
  const body = typeof request?.body === 'string' ? request.body : '';
  const endpoint = checkEndpoint(url, region);
  if (!endpoint.ok) return { kind: 'network-error', reason: endpoint.reason };
  const id = requestId();
  if (method.toUpperCase() !== 'POST') {
    return errorResponse(id, 400, 'UnknownOperationException', `The simulated endpoint only answers POST requests, not ${method.toUpperCase()}.`);
  }
  const target = header(headers, 'x-amz-target') ?? '';
  let input: unknown = {};
  if (body.trim() !== '') {
    try {
      input = JSON.parse(body);
    } catch {
      return errorResponse(id, 400, 'SerializationException', 'The request body is not valid JSON.');
    }
  }
  // Each host answers its own service's operations only, as AWS does.
  const prefix = TARGET_PREFIX[endpoint.service];
  if (!new RegExp(`^${prefix}\\.\\w+$`).test(target)) {
    return errorResponse(id, 400, 'UnknownOperationException', target ? `Unknown operation ${target}` : 'Missing X-Amz-Target');
  }
  const out = await call(target, input);
  if (out.ok) {
    return { kind: 'response', status: 200, headers: { 'content-type': AWS_JSON_11, 'x-amzn-requestid': id }, body: JSON.stringify(out.value ?? {}) };
  }
  const type = out.error.name || 'InternalErrorException';
  return errorResponse(id, type === 'InternalErrorException' ? 500 : 400, type, out.error.message);
}
