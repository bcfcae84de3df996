/**
 * The browser implementation of the engine's LambdaRuntime.
 *
 * Every invocation runs in a fresh classic Web Worker made from a Blob URL
 * (see workerScript.ts): no DOM, network and storage globals removed, and the
 * page's content security policy (`connect-src 'self'`) stops any request to
 * another host even if a handler found a way to make one. When the time limit
 * passes the worker is terminated, so an infinite loop stops at once and the
 * page never freezes.
 *
 * Handlers are transpiled with the `typescript` package's transpileModule
 * (simulator/triggers/transpile.ts), loaded on demand the first time a
 * trigger runs: the same compiler and options as the Node runtime, so a
 * handler behaves the same in tests and in the page, and it works whether or
 * not the editor was ever opened (code restored from a saved state or a share
 * link).
 */
import type { LambdaCode, LambdaConsoleLine, LambdaInvokeOptions, LambdaOutcome, LambdaRuntime } from '@/simulator';
import type { TypeScriptCompiler } from '@/simulator/triggers/transpile';
import { handlerFileName, transpileHandler } from '@/simulator/triggers/transpile';
import { outcomeFromReport, type SandboxInvokeRequest, type SandboxMessage } from '@/simulator/triggers/workerHost';
import { buildWorkerScript } from './workerScript';

let compiler: Promise<TypeScriptCompiler> | undefined;

/** Loads the TypeScript compiler once, on first use. */
export function loadTypeScript(): Promise<TypeScriptCompiler> {
  compiler ??= import('typescript').then((m) => ((m as { default?: TypeScriptCompiler }).default ?? (m as unknown as TypeScriptCompiler)));
  return compiler;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Creates the Web Worker runtime (browser only). */
export function createWorkerLambdaRuntime(): LambdaRuntime {
  let nextId = 1;
  return {
    async invoke(fn: LambdaCode, event: unknown, opts: LambdaInvokeOptions): Promise<LambdaOutcome> {
      const ts = await loadTypeScript();
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
      const url = URL.createObjectURL(new Blob([buildWorkerScript(request)], { type: 'text/javascript' }));
      const logs: LambdaConsoleLine[] = [];
      const started = now();
      return new Promise<LambdaOutcome>((resolve) => {
        let worker: Worker;
        let settled = false;
        const finish = (outcome: LambdaOutcome) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          worker?.terminate();
          URL.revokeObjectURL(url);
          resolve(outcome);
        };
        const timer = setTimeout(() => finish({ status: 'timeout', logs, durationMs: now() - started }), opts.timeoutMs);
        try {
          worker = new Worker(url, { name: `lambda-${opts.context.functionName}` });
        } catch (e) {
          finish({ status: 'error', errorType: 'Runtime.ExitError', errorMessage: e instanceof Error ? e.message : String(e), logs, durationMs: 0 });
          return;
        }
        worker.onmessage = (e: MessageEvent<SandboxMessage>) => {
          const message = e.data;
          if (!message || message.id !== request.id) return;
          if (message.kind === 'logs') logs.push(...message.logs);
          else if (message.kind === 'done') finish(outcomeFromReport(message.report, logs));
        };
        worker.onerror = (e: ErrorEvent) => {
          e.preventDefault();
          const text = e.message || 'The handler could not be loaded.';
          const syntax = /SyntaxError/.test(text);
          finish({
            status: 'error',
            errorType: syntax ? 'Runtime.UserCodeSyntaxError' : 'Runtime.ExitError',
            errorMessage: text.replace(/^Uncaught /, ''),
            logs,
            durationMs: now() - started,
          });
        };
      });
    },
  };
}
