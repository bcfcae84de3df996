/**
 * A {@link PolicyEvaluator} for the browser: each decision is a message to
 * the IAM policy worker (`policy.worker.ts`), which runs
 * @cloud-copilot/iam-simulate in its own Web Worker. The worker is created on
 * the first decision, not before, so the library and its data load only when
 * the policy playground (or a simulated S3/DynamoDB request) needs them.
 */
import type { PolicyDecision, PolicyEvaluator, PolicyRequest } from '@/simulator/iam/evaluator';
import type { PolicyWorkerRequest, PolicyWorkerResponse } from './policyWorkerProtocol';

/** The part of a Worker this evaluator uses (a fake in tests). */
export interface PolicyWorkerLike {
  postMessage(message: PolicyWorkerRequest): void;
  onmessage: ((event: MessageEvent<PolicyWorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Starts the real worker (a separate chunk, fetched from this site when called). */
export function startPolicyWorker(): PolicyWorkerLike {
  return new Worker(new URL('./policy.worker.ts', import.meta.url), { type: 'module', name: 'iam-policy-simulator' }) as unknown as PolicyWorkerLike;
}

/** Raised when the worker could not decide (it failed to load, or the library threw). */
export class PolicyWorkerError extends Error {
  override readonly name = 'PolicyWorkerError';
}

/**
 * An evaluator backed by one worker, started lazily with `start`. If the
 * worker itself fails (a script error), pending decisions fail and the next
 * decision starts a fresh worker.
 */
export function createWorkerPolicyEvaluator(start: () => PolicyWorkerLike = startPolicyWorker): PolicyEvaluator & { dispose(): void } {
  let worker: PolicyWorkerLike | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (d: PolicyDecision) => void; reject: (e: Error) => void }>();

  const failAll = (message: string) => {
    for (const p of pending.values()) p.reject(new PolicyWorkerError(message));
    pending.clear();
  };

  const ensure = (): PolicyWorkerLike => {
    if (worker) return worker;
    const w = start();
    w.onmessage = (event) => {
      const response = event.data;
      const waiting = pending.get(response.id);
      if (!waiting) return;
      pending.delete(response.id);
      if (response.kind === 'decision') waiting.resolve(response.decision);
      else waiting.reject(new PolicyWorkerError(response.message));
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      w.terminate();
      if (worker === w) worker = undefined;
      failAll(`The IAM policy worker failed: ${event.message || 'it could not be loaded'}.`);
    };
    worker = w;
    return w;
  };

  return {
    evaluate(request: PolicyRequest): Promise<PolicyDecision> {
      const id = nextId++;
      // Only JSON data crosses into the worker.
      const message: PolicyWorkerRequest = { kind: 'evaluate', id, request: JSON.parse(JSON.stringify(request)) as PolicyRequest };
      return new Promise<PolicyDecision>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        try {
          ensure().postMessage(message);
        } catch (e) {
          pending.delete(id);
          reject(new PolicyWorkerError(e instanceof Error ? e.message : String(e)));
        }
      });
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      failAll('The IAM policy worker was stopped.');
    },
  };
}

let shared: ReturnType<typeof createWorkerPolicyEvaluator> | undefined;

/** The page's evaluator (one worker for the whole page). */
export function browserPolicyEvaluator(): PolicyEvaluator {
  return (shared ??= createWorkerPolicyEvaluator());
}
