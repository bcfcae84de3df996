/**
 * Which URLs the code lab's simulated `fetch` lets through.
 *
 * Learner code may only reach the two Cognito endpoints the SDK clients and
 * amazon-cognito-identity-js use, in the sandbox's region:
 * `https://cognito-idp.{region}.amazonaws.com/` (user pools) and
 * `https://cognito-identity.{region}.amazonaws.com/` (identity pools). Those
 * requests never touch the network: they are answered by the engine in the
 * page. Every other URL is refused like a failed connection (a `TypeError`,
 * as `fetch` rejects when it cannot connect).
 */
import { TARGET_PREFIX } from '@/simulator/core/context';

/** The two Cognito services the lab can call. */
export type LabService = keyof typeof TARGET_PREFIX;

export type EndpointCheck = { ok: true; service: LabService } | { ok: false; reason: string };

const HOST = /^(cognito-idp|cognito-identity)\.([a-z]{2}(?:-[a-z]+)+-\d+)\.amazonaws\.com$/;

/**
 * Decides whether `url` is one of the simulated Cognito endpoints of `region`.
 * The reason given for a refusal is shown to the learner.
 */
export function checkEndpoint(url: string, region: string): EndpointCheck {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: `Network access is blocked in the code lab: "${url}" is not a URL.` };
  }
  const m = HOST.exec(parsed.hostname);
  if (parsed.protocol !== 'https:' || !m || (parsed.port !== '' && parsed.port !== '443')) {
    return {
      ok: false,
      reason: `Network access is blocked in the code lab: only the simulated Cognito endpoints (https://cognito-idp.${region}.amazonaws.com/ and https://cognito-identity.${region}.amazonaws.com/) answer, not ${parsed.origin}.`,
    };
  }
  if (m[2] !== region) {
    return { ok: false, reason: `The sandbox simulates one AWS Region, ${region}; ${parsed.hostname} is in ${m[2]}.` };
  }
  if (parsed.pathname !== '/' || parsed.search !== '') {
    return { ok: false, reason: `The simulated Cognito endpoint only answers POST / (the AWS JSON protocol), not ${parsed.pathname}${parsed.search}.` };
  }
  return { ok: true, service: m[1] as LabService };
}

/** The error a refused request rejects with (what `fetch` gives when it cannot connect, with the reason). */
export function networkError(reason: string): TypeError {
  return new TypeError(`Failed to fetch: ${reason}`);
}
