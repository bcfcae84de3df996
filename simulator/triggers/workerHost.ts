/**
 * The logic that runs a handler inside a sandbox, shared by the Node runtime
 * (a `worker_threads` worker evaluating into a `node:vm` context) and the
 * browser runtime (a Web Worker evaluating into its own global).
 *
 * It is shipped as JavaScript source text because it must be evaluated inside
 * the worker (the Node worker is an `eval` worker; the browser one may be a
 * blob worker), not imported:
 *
 * - {@link SANDBOX_BOOTSTRAP} runs *inside the sandbox realm*. It defines a
 *   capturing `console`, timers when the realm has none (a vm context has
 *   none; the worker driver runs them), `atob`/`btoa`, and the functions the
 *   driver calls: `__lambdaStart(moduleFn, eventJson, contextJson, timeoutMs)`,
 *   `__lambdaReport(fromLine)` (a JSON string), `__lambdaTimers()` and
 *   `__lambdaFailWith(type, message)`.
 * - {@link SANDBOX_DRIVER_SOURCE} evaluates to `drive(realm, request, post, wait)`,
 *   which runs in the worker's own realm: it loads the bootstrap and the
 *   learner's module into the sandbox realm, starts the handler, forwards log
 *   lines as they appear (`{kind:'logs'}`) and the final report (`{kind:'done'}`).
 *
 * Isolation rule: only strings and numbers cross into the sandbox realm, and
 * the driver only calls sandbox functions the bootstrap defined; no host
 * object or function is ever handed to learner code, so it cannot climb to the
 * host's `Function` (and from there to `process` or `import()`).
 *
 * The worker's owner (the runtime) enforces the time limit by terminating the
 * worker: an infinite loop can never answer.
 */
import type { LambdaConsoleLine, LambdaOutcome } from './runtime';

/** What the runtime sends the worker for one invocation. */
export interface SandboxInvokeRequest {
  kind: 'invoke';
  id: number;
  /** The learner's module as a CommonJS script body (see transpile.ts). */
  script: string;
  /** File name for stack traces (index.mjs / index.ts). */
  fileName: string;
  eventJson: string;
  contextJson: string;
  timeoutMs: number;
}

/** How the handler ended, as the bootstrap reports it. */
export type SandboxReport =
  | { status: 'ok'; resultJson: string; durationMs: number }
  | { status: 'error'; errorType: string; errorMessage: string; stack: string[]; durationMs: number };

/** What the worker posts back. */
export type SandboxMessage = { kind: 'logs'; id: number; logs: LambdaConsoleLine[] } | { kind: 'done'; id: number; report: SandboxReport };

/** Log lines and characters a single invocation may write (sandbox bounds, not AWS numbers). */
export const SANDBOX_MAX_LOG_LINES = 1000;
export const SANDBOX_MAX_LINE_CHARS = 8192;

