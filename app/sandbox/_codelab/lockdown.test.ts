/**
 * The worker lockdown, applied to a fresh JavaScript realm (node:vm) that
 * stands in for the worker's global object.
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { LAB_BLOCKED_GLOBALS, lockDownWorkerGlobals, STRING_CODE_MESSAGE } from './lockdown';

function fakeWorkerRealm() {
  const context = vm.createContext({});
  // Worker-like globals, some on a prototype as in a real WorkerGlobalScope.
  vm.runInContext(
    `
    const proto = Object.getPrototypeOf(globalThis);
    Object.defineProperty(proto, 'indexedDB', { get() { return { open() {} }; }, configurable: true });
    Object.defineProperty(proto, 'navigator', { get() { return { userAgent: 'UA', language: 'en', storage: {}, locks: {}, serviceWorker: {} }; }, configurable: true });
    globalThis.fetch = () => 'real network';
    globalThis.XMLHttpRequest = function () {};
    globalThis.WebSocket = function () {};
    globalThis.EventSource = function () {};
    globalThis.importScripts = () => 'loaded';
    globalThis.caches = {};
    globalThis.BroadcastChannel = function () {};
    globalThis.postMessage = () => {};
    globalThis.setTimeout = (f) => 1;
    `,
    context,
  );
  const constructors = vm.runInContext(
    '[Function, Object.getPrototypeOf(async function () {}).constructor, Object.getPrototypeOf(function* () {}).constructor, Object.getPrototypeOf(async function* () {}).constructor]',
    context,
  ) as { prototype: object }[];
  // The realm's own global object (builtins such as eval and Function live there, not on the sandbox object).
  const global = vm.runInContext('globalThis', context) as object;
  return { context, global, constructors };
}

describe('lockDownWorkerGlobals', () => {
  const labFetch = (() => Promise.reject(new TypeError('simulated'))) as unknown as typeof fetch;

  it('replaces fetch and removes network, storage and messaging globals', () => {
    const { context, global, constructors } = fakeWorkerRealm();
    lockDownWorkerGlobals(global, labFetch, constructors);
    expect(vm.runInContext('fetch', context)).toBe(labFetch);
    for (const name of ['XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts', 'indexedDB', 'caches', 'BroadcastChannel', 'postMessage']) {
      expect(LAB_BLOCKED_GLOBALS).toContain(name);
      expect(vm.runInContext(`typeof ${name}`, context), name).toBe('undefined');
    }
    // Learner code cannot put them back.
    expect(() => vm.runInContext('"use strict"; fetch = () => 1;', context)).toThrow(/read only/);
  });

  it('keeps only plain facts on navigator (no storage, locks or service workers)', () => {
    const { context, global, constructors } = fakeWorkerRealm();
    lockDownWorkerGlobals(global, labFetch, constructors);
    expect(vm.runInContext('JSON.stringify(navigator)', context)).toBe('{"userAgent":"UA","language":"en"}');
  });

  it('refuses code built from strings: eval, every Function constructor, string timers', () => {
    const { context, global, constructors } = fakeWorkerRealm();
    lockDownWorkerGlobals(global, labFetch, constructors);
    for (const code of [
      'eval("1")',
      'Function("return 1")()',
      '(() => {}).constructor("return 1")()',
      '(async () => {}).constructor("return 1")',
      '(function* () {}).constructor("yield 1")',
      '(async function* () {}).constructor("yield 1")',
      'setTimeout("1", 0)',
    ]) {
      expect(() => vm.runInContext(code, context), code).toThrow(STRING_CODE_MESSAGE);
    }
    // Ordinary functions and timers still work.
    expect(vm.runInContext('(() => 2)() + [1].map((x) => x).length', context)).toBe(3);
    expect(vm.runInContext('setTimeout(() => {}, 0)', context)).toBe(1);
    expect(vm.runInContext('(function () {}) instanceof Function', context)).toBe(true);
  });
});
