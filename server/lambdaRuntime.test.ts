/**
 * The worker_threads Lambda runtime: handler styles, console capture, the
 * sandbox (no network, no process, no modules) and the time limit.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeLambdaRuntime } from './lambdaRuntime';
import type { LambdaInvokeOptions } from '../simulator/triggers/runtime';

const runtime = createNodeLambdaRuntime();
afterAll(() => runtime.close());

const options = (timeoutMs = 2000): LambdaInvokeOptions => ({
  timeoutMs,
  context: {
    functionName: 'probe',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:probe',
    awsRequestId: '11111111-2222-4333-8444-555555555555',
    memoryLimitInMB: 128,
    logGroupName: '/aws/lambda/probe',
    logStreamName: '2026/01/01/[$LATEST]abc',
  },
});
const run = (code: string, event: unknown = { response: {} }, timeoutMs?: number, language: 'javascript' | 'typescript' = 'javascript') =>
  runtime.invoke({ code, language }, event, options(timeoutMs));

describe('Node Lambda runtime', () => {
  it('runs an async handler with the event and Lambda context, returning its result', async () => {
    const out = await run(`export const handler = async (event, context) => ({ got: event.n * 2, fn: context.functionName, id: context.awsRequestId, left: context.getRemainingTimeInMillis() > 0 });`, { n: 21 });
    expect(out).toMatchObject({ status: 'ok', result: { got: 42, fn: 'probe', id: '11111111-2222-4333-8444-555555555555', left: true } });
  });

  it('supports exports.handler with a callback, and context.succeed', async () => {
    expect(await run(`exports.handler = (event, context, callback) => { setTimeout(() => callback(null, 'later'), 10); };`)).toMatchObject({ status: 'ok', result: 'later' });
    expect(await run(`exports.handler = (event, context) => { context.succeed({ legacy: true }); };`)).toMatchObject({ status: 'ok', result: { legacy: true } });
  });

  it('strips TypeScript types', async () => {
    const out = await run(`type E = { a: number };\nexport const handler = async (event: E): Promise<number> => event.a + 1;`, { a: 1 }, undefined, 'typescript');
    expect(out).toMatchObject({ status: 'ok', result: 2 });
  });

  it('captures console output with levels, formatted as Node does', async () => {
    const out = await run(`export const handler = async () => { console.log('n=%d', 5, { a: 'x', b: [1, 2] }); console.warn('careful'); console.error('bad'); console.info('fyi'); return null; };`);
    expect(out.logs.map((l) => [l.level, l.message])).toEqual([
      ['INFO', "n=5 { a: 'x', b: [ 1, 2 ] }"],
      ['WARN', 'careful'],
      ['ERROR', 'bad'],
      ['INFO', 'fyi'],
    ]);
  });

  it('reports thrown errors and rejected promises with their type and message', async () => {
    const thrown = await run(`export const handler = async () => { throw new TypeError('wrong type'); };`);
    expect(thrown).toMatchObject({ status: 'error', errorType: 'TypeError', errorMessage: 'wrong type' });
    if (thrown.status === 'error') expect(thrown.stack?.[0]).toBe('TypeError: wrong type');
    expect(await run(`exports.handler = (e, c, cb) => cb('Bad password');`)).toMatchObject({ status: 'error', errorType: 'string', errorMessage: 'Bad password' });
    expect(await run(`export const notTheHandler = 1;`)).toMatchObject({ status: 'error', errorType: 'Runtime.HandlerNotFound' });
  });

  it('gives the handler no network, no process and no modules', async () => {
    const out = await run(`
      export const handler = async () => {
        const imported = await import('node:fs').then(() => 'loaded', (e) => 'blocked');
        const viaFunction = await Function('return import("node:child_process")')().then(() => 'loaded', () => 'blocked');
        let required;
        try { require('node:fs'); required = 'loaded'; } catch (e) { required = e.name; }
        return {
          fetch: typeof fetch, XMLHttpRequest: typeof XMLHttpRequest, WebSocket: typeof WebSocket,
          process: typeof process, Buffer: typeof Buffer, globalProcess: typeof globalThis.process,
          escape: [{}.constructor.constructor('return typeof process')(), console.log.constructor('return typeof process')()].join(),
          imported, viaFunction, required,
        };
      };`);
    expect(out).toMatchObject({
      status: 'ok',
      result: {
        fetch: 'undefined',
        XMLHttpRequest: 'undefined',
        WebSocket: 'undefined',
        process: 'undefined',
        Buffer: 'undefined',
        globalProcess: 'undefined',
        escape: 'undefined,undefined',
        imported: 'blocked',
        viaFunction: 'blocked',
        required: 'Runtime.ImportModuleError',
      },
    });
  });

  it('stops an infinite loop at the time limit, and keeps working afterwards', async () => {
    const started = performance.now();
    const out = await run(`export const handler = async () => { while (true) {} };`, {}, 300);
    expect(out.status).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(3000);
    expect(await run(`export const handler = async () => 'alive';`)).toMatchObject({ status: 'ok', result: 'alive' });
  });

  it('keeps what an async handler logged before it timed out', async () => {
    const out = await run(`export const handler = async () => { console.log('started'); await new Promise(() => {}); };`, {}, 300);
    expect(out.status).toBe('timeout');
    expect(out.logs.map((l) => l.message)).toEqual(['started']);
  });

  it('gives each invocation a fresh global scope', async () => {
    await run(`globalThis.leftover = 'secret'; export const handler = async () => 1;`);
    expect(await run(`export const handler = async () => typeof globalThis.leftover;`)).toMatchObject({ status: 'ok', result: 'undefined' });
  });

  it('reports a syntax error without running anything', async () => {
    expect(await run(`export const handler = async () => {`)).toMatchObject({ status: 'error', errorType: 'Runtime.UserCodeSyntaxError' });
  });
});
