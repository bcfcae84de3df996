/**
 * The page engine's IAM policy evaluator, loaded on first use. The engine
 * needs an evaluator from the moment it starts (a Code lab script may call
 * S3 or DynamoDB long before the identity-pool panel, which used to register
 * the evaluator, is loaded), but the worker-backed evaluator should not be
 * part of the sandbox's first script. This stand-in is registered at start-up
 * and fetches `workerPolicyEvaluator.ts` the first time a decision is needed;
 * it forwards to the page's shared evaluator (one IAM policy worker per page),
 * the same one the policy playground uses.
 */
import type { PolicyDecision, PolicyEvaluator, PolicyRequest } from '@/simulator/iam/evaluator';

/** A PolicyEvaluator that loads the browser's worker-backed evaluator on the first decision. */
export function createLazyPolicyEvaluator(
  load: () => Promise<PolicyEvaluator> = () => import('./workerPolicyEvaluator').then((m) => m.browserPolicyEvaluator()),
): PolicyEvaluator {
  let evaluator: Promise<PolicyEvaluator> | undefined;
  return {
    evaluate(request: PolicyRequest): Promise<PolicyDecision> {
      evaluator ??= load().catch((e: unknown) => {
        evaluator = undefined; // a failed chunk load is tried again on the next decision
        throw e;
      });
      return evaluator.then((e) => e.evaluate(request));
    },
  };
}