/** Runs inside the sandbox realm (see the module comment). ES2017, strict, self-contained. */
export const SANDBOX_BOOTSTRAP = `(function (g) {
  'use strict';
  var stringify = JSON.stringify, parse = JSON.parse, now = Date.now, isArray = Array.isArray, keysOf = Object.keys, slice = Array.prototype.slice;
  var MAX_LINES = ${SANDBOX_MAX_LOG_LINES}, MAX_CHARS = ${SANDBOX_MAX_LINE_CHARS};
  var logs = [], started = 0, done = false, report = null;

  // Stack frames below the learner's code belong to the sandbox: hide them.
  function trimStack(stack) {
    var lines = String(stack).split('\\n');
    for (var i = 0; i < lines.length; i++) if (lines[i].indexOf('bootstrap.js') >= 0) return lines.slice(0, i);
    return lines;
  }

  function show(v, depth, seen) {
    if (typeof v === 'string') return depth === 0 ? v : "'" + v + "'";
    if (typeof v === 'bigint') return String(v) + 'n';
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return String(v);
    if (typeof v === 'function') return '[Function: ' + (v.name || '(anonymous)') + ']';
    try {
      if (v instanceof Error) return depth === 0 && typeof v.stack === 'string' ? trimStack(v.stack).join('\\n') : '[' + v.name + ': ' + v.message + ']';
      if (v instanceof Date) return isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
      if (seen.indexOf(v) >= 0) return '[Circular *1]';
      if (depth > 2) return isArray(v) ? '[Array]' : '[Object]';
      seen = seen.concat([v]);
      if (isArray(v)) return v.length ? '[ ' + v.map(function (x) { return show(x, depth + 1, seen); }).join(', ') + ' ]' : '[]';
      var keys = keysOf(v);
      if (!keys.length) return '{}';
      return '{ ' + keys.map(function (k) { return (/^[A-Za-z_$][\\w$]*$/.test(k) ? k : "'" + k + "'") + ': ' + show(v[k], depth + 1, seen); }).join(', ') + ' }';
    } catch (e) {
      return '[object]';
    }
  }

  function format(args) {
    var out = '', i = 0;
    if (typeof args[0] === 'string') {
      i = 1;
      out = args[0].replace(/%[sdifjoOc%]/g, function (m) {
        if (m === '%%') return '%';
        if (i >= args.length) return m;
        var a = args[i++];
        if (m === '%s') return typeof a === 'string' ? a : show(a, 1, []);
        if (m === '%d' || m === '%i') return String(m === '%i' ? parseInt(a, 10) : Number(a));
        if (m === '%f') return String(parseFloat(a));
        if (m === '%j') { try { return stringify(a); } catch (e) { return '[Circular]'; } }
        if (m === '%c') return '';
        return show(a, 1, []);
      });
    }
    for (; i < args.length; i++) out += (out === '' && i === 0 ? '' : ' ') + show(args[i], 0, []);
    return out;
  }

  function writer(level) {
    return function () {
      if (logs.length >= MAX_LINES) return;
      var message = format(slice.call(arguments));
      if (message.length > MAX_CHARS) message = message.slice(0, MAX_CHARS) + ' [truncated]';
      logs.push({ level: level, message: message, offsetMs: started ? now() - started : 0 });
    };
  }
  var con = { log: writer('INFO'), info: writer('INFO'), warn: writer('WARN'), error: writer('ERROR'), debug: writer('DEBUG'), trace: writer('TRACE') };
  Object.defineProperty(g, 'console', { value: con, writable: true, configurable: true, enumerable: false });

  var nativeTimers = typeof g.setTimeout === 'function';
  var timers = [], nextTimer = 1;
  if (!nativeTimers) {
    var add = function (fn, ms, args, every) {
      var id = nextTimer++;
      timers.push({ id: id, at: now() + Math.max(0, Number(ms) || 0), fn: fn, args: args, every: every });
      return id;
    };
    var clear = function (id) { timers = timers.filter(function (t) { return t.id !== id; }); };
    g.setTimeout = function (fn, ms) { return add(fn, ms, slice.call(arguments, 2), 0); };
    g.setInterval = function (fn, ms) { return add(fn, ms, slice.call(arguments, 2), Math.max(1, Number(ms) || 0)); };
    g.setImmediate = function (fn) { return add(fn, 0, slice.call(arguments, 1), 0); };
    g.clearTimeout = clear; g.clearInterval = clear; g.clearImmediate = clear;
    g.queueMicrotask = function (fn) { Promise.resolve().then(fn); };
  }

  var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  if (typeof g.btoa !== 'function') {
    g.btoa = function (s) {
      s = String(s); var out = '';
      for (var i = 0; i < s.length; i += 3) {
        var a = s.charCodeAt(i), b = s.charCodeAt(i + 1), c = s.charCodeAt(i + 2);
        if (a > 255 || b > 255 || c > 255) throw new Error('Invalid character');
        var n = (a << 16) | ((b || 0) << 8) | (c || 0);
        out += B64[n >> 18 & 63] + B64[n >> 12 & 63] + (i + 1 < s.length ? B64[n >> 6 & 63] : '=') + (i + 2 < s.length ? B64[n & 63] : '=');
      }
      return out;
    };
  }
  if (typeof g.atob !== 'function') {
    g.atob = function (s) {
      s = String(s).replace(/[\\s=]+/g, ''); var out = '', bits = 0, buf = 0;
      for (var i = 0; i < s.length; i++) {
        var v = B64.indexOf(s[i]);
        if (v < 0) throw new Error('Invalid character');
        buf = (buf << 6) | v; bits += 6;
        if (bits >= 8) { bits -= 8; out += String.fromCharCode(buf >> bits & 255); }
      }
      return out;
    };
  }

  function errorInfo(e) {
    try {
      if (e !== null && (typeof e === 'object' || typeof e === 'function')) {
        var name = e.name, message = e.message, stack = e.stack;
        return {
          errorType: typeof name === 'string' && name ? name : 'Error',
          errorMessage: message === undefined ? '' : String(message),
          stack: typeof stack === 'string' ? trimStack(stack) : []
        };
      }
      return { errorType: typeof e, errorMessage: String(e), stack: [] };
    } catch (x) {
      return { errorType: 'Error', errorMessage: 'Unreadable error', stack: [] };
    }
  }

  function finish(r) {
    if (done) return;
    done = true;
    r.durationMs = started ? now() - started : 0;
    report = r;
  }
  function fail(e) {
    var i = errorInfo(e);
    finish({ status: 'error', errorType: i.errorType, errorMessage: i.errorMessage, stack: i.stack });
  }
  function succeed(value) {
    if (done) return;
    var json;
    try { json = value === undefined ? 'null' : stringify(value); } catch (e) { fail(e); return; }
    finish({ status: 'ok', resultJson: json === undefined ? 'null' : json });
  }

  g.__lambdaFailWith = function (type, message) {
    finish({ status: 'error', errorType: String(type), errorMessage: String(message), stack: [] });
  };

  g.__lambdaReport = function (fromLine) {
    return stringify({ done: done, report: report, logs: logs.slice(Number(fromLine) || 0) });
  };

  g.__lambdaTimers = function () {
    if (nativeTimers) return -1;
    var t = now();
    var due = timers.filter(function (x) { return x.at <= t; }).sort(function (a, b) { return a.at - b.at || a.id - b.id; });
    for (var k = 0; k < due.length; k++) {
      var x = due[k];
      if (timers.indexOf(x) < 0) continue;
      if (x.every) x.at = t + x.every; else timers.splice(timers.indexOf(x), 1);
      try { if (typeof x.fn === 'function') x.fn.apply(undefined, x.args); } catch (e) { fail(e); }
    }
    if (!timers.length) return -1;
    var next = Math.min.apply(Math, timers.map(function (x) { return x.at; })) - now();
    return next < 0 ? 0 : next;
  };

  g.__lambdaStart = function (moduleFn, eventJson, contextJson, timeoutMs) {
    var exportsObject = {};
    var moduleObject = { exports: exportsObject };
    // Lambda would load Node.js modules; the sandbox has none to give.
    var noModules = function (name) {
      var e = new Error("Cannot find module '" + String(name) + "': trigger code in the sandbox cannot load modules or reach the network");
      e.name = 'Runtime.ImportModuleError';
      throw e;
    };
    try {
      moduleFn.call(exportsObject, exportsObject, moduleObject, noModules);
    } catch (e) { fail(e); return; }
    var mod = moduleObject.exports;
    var handler = mod !== null && (typeof mod === 'object' || typeof mod === 'function') ? mod.handler : undefined;
    if (typeof handler !== 'function') {
      finish({ status: 'error', errorType: 'Runtime.HandlerNotFound', errorMessage: 'index.handler is undefined or not exported', stack: [] });
      return;
    }
    var info = parse(contextJson);
    started = now();
    var deadline = started + Number(timeoutMs);
    var context = {
      callbackWaitsForEmptyEventLoop: true,
      functionName: info.functionName,
      functionVersion: '$LATEST',
      invokedFunctionArn: info.invokedFunctionArn,
      memoryLimitInMB: String(info.memoryLimitInMB),
      awsRequestId: info.awsRequestId,
      logGroupName: info.logGroupName,
      logStreamName: info.logStreamName,
      getRemainingTimeInMillis: function () { return Math.max(0, deadline - now()); },
      succeed: function (result) { succeed(result); },
      fail: function (error) { fail(error); },
      done: function (error, result) { if (error !== undefined && error !== null) fail(error); else succeed(result); }
    };
    var callback = function (error, result) { if (error !== undefined && error !== null) fail(error); else succeed(result); };
    try {
      var r = handler(parse(eventJson), context, callback);
      if (r !== null && (typeof r === 'object' || typeof r === 'function') && typeof r.then === 'function') r.then(succeed, fail);
    } catch (e) { fail(e); }
  };
})(globalThis);
`;

