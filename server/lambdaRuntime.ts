/**
 * The Node implementation of the engine's LambdaRuntime: each invocation runs
 * in a `worker_threads` worker, inside a fresh `node:vm` context that has no
 * `process`, no `require`, no `fetch` and no way to `import()` (the context
 * is created without a dynamic-import callback). The shared sandbox logic
 * (simulator/triggers/workerHost.ts) is evaluated in the worker.
 *
 * Workers are pooled: a worker that answered in time is reused; one that ran
 * past the time limit (an infinite loop, a promise that never settles) is
 * terminated, which stops any code, and a fresh one takes its place.
 *
 * TypeScript and JavaScript handlers both go through the `typescript`
 * package's transpileModule (simulator/triggers/transpile.ts).
 */
import { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';
import type { LambdaCode, LambdaConsoleLine, LambdaInvokeOptions, LambdaOutcome, LambdaRuntime } from '../simulator/triggers/runtime';
import { handlerFileName, transpileHandler } from '../simulator/triggers/transpile';
import { outcomeFromReport, SANDBOX_DRIVER_SOURCE, type SandboxInvokeRequest, type SandboxMessage } from '../simulator/triggers/workerHost';

/** The worker: a small Node driver around the shared sandbox driver. */
const WORKER_SOURCE = `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const vm = require('node:vm');
const drive = (0, eval)(workerData.driverSource);
let current = null;
process.on('unhandledRejection', (reason) => {
  if (!current) return;
  let text = 'Unhandled promise rejection';
  try { text = reason && typeof reason === 'object' ? String(reason.name) + ': ' + String(reason.message) : String(reason); } catch (e) { /* unreadable */ }
  try { current.__lambdaFailWith('Runtime.UnhandledPromiseRejection', text); } catch (e) { /* sandbox gone */ }
});
const wait = (ms) => new Promise((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)));
parentPort.on('message', async (request) => {
  if (!request || request.kind !== 'invoke') return;
  const sandbox = vm.createContext(Object.create(null), { name: 'lambda-handler', codeGeneration: { strings: true, wasm: false } });
  current = sandbox;
  const realm = {
    global: sandbox,
    evaluate: (source, fileName) => vm.runInContext(source, sandbox, { filename: fileName }),
  };
  try {
    await drive(realm, request, (message) => parentPort.postMessage(message), wait);
  } finally {
    current = null;
  }
});
`;

/** Real-world sandbox bounds for one worker (not AWS numbers). */
const WORKER_HEAP_MB = 256;

export interface NodeLambdaRuntimeOptions {
  /** Idle workers kept for reuse (default 2). */
  maxIdleWorkers?: number;
}

/** A LambdaRuntime you can close (tests close it in afterAll). */
export interface NodeLambdaRuntime extends LambdaRuntime {
  /** Terminates every worker. Invocations still running end as errors. */
  close(): Promise<void>;
}

/** Creates the worker_threads runtime. */
export function createNodeLambdaRuntime(options: NodeLambdaRuntimeOptions = {}): NodeLambdaRuntime {
  const maxIdle = options.maxIdleWorkers ?? 2;
  const idle: Worker[] = [];
  const busy = new Set<Worker>();
  let nextId = 1;
  let closed = false;

  const spawn = (): Worker => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driverSource: SANDBOX_DRIVER_SOURCE },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      stdout: true,
      stderr: true,
    });
    worker.unref();
    return worker;
  };

  const release = (worker: Worker, reusable: boolean) => {
    busy.delete(worker);
    if (reusable && !closed && idle.length < maxIdle) idle.push(worker);
    else void worker.terminate();
  };

  return {
    async invoke(fn: LambdaCode, event: unknown, opts: LambdaInvokeOptions): Promise<LambdaOutcome> {
      if (closed) return { status: 'error', errorType: 'Runtime.ServiceException', errorMessage: 'The Lambda runtime is closed.', logs: [], durationMs: 0 };
      const compiled = transpileHandler(ts, fn.code, fn.language);
      if (!compiled.ok) return { status: 'error', errorType: 'Runtime.UserCodeSyntaxError', errorMessage: compiled.error.message, logs: [], durationMs: 0 };
      const request: SandboxInvokeRequest = {
        kind: 'invoke',
        id: nextId++,
        script: compiled.script,
        fileName: handlerFileName(fn.language),
        eventJson: JSON.stringify(event ?? null),
        contextJson: JSON.stringify(opts.context),
        timeoutMs: opts.timeoutMs,
      };
      const worker = idle.pop() ?? spawn();
      busy.add(worker);
      const started = performance.now();
      const logs: LambdaConsoleLine[] = [];
      return new Promise<LambdaOutcome>((resolve) => {
        let settled = false;
        const finish = (outcome: LambdaOutcome, reusable: boolean) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
          release(worker, reusable);
          resolve(outcome);
        };
        const onMessage = (message: SandboxMessage) => {
          if (message.id !== request.id) return;
          if (message.kind === 'logs') logs.push(...message.logs);
          else finish(outcomeFromReport(message.report, logs), true);
        };
        const onError = (error: Error) =>
          finish({ status: 'error', errorType: 'Runtime.ExitError', errorMessage: error.message, logs, durationMs: performance.now() - started }, false);
        const onExit = () =>
          finish({ status: 'error', errorType: 'Runtime.ExitError', errorMessage: 'The runtime exited before the handler answered.', logs, durationMs: performance.now() - started }, false);
        const timer = setTimeout(() => finish({ status: 'timeout', logs, durationMs: performance.now() - started }, false), opts.timeoutMs);
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.postMessage(request);
      });
    },
    async close(): Promise<void> {
      closed = true;
      const all = [...idle, ...busy];
      idle.length = 0;
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
