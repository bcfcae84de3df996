/**
 * Builds the source text of the Web Worker that runs one trigger invocation.
 *
 * Each invocation gets a fresh classic worker made from a Blob URL. The whole
 * program (the sandbox bootstrap, the learner's module and the shared driver
 * from simulator/triggers/workerHost.ts) is written into that one script, so
 * nothing is ever evaluated from a string at run time: the page's content
 * security policy can forbid `eval` and the worker still works.
 *
 * Before any learner code runs, the script removes the globals listed in
 * BROWSER_WORKER_BLOCKED_GLOBALS (network, storage) plus the worker's own
 * messaging and nested workers, keeping a private reference to `postMessage`
 * for the driver. A worker has no DOM to begin with.
 */
import { BROWSER_WORKER_BLOCKED_GLOBALS, SANDBOX_BOOTSTRAP, SANDBOX_DRIVER_SOURCE, type SandboxInvokeRequest } from '@/simulator/triggers/workerHost';

/** Globals removed on top of the engine's list: a handler may not talk to the page or start workers. */
export const EXTRA_BLOCKED_GLOBALS = ['postMessage', 'onmessage', 'Worker', 'SharedWorker', 'close', 'navigator'] as const;

/** Every global the worker removes before learner code runs. */
export const WORKER_BLOCKED_GLOBALS: readonly string[] = [...BROWSER_WORKER_BLOCKED_GLOBALS, ...EXTRA_BLOCKED_GLOBALS];

/**
 * The worker program for one invocation. `request.script` is the learner's
 * module already transpiled to a CommonJS body (transpile.ts); a syntax error
 * it still contains makes the worker fail to load, which the runtime reports.
 */
export function buildWorkerScript(request: SandboxInvokeRequest): string {
  return `'use strict';
var __post = self.postMessage.bind(self);
var __setTimeout = self.setTimeout.bind(self);
(function (blocked) {
  for (var i = 0; i < blocked.length; i++) {
    var name = blocked[i];
    for (var o = self; o; o = Object.getPrototypeOf(o)) {
      try { delete o[name]; } catch (e) { /* not configurable */ }
    }
    try {
      if (name in self) Object.defineProperty(self, name, { value: undefined, writable: false, configurable: false });
    } catch (e) { /* best effort */ }
  }
})(${JSON.stringify(WORKER_BLOCKED_GLOBALS)});
${SANDBOX_BOOTSTRAP}
var __failWith = self.__lambdaFailWith;
self.addEventListener('unhandledrejection', function (ev) {
  ev.preventDefault();
  var text = 'Unhandled promise rejection';
  try { var r = ev.reason; text = r && typeof r === 'object' ? String(r.name) + ': ' + String(r.message) : String(r); } catch (e) { /* unreadable */ }
  try { __failWith('Runtime.UnhandledPromiseRejection', text); } catch (e) { /* sandbox gone */ }
});
var __module = (function (exports, module, require) {
${request.script}
});
var __drive = ${SANDBOX_DRIVER_SOURCE};
var __request = ${JSON.stringify(request)};
var __realm = {
  global: self,
  // The bootstrap already ran above; the module was defined above too.
  evaluate: function (source, fileName) { return fileName === 'bootstrap.js' ? undefined : __module; }
};
__drive(__realm, __request, function (m) { __post(m); }, function (ms) {
  return new Promise(function (resolve) { __setTimeout(resolve, ms > 0 ? ms : 0); });
});
`;
}
