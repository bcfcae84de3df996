/**
 * The messages between the page and the IAM policy worker
 * (`policy.worker.ts`). Both directions are plain JSON data: the worker is a
 * separate program (it runs @cloud-copilot/iam-simulate, unmodified) and
 * shares no objects with the page.
 */
import type { PolicyDecision, PolicyRequest } from '@/simulator/iam/evaluator';

/** Page → worker: decide `request`; the answer carries the same `id`. */
export interface PolicyWorkerRequest {
  kind: 'evaluate';
  id: number;
  request: PolicyRequest;
}

/** Worker → page: the decision, or why none could be made. */
export type PolicyWorkerResponse = { kind: 'decision'; id: number; decision: PolicyDecision } | { kind: 'failure'; id: number; message: string };

/** True when `value` looks like a request the worker accepts. */
export function isPolicyWorkerRequest(value: unknown): value is PolicyWorkerRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<PolicyWorkerRequest>;
  const r = v.request as Partial<PolicyRequest> | undefined;
  return (
    v.kind === 'evaluate' &&
    typeof v.id === 'number' &&
    typeof r === 'object' &&
    r !== null &&
    typeof r.principalArn === 'string' &&
    typeof r.action === 'string' &&
    typeof r.resourceArn === 'string' &&
    typeof r.accountId === 'string' &&
    typeof r.context === 'object' &&
    Array.isArray(r.policies)
  );
}
