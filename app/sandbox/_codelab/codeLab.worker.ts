/**
 * The code lab's Web Worker: the real AWS SDK for JavaScript v3 clients and
 * amazon-cognito-identity-js, and the learner's code, with no DOM, no storage
 * and no network. One worker per run; the page terminates it when the run
 * ends, when the time limit passes, or when Stop is pressed.
 *
 * The page sends `run` with the learner's code already transpiled to a
 * CommonJS body (transpile.ts). The worker compiles it (before locking down:
 * lockdown.ts disables code from strings), removes the network and storage
 * globals, installs the simulated `fetch` that forwards Cognito requests to
 * the page's engine, and runs it with a `require` that knows only the lab's
 * three packages. Bundled by Next (`new Worker(new URL(…))`), so it loads
 * from this site and nothing comes from a CDN.
 */
import './workerPrelude';
import * as identityProvider from '@aws-sdk/client-cognito-identity-provider';
import * as identity from '@aws-sdk/client-cognito-identity';
import * as cognitoIdentityJs from 'amazon-cognito-identity-js';
import { describeThrown, formatArgs } from './format';
import type { LabHttpResponse } from './forward';
import { compileLab, createLabRequire, SANDBOX_CREDENTIALS, type LabPackages } from './labModule';
import { lockDownWorkerGlobals } from './lockdown';
import type { LabConstants, LabLogLevel, PageToWorker, WorkerToPage } from './protocol';
import { simulatedDate } from './simulatedDate';
import { createSimulatedFetch } from './simulatedFetch';

/** How long the worker waits with nothing pending (no request, no timer) before it calls a run finished (ms). */
const QUIET_MS = 250;
const QUIET_POLL_MS = 50;

const scope = self as unknown as Record<string, unknown> & typeof globalThis;
const post = scope.postMessage.bind(scope) as (message: WorkerToPage) => void;
// Worker timers return numbers (Node's types, also in scope for the build, would say Timeout).
type TimerFn = (handler: unknown, ms?: number, ...args: unknown[]) => number;
const realSetTimeout = (scope.setTimeout as unknown as TimerFn).bind(scope);
const realClearTimeout = (scope.clearTimeout as (id?: number) => void).bind(scope);
const realSetInterval = (scope.setInterval as unknown as TimerFn).bind(scope);
const realClearInterval = (scope.clearInterval as (id?: number) => void).bind(scope);

let finished = false;
function finish(message: WorkerToPage & { kind: 'done' }): void {
  if (finished) return;
  finished = true;
  post(message);
}

function log(level: LabLogLevel, args: readonly unknown[]): void {
  if (!finished) post({ kind: 'log', level, text: formatArgs(args) });
}

// --- What keeps a run alive: requests in flight and timers ---
let inflight = 0;
const timers = new Set<number>();
const intervals = new Set<number>();

function trackTimers(): void {
  scope.setTimeout = ((handler: unknown, ms?: number, ...args: unknown[]) => {
    if (typeof handler !== 'function') return realSetTimeout(handler, ms);
    const id: number = realSetTimeout(() => {
      timers.delete(id);
      (handler as (...a: unknown[]) => void)(...args);
    }, ms);
    timers.add(id);
    return id;
  }) as typeof setTimeout;
  scope.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    realClearTimeout(id);
  }) as typeof clearTimeout;
  scope.setInterval = ((handler: unknown, ms?: number, ...args: unknown[]) => {
    const id = realSetInterval(handler, ms, ...args);
    intervals.add(id);
    return id;
  }) as typeof setInterval;
  scope.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    realClearInterval(id);
  }) as typeof clearInterval;
}

/** Resolves once nothing has been pending for {@link QUIET_MS}. */
function whenQuiet(): Promise<void> {
  return new Promise((resolve) => {
    let quietFor = 0;
    const poll = () => {
      quietFor = inflight === 0 && timers.size === 0 && intervals.size === 0 ? quietFor + QUIET_POLL_MS : 0;
      if (quietFor >= QUIET_MS) resolve();
      else realSetTimeout(poll, QUIET_POLL_MS);
    };
    realSetTimeout(poll, QUIET_POLL_MS);
  });
}

// --- Requests to the page's engine ---
let nextRequestId = 1;
const pending = new Map<number, (result: LabHttpResponse) => void>();

const labConsole = Object.freeze({
  log: (...a: unknown[]) => log('log', a),
  info: (...a: unknown[]) => log('info', a),
  warn: (...a: unknown[]) => log('warn', a),
  error: (...a: unknown[]) => log('error', a),
  debug: (...a: unknown[]) => log('debug', a),
  trace: (...a: unknown[]) => log('debug', a),
  dir: (v: unknown) => log('log', [v]),
  table: (v: unknown) => log('log', [v]),
});

function run(script: string, constants: LabConstants, clockMs: number): void {
  let body: ReturnType<typeof compileLab>;
  try {
    // The worker is loaded by URL, so the page's CSP (no 'unsafe-eval') does not apply here: compiling with
    // Function works. It happens before lockDownWorkerGlobals, which then disables every way to run code from a
    // string, so the learner's code cannot itself compile more code (see lockdown.ts).
    body = compileLab(script);
  } catch (e) {
    finish({ kind: 'done', ok: false, error: describeThrown(e) });
    return;
  }
  const region = constants.REGION;
  const fetchImpl = createSimulatedFetch(
    region,
    (request) =>
      new Promise<LabHttpResponse>((resolve) => {
        const requestId = nextRequestId++;
        inflight++;
        pending.set(requestId, (result) => {
          inflight--;
          resolve(result);
        });
        post({ kind: 'fetch', requestId, request });
      }),
    (url, reason) => log('system', [`Request to ${url} refused: ${reason}`]),
  );
  trackTimers();
  if (Number.isFinite(clockMs)) scope.Date = simulatedDate(Date, clockMs);
  scope.console = labConsole as unknown as Console;
  lockDownWorkerGlobals(scope, fetchImpl);
  const require = createLabRequire(
    { identityProvider, identity, cognitoIdentityJs } as unknown as LabPackages,
    { region, credentials: SANDBOX_CREDENTIALS },
  );
  let main: Promise<unknown>;
  try {
    main = body({ require, console: labConsole, constants });
  } catch (e) {
    finish({ kind: 'done', ok: false, error: describeThrown(e) });
    return;
  }
  main.then(
    () => whenQuiet().then(() => finish({ kind: 'done', ok: true })),
    (e: unknown) => finish({ kind: 'done', ok: false, error: describeThrown(e) }),
  );
}

scope.addEventListener('error', (event: ErrorEvent) => {
  event.preventDefault();
  finish({ kind: 'done', ok: false, error: describeThrown(event.error ?? { name: 'Error', message: event.message }) });
});
scope.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
  event.preventDefault();
  finish({ kind: 'done', ok: false, error: describeThrown(event.reason) });
});

let started = false;
scope.addEventListener('message', (event: MessageEvent<PageToWorker>) => {
  const message = event.data;
  if (!message || typeof message !== 'object') return;
  if (message.kind === 'run' && !started) {
    started = true;
    run(message.script, message.constants, message.clockMs);
  } else if (message.kind === 'fetch-result') {
    const resolve = pending.get(message.requestId);
    pending.delete(message.requestId);
    resolve?.(message.result);
  }
});
