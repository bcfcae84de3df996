/**
 * What the IAM policy worker does with one message: run the simulation with
 * @cloud-copilot/iam-simulate (through the same adapter the Node endpoint
 * and tests use, `simulator/iam/iamSimulateEvaluator.ts`) and answer with
 * plain JSON. Kept apart from `policy.worker.ts` so Vitest can run it in Node
 * (where the library reads its data from node_modules).
 */
import { iamSimulateEvaluator } from '@/simulator/iam/iamSimulateEvaluator';
import { isPolicyWorkerRequest, type PolicyWorkerResponse } from './policyWorkerProtocol';

/** Answers one message; never throws. A malformed message gets a failure with id -1 (or its id). */
export async function handlePolicyWorkerMessage(message: unknown): Promise<PolicyWorkerResponse> {
  if (!isPolicyWorkerRequest(message)) {
    const id = typeof (message as { id?: unknown })?.id === 'number' ? (message as { id: number }).id : -1;
    return { kind: 'failure', id, message: 'Not a policy evaluation request.' };
  }
  try {
    const decision = await iamSimulateEvaluator.evaluate(message.request);
    // Round-trip through JSON: only data leaves the worker.
    return { kind: 'decision', id: message.id, decision: JSON.parse(JSON.stringify(decision)) };
  } catch (e) {
    return { kind: 'failure', id: message.id, message: e instanceof Error ? e.message : String(e) };
  }
}
