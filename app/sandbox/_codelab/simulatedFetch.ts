/**
 * The `fetch` learner code gets in the code lab's worker.
 *
 * It accepts only the simulated Cognito endpoints (network.ts) and hands
 * each request (URL, headers with X-Amz-Target, body) to `send`, which asks
 * the page's engine; the answer comes back as a real `Response`, so the AWS
 * SDK's fetch handler and amazon-cognito-identity-js work unmodified. Any
 * other URL rejects with a `TypeError`, as a request that cannot connect does;
 * nothing ever reaches the network.
 */
import type { LabHttpRequest, LabHttpResponse } from './forward';
import { checkEndpoint, networkError } from './network';

/** Sends one request to the page and resolves with its answer. */
export type LabSend = (request: LabHttpRequest) => Promise<LabHttpResponse>;

/** Builds the lab's `fetch` for `region`. `onRefused` hears every refused URL (for the console). */
export function createSimulatedFetch(region: string, send: LabSend, onRefused?: (url: string, reason: string) => void): typeof fetch {
  return async function simulatedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = input instanceof Request ? input : undefined;
    const url = request ? request.url : input instanceof URL ? input.href : String(input);
    const check = checkEndpoint(url, region);
    if (!check.ok) {
      onRefused?.(url, check.reason);
      throw networkError(check.reason);
    }
    const merged = new Request(url, { method: init?.method ?? request?.method ?? 'GET', headers: init?.headers ?? request?.headers });
    const headers: Record<string, string> = {};
    merged.headers.forEach((value, key) => {
      headers[key] = value;
    });
    const body = init?.body !== undefined && init.body !== null ? await new Response(init.body).text() : request ? await request.text() : '';
    const answer = await send({ url, method: merged.method, headers, body });
    if (answer.kind === 'network-error') {
      onRefused?.(url, answer.reason);
      throw networkError(answer.reason);
    }
    return new Response(answer.body, { status: answer.status, statusText: answer.status === 200 ? 'OK' : answer.status >= 500 ? 'Internal Server Error' : 'Bad Request', headers: answer.headers });
  } as typeof fetch;
}
