/**
 * Runs first in the code lab's worker, before the client libraries load:
 * amazon-cognito-identity-js looks for WebCrypto on `window` or `global` when
 * it loads; a worker has neither name, only `self`, so `global` is pointed at
 * the worker's global object (nothing else changes).
 */
const scope = globalThis as { global?: unknown };
if (typeof scope.global === 'undefined') scope.global = globalThis;

export {};
