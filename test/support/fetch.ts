/**
 * Test support: a `fetch` that routes AWS JSON 1.1 requests to an in-process
 * simulator, for clients that call the global `fetch` themselves
 * (amazon-cognito-identity-js). Install it with
 * `vi.stubGlobal('fetch', simulatorFetch(sim))`.
 *
 * The operation comes from the X-Amz-Target header and the input from the
 * JSON body; a CognitoError becomes HTTP 400 (500 for InternalErrorException)
 * with `{"__type", "message"}`, as the service answers.
 */
import { isCognitoError, type Simulator } from '../../simulator';

export interface SimulatorFetchOptions {
  /** Runs before each request (for example to move a simulated clock to the wall clock). */
  beforeRequest?: () => void;
}

function headerOf(headers: HeadersInit | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const entries = Array.isArray(headers) ? headers : Object.entries(headers);
  const hit = entries.find(([k]) => k.toLowerCase() === name.toLowerCase());
  return hit?.[1];
}

/** A fetch function answering every request from `sim`. */
export function simulatorFetch(sim: Simulator, options: SimulatorFetchOptions = {}): typeof fetch {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    options.beforeRequest?.();
    const request = input instanceof Request ? input : undefined;
    const target = headerOf(init?.headers, 'x-amz-target') ?? request?.headers.get('x-amz-target') ?? '';
    const raw = typeof init?.body === 'string' ? init.body : request ? await request.text() : '';
    let status = 200;
    let payload: unknown;
    try {
      payload = await sim.call(target, raw ? JSON.parse(raw) : {});
    } catch (e) {
      if (!isCognitoError(e)) throw e;
      status = e.statusCode;
      payload = e.toJSON();
    }
    return new Response(JSON.stringify(payload), {
      status,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'in-process' },
    });
  };
}
