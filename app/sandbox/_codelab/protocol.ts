/**
 * Messages between the page and the code lab's worker.
 *
 * Page → worker: `run` (the transpiled script and the constants), then a
 * `fetch-result` for each request. Worker → page: `log` lines, `fetch`
 * requests for the engine, and one `done`.
 */
import type { LabHttpRequest, LabHttpResponse } from './forward';

/** Constants injected into learner code (declared for the editor in labTypes.ts). */
export interface LabConstants {
  REGION: string;
  POOL_ID: string;
  CLIENT_ID: string;
  /** The identity pool linked to the demo pool and client, if there is one. */
  IDENTITY_POOL_ID?: string;
}

export type LabLogLevel = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'system';

export type PageToWorker =
  | { kind: 'run'; script: string; constants: LabConstants; /** The sandbox's simulated time (epoch ms): the worker's Date starts there. */ clockMs: number }
  | { kind: 'fetch-result'; requestId: number; result: LabHttpResponse };

export type WorkerToPage =
  | { kind: 'log'; level: LabLogLevel; text: string }
  | { kind: 'fetch'; requestId: number; request: LabHttpRequest }
  | { kind: 'done'; ok: true }
  | { kind: 'done'; ok: false; error: { name: string; message: string } };
