/**
 * The page engine's Lambda runtime, loaded on first use: the Web Worker
 * runtime (and through it the TypeScript compiler) is fetched only when a
 * trigger first runs, so neither is part of the sandbox's first script. The
 * engine is given this stand-in when it starts; it behaves exactly as the
 * worker runtime (app/sandbox/_triggers/workerRuntime.ts) it forwards to.
 */
import type { LambdaRuntime } from '@/simulator';

/** A LambdaRuntime that loads the browser's Web Worker runtime the first time a handler is invoked. */
export function createLazyWorkerLambdaRuntime(): LambdaRuntime {
  let runtime: Promise<LambdaRuntime> | undefined;
  return {
    invoke(fn, event, options) {
      runtime ??= import('../_triggers/workerRuntime').then(
        (m) => m.createWorkerLambdaRuntime(),
        (e: unknown) => {
          runtime = undefined; // a failed chunk load is tried again next time
          throw e;
        },
      );
      return runtime.then((r) => r.invoke(fn, event, options));
    },
  };
}