/**
 * Evaluates (in the worker's realm) to
 * `async function drive(realm, request, post, wait)` where
 * `realm = { evaluate(source, fileName), global }` gives access to the sandbox
 * realm, `post(message)` sends a {@link SandboxMessage} and `wait(ms)` resolves
 * after `ms` real milliseconds (0: after pending jobs ran).
 */
export const SANDBOX_DRIVER_SOURCE = `(function () {
  'use strict';
  var BOOTSTRAP = ${JSON.stringify(SANDBOX_BOOTSTRAP)};
  return async function drive(realm, request, post, wait) {
    var id = request.id;
    var g = realm.global;
    realm.evaluate(BOOTSTRAP, 'bootstrap.js');
    var moduleFn;
    try {
      moduleFn = realm.evaluate('(function (exports, module, require) {' + request.script + '\\n})', request.fileName);
    } catch (e) {
      var name = 'SyntaxError', message = 'Invalid code';
      try { name = String(e.name); message = String(e.message); } catch (x) { /* unreadable */ }
      post({ kind: 'done', id: id, report: { status: 'error', errorType: 'Runtime.UserCodeSyntaxError', errorMessage: name + ': ' + message, stack: [], durationMs: 0 } });
      return;
    }
    var seen = 0;
    var pull = function () {
      var text = g.__lambdaReport(seen);
      var parsed = JSON.parse(typeof text === 'string' ? text : 'null');
      if (!parsed || typeof parsed !== 'object' || !Array.isArray(parsed.logs)) throw new Error('The handler replaced the sandbox report.');
      seen += parsed.logs.length;
      return parsed;
    };
    try {
      g.__lambdaStart(moduleFn, request.eventJson, request.contextJson, request.timeoutMs);
      for (;;) {
        await wait(0);
        var r = pull();
        if (r.logs.length) post({ kind: 'logs', id: id, logs: r.logs });
        if (r.done) { post({ kind: 'done', id: id, report: r.report }); return; }
        var next = g.__lambdaTimers();
        await wait(typeof next === 'number' && next >= 0 ? Math.min(next, 25) : 5);
      }
    } catch (e) {
      var text = 'Sandbox failure';
      try { text = String(e && e.message); } catch (x) { /* unreadable */ }
      post({ kind: 'done', id: id, report: { status: 'error', errorType: 'Runtime.ExitError', errorMessage: text, stack: [], durationMs: 0 } });
    }
  };
})()`;

/** Globals a browser worker should delete before running learner code (no network, no storage). */
export const BROWSER_WORKER_BLOCKED_GLOBALS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebTransport',
  'EventSource',
  'importScripts',
  'indexedDB',
  'caches',
  'BroadcastChannel',
  'Request',
  'Response',
] as const;

/** Turns the sandbox's final report (and the log lines gathered) into a runtime outcome. */
export function outcomeFromReport(report: SandboxReport, logs: LambdaConsoleLine[]): LambdaOutcome {
  if (report.status === 'error') {
    return { status: 'error', errorType: report.errorType, errorMessage: report.errorMessage, stack: report.stack, logs, durationMs: report.durationMs };
  }
  let result: unknown = null;
  try {
    result = JSON.parse(report.resultJson) as unknown;
  } catch {
    return { status: 'error', errorType: 'Runtime.InvalidResponse', errorMessage: 'The handler returned a value that is not JSON.', logs, durationMs: report.durationMs };
  }
  return { status: 'ok', result, logs, durationMs: report.durationMs };
}
