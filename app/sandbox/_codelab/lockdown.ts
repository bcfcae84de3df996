/**
 * Takes network, storage and code-loading powers away from the code lab's
 * worker before any learner code runs.
 *
 * Why this is needed: the lab's worker is a bundled script loaded from this
 * site by URL (not a Blob URL), and a worker loaded by URL does NOT inherit
 * the page's content security policy (the page sets it with a `<meta>` tag,
 * which applies to the document only). So `connect-src 'self'` does not
 * protect us inside the worker: we must remove every way to talk to the
 * outside ourselves.
 *
 * - Network: `fetch` is replaced by the simulated one (simulatedFetch.ts);
 *   XMLHttpRequest, WebSocket, EventSource, WebTransport, RTC and
 *   `importScripts` are removed.
 * - Storage: indexedDB, caches, cookieStore, file-system APIs are removed;
 *   `navigator` becomes a plain object without `storage`, `locks`,
 *   `serviceWorker` or `sendBeacon`.
 * - Other contexts: BroadcastChannel, nested workers, and the worker's own
 *   `postMessage` (the lab keeps a private reference) are removed.
 * - Code from strings: `eval`, the `Function` constructors (also reached
 *   through `(() => {}).constructor`) and string timers throw, because code
 *   built from a string could contain a raw `import('https://…')`, which
 *   would fetch a script from anywhere. The learner's own `import()` calls are
 *   turned into the lab's `require` when the code is transpiled, and the lab
 *   compiles the learner's code itself before locking down.
 */

/** Globals deleted from the worker (and its prototype chain). */
export const LAB_BLOCKED_GLOBALS = [
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'EventSource',
  'WebTransport',
  'RTCPeerConnection',
  'webkitRTCPeerConnection',
  'RTCDataChannel',
  'importScripts',
  'indexedDB',
  'caches',
  'cookieStore',
  'localStorage',
  'sessionStorage',
  'openDatabase',
  'requestFileSystem',
  'webkitRequestFileSystem',
  'webkitRequestFileSystemSync',
  'webkitResolveLocalFileSystemURL',
  'webkitResolveLocalFileSystemSyncURL',
  'FileSystemHandle',
  'FileSystemFileHandle',
  'FileSystemDirectoryHandle',
  'FileSystemSyncAccessHandle',
  'BroadcastChannel',
  'Worker',
  'SharedWorker',
  'postMessage',
  'onmessage',
  'onmessageerror',
  'close',
] as const;

/** What `navigator` keeps (read-only facts, no APIs). */
const NAVIGATOR_FIELDS = ['userAgent', 'language', 'languages', 'onLine', 'hardwareConcurrency', 'platform'] as const;

/** The error code built from a string throws with. */
export const STRING_CODE_MESSAGE = 'Code built from strings (eval, new Function, string timers) is disabled in the code lab.';

type Scope = Record<string, unknown>;

function define(scope: object, name: string, value: unknown): void {
  try {
    Object.defineProperty(scope, name, { value, writable: false, configurable: false, enumerable: false });
  } catch {
    /* best effort: a property that cannot be redefined was deleted above */
  }
}

function remove(scope: object, name: string): void {
  for (let o: object | null = scope; o; o = Object.getPrototypeOf(o) as object | null) {
    try {
      delete (o as Scope)[name];
    } catch {
      /* not configurable */
    }
  }
  if (name in scope) define(scope, name, undefined);
}

function refuseStrings(): never {
  throw new EvalError(STRING_CODE_MESSAGE);
}

/** A stand-in for a Function constructor: `instanceof` still works, calling or constructing it throws. */
function disarmed(ctor: unknown): unknown {
  return new Proxy(ctor as (...args: unknown[]) => unknown, { apply: refuseStrings, construct: refuseStrings });
}

/** This realm's four function constructors (Function, AsyncFunction, GeneratorFunction, AsyncGeneratorFunction). */
export function functionConstructors(): { prototype: object }[] {
  return [
    Function,
    Object.getPrototypeOf(async function () {}).constructor,
    Object.getPrototypeOf(function* () {}).constructor,
    Object.getPrototypeOf(async function* () {}).constructor,
  ] as { prototype: object }[];
}

/**
 * Locks `scope` (the worker's global object) down and installs `fetch`.
 * Runs once per worker, after the SDK modules are loaded and after the
 * learner's code has been compiled, before it runs. `constructors` are the
 * realm's function constructors (tests pass another realm's).
 */
export function lockDownWorkerGlobals(scope: object, fetchImpl: typeof fetch, constructors: readonly { prototype: object }[] = functionConstructors()): void {
  const s = scope as Scope;
  const nav = s.navigator as Record<string, unknown> | undefined;
  const plainNavigator: Record<string, unknown> = {};
  for (const f of NAVIGATOR_FIELDS) if (nav && f in nav) plainNavigator[f] = nav[f];
  Object.freeze(plainNavigator);

  for (const name of LAB_BLOCKED_GLOBALS) remove(scope, name);
  remove(scope, 'fetch');
  define(scope, 'fetch', fetchImpl);
  remove(scope, 'navigator');
  define(scope, 'navigator', plainNavigator);

  // Code from strings.
  remove(scope, 'eval');
  define(scope, 'eval', refuseStrings);
  for (const ctor of constructors) {
    const stand = disarmed(ctor);
    try {
      Object.defineProperty(ctor.prototype, 'constructor', { value: stand, writable: false, configurable: false });
    } catch {
      /* already locked */
    }
    if (ctor === s.Function) {
      remove(scope, 'Function');
      define(scope, 'Function', stand);
    }
  }
  for (const timer of ['setTimeout', 'setInterval'] as const) {
    const real = s[timer] as ((handler: unknown, ms?: number, ...args: unknown[]) => number) | undefined;
    if (typeof real !== 'function') continue;
    const bound = real.bind(scope);
    const safe = (handler: unknown, ms?: number, ...args: unknown[]) => (typeof handler === 'function' ? bound(handler, ms, ...args) : refuseStrings());
    remove(scope, timer);
    define(scope, timer, safe);
  }
}
