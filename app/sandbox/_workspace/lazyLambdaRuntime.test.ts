import { describe, expect, it, vi } from 'vitest';
import type { LambdaCode, LambdaInvokeOptions } from '@/simulator';

const created = vi.hoisted(() => ({ count: 0 }));

vi.mock('../_triggers/workerRuntime', () => {
  return {
    createWorkerLambdaRuntime: () => {
      created.count++;
      return { invoke: async (fn: LambdaCode, event: unknown) => ({ ok: true, result: { code: fn.code, event } }) };
    },
  };
});

const { createLazyWorkerLambdaRuntime } = await import('./lazyLambdaRuntime');
const fn: LambdaCode = { code: 'export const handler = async (e) => e;', language: 'typescript' };
const options = {} as LambdaInvokeOptions;

describe('the lazily loaded Lambda runtime', () => {
  it('loads the worker runtime on the first invocation only, and forwards every call to it', async () => {
    const runtime = createLazyWorkerLambdaRuntime();
    expect(created.count).toBe(0);
    expect(await runtime.invoke(fn, { a: 1 }, options)).toEqual({ ok: true, result: { code: fn.code, event: { a: 1 } } });
    expect(await runtime.invoke(fn, { a: 2 }, options)).toEqual({ ok: true, result: { code: fn.code, event: { a: 2 } } });
    expect(created.count).toBe(1);
  });
});
