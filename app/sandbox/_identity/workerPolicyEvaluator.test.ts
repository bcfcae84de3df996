/**
 * The worker-backed evaluator and the worker's message handler: decisions
 * travel as plain JSON, answers are matched to their request, a failing
 * worker fails the pending decisions (and the next decision starts a fresh
 * worker), and the worker is not started before the first decision.
 */
import { describe, expect, it } from 'vitest';
import type { PolicyRequest } from '@/simulator/iam/evaluator';
import { perIdentityS3Policy } from '@/simulator/iam/templates';
import { resolvePolicy } from '@/simulator/iam/variables';
import { handlePolicyWorkerMessage } from './policyWorkerHandler';
import type { PolicyWorkerRequest, PolicyWorkerResponse } from './policyWorkerProtocol';
import { createWorkerPolicyEvaluator, PolicyWorkerError, type PolicyWorkerLike } from './workerPolicyEvaluator';

const SUB = 'us-east-1:11111111-2222-4333-8444-555555555555';

function requestFor(resourceArn: string): PolicyRequest {
  return {
    principalArn: 'arn:aws:sts::123456789012:assumed-role/Cognito_Auth/CognitoIdentityCredentials',
    action: 's3:PutObject',
    resourceArn,
    accountId: '123456789012',
    context: {},
    policies: [{ name: 'sandbox-access', document: resolvePolicy(perIdentityS3Policy('photos'), { sub: SUB, aud: 'us-east-1:pool', amr: ['authenticated'] }) }],
  };
}

/** A worker in this process that runs the real handler, passing messages through structured clone. */
function inProcessWorker(log: string[]): PolicyWorkerLike {
  const worker: PolicyWorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message: PolicyWorkerRequest) {
      log.push(`post ${message.id}`);
      void handlePolicyWorkerMessage(structuredClone(message)).then((response) => worker.onmessage?.({ data: structuredClone(response) } as MessageEvent<PolicyWorkerResponse>));
    },
    terminate() {
      log.push('terminate');
    },
  };
  return worker;
}

describe('the IAM policy worker', () => {
  it('decides with @cloud-copilot/iam-simulate and answers with JSON: own prefix allowed, another identity’s denied', async () => {
    const allowed = await handlePolicyWorkerMessage({ kind: 'evaluate', id: 7, request: requestFor(`arn:aws:s3:::photos/${SUB}/a.jpg`) });
    expect(allowed).toEqual({ kind: 'decision', id: 7, decision: { result: 'Allowed', deciding: [{ policyName: 'sandbox-access', index: 1, sid: 'ReadWriteOwnObjects', effect: 'Allow' }] } });
    const denied = await handlePolicyWorkerMessage({ kind: 'evaluate', id: 8, request: requestFor('arn:aws:s3:::photos/us-east-1:someone-else/a.jpg') });
    expect(denied).toEqual({ kind: 'decision', id: 8, decision: { result: 'ImplicitlyDenied', deciding: [] } });
  });

  it('refuses a message that is not a request', async () => {
    expect(await handlePolicyWorkerMessage({ kind: 'evaluate', id: 3 })).toEqual({ kind: 'failure', id: 3, message: 'Not a policy evaluation request.' });
    expect(await handlePolicyWorkerMessage('hello')).toMatchObject({ kind: 'failure', id: -1 });
  });

  it('reports a malformed policy as a denial with the library’s errors', async () => {
    const bad = { ...requestFor('arn:aws:s3:::photos/x'), policies: [{ name: 'broken', document: { Statement: [{ Effect: 'Maybe', Action: 's3:PutObject', Resource: '*' }] } }] };
    const out = await handlePolicyWorkerMessage({ kind: 'evaluate', id: 1, request: bad });
    expect(out.kind).toBe('decision');
    if (out.kind === 'decision') {
      expect(out.decision.result).toBe('ImplicitlyDenied');
      expect(out.decision.errors?.join(' ')).toMatch(/broken/);
    }
  });
});

describe('createWorkerPolicyEvaluator', () => {
  it('starts the worker on the first decision only and matches concurrent answers to their requests', async () => {
    const log: string[] = [];
    let started = 0;
    const ev = createWorkerPolicyEvaluator(() => {
      started++;
      return inProcessWorker(log);
    });
    expect(started).toBe(0);
    const [own, other] = await Promise.all([ev.evaluate(requestFor(`arn:aws:s3:::photos/${SUB}/a.jpg`)), ev.evaluate(requestFor('arn:aws:s3:::photos/other/a.jpg'))]);
    expect(own.result).toBe('Allowed');
    expect(own.deciding[0]?.sid).toBe('ReadWriteOwnObjects');
    expect(other.result).toBe('ImplicitlyDenied');
    expect(started).toBe(1);
    expect(log).toEqual(['post 1', 'post 2']);
  });

  it('fails pending decisions when the worker fails, and starts a fresh worker for the next one', async () => {
    const workers: PolicyWorkerLike[] = [];
    const log: string[] = [];
    const ev = createWorkerPolicyEvaluator(() => {
      const w = workers.length === 0 ? { ...inProcessWorker(log), postMessage: () => undefined } : inProcessWorker(log);
      workers.push(w);
      return w;
    });
    const lost = ev.evaluate(requestFor(`arn:aws:s3:::photos/${SUB}/a.jpg`));
    workers[0].onerror?.({ message: 'SyntaxError: unexpected token', preventDefault: () => undefined } as ErrorEvent);
    await expect(lost).rejects.toBeInstanceOf(PolicyWorkerError);
    await expect(lost).rejects.toThrow('The IAM policy worker failed: SyntaxError: unexpected token.');
    expect(log).toContain('terminate');
    expect((await ev.evaluate(requestFor(`arn:aws:s3:::photos/${SUB}/a.jpg`))).result).toBe('Allowed');
    expect(workers).toHaveLength(2);
  });
});
