/**
 * The lazily loaded policy evaluator: nothing is loaded before the first
 * decision, every decision is forwarded to the worker-backed evaluator, and a
 * failed load is retried.
 */
import { describe, expect, it, vi } from 'vitest';
import type { PolicyDecision, PolicyRequest } from '@/simulator/iam/evaluator';

const created = vi.hoisted(() => ({ count: 0, requests: [] as unknown[] }));

vi.mock('./workerPolicyEvaluator', () => ({
  browserPolicyEvaluator: () => {
    created.count++;
    return {
      evaluate: async (request: PolicyRequest): Promise<PolicyDecision> => {
        created.requests.push(request);
        return { result: request.action === 's3:GetObject' ? 'Allowed' : 'ImplicitlyDenied', deciding: [] };
      },
    };
  },
}));

const { createLazyPolicyEvaluator } = await import('./lazyPolicyEvaluator');

function request(action: string): PolicyRequest {
  return { principalArn: 'arn:aws:sts::123456789012:assumed-role/R/S', action, resourceArn: 'arn:aws:s3:::b/k', accountId: '123456789012', context: {}, policies: [] };
}

describe('the lazily loaded policy evaluator', () => {
  it('loads the worker-backed evaluator on the first decision only, and forwards every decision', async () => {
    const evaluator = createLazyPolicyEvaluator();
    expect(created.count).toBe(0);
    expect((await evaluator.evaluate(request('s3:GetObject'))).result).toBe('Allowed');
    expect((await evaluator.evaluate(request('s3:PutObject'))).result).toBe('ImplicitlyDenied');
    expect(created.count).toBe(1);
    expect(created.requests).toEqual([request('s3:GetObject'), request('s3:PutObject')]);
  });

  it('tries the load again after it failed', async () => {
    let attempts = 0;
    const evaluator = createLazyPolicyEvaluator(async () => {
      attempts++;
      if (attempts === 1) throw new Error('chunk failed to load');
      return { evaluate: async () => ({ result: 'Allowed', deciding: [] }) };
    });
    await expect(evaluator.evaluate(request('s3:GetObject'))).rejects.toThrow('chunk failed to load');
    expect((await evaluator.evaluate(request('s3:GetObject'))).result).toBe('Allowed');
    expect(attempts).toBe(2);
  });
});
