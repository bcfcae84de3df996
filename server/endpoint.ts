/**
 * The Cognito Sandbox engine served over HTTP, so real clients (the AWS CLI,
 * the AWS SDKs, amazon-cognito-identity-js in a page, aws-jwt-verify) can talk
 * to it as they talk to `https://cognito-idp.{region}.amazonaws.com/`.
 *
 *   npm run endpoint                       # http://127.0.0.1:9229, state in ./.endpoint-state.json
 *   npm run endpoint -- --port 9300 --state /tmp/pools.json
 *
 * Protocol (AWS JSON 1.1): `POST /` with `X-Amz-Target:
 * AWSCognitoIdentityProviderService.<Operation>` and a JSON body; success is
 * 200 with a JSON body, an error is 400 (500 for InternalErrorException) with
 * `{"__type","message"}` and the `x-amzn-ErrorType` header. Also served:
 * `GET /{userPoolId}/.well-known/jwks.json`, `GET
 * /{userPoolId}/.well-known/openid-configuration` and a status page at `GET /`,
 * and the pools' OAuth 2.0 endpoints (`/oauth2/*`, `/login`, `/logout`: see
 * `oauthRoutes.ts`).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSimulator, cryptoRandom, isCognitoError, supportedTargets, systemClock, type LambdaRuntime, type Simulator } from '../simulator';
import { createNodeLambdaRuntime, type NodeLambdaRuntime } from './lambdaRuntime';
import { TARGET_PREFIX } from '../simulator/core/context';
import type { SimState } from '../simulator/core/model';
import { nativeModPow } from './nativeModPow';
import { isOAuthPath, serveOAuth } from './oauthRoutes';
import { loadStateFile, StateFileError, StateSaver } from './stateFile';

export { StateFileError } from './stateFile';

export const DEFAULT_PORT = 9229;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_STATE_FILE = '.endpoint-state.json';
/** Without syncWrites, changes made within this many ms share one state write. */
export const DEFAULT_WRITE_DELAY_MS = 50;
/** Largest request body accepted (bytes). Cognito's largest inputs are far smaller. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const JSON_11 = 'application/x-amz-json-1.1';
/** Headers browsers may read from our answers (the ones Cognito exposes). */
const EXPOSED_HEADERS = 'x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date';
/** Headers clients send that a preflight must allow when the browser does not list them. */
const ALLOWED_HEADERS = 'Content-Type,X-Amz-Target,X-Amz-User-Agent,X-Amz-Date,X-Amz-Security-Token,X-Amz-Content-Sha256,Authorization,Amz-Sdk-Invocation-Id,Amz-Sdk-Request,Cache-Control';

const VERSION: string = (() => {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
})();

export interface EndpointOptions {
  /** TCP port (0 picks a free one). Default 9229. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /**
   * JSON state file: loaded at start (a damaged or foreign file is refused
   * with {@link StateFileError}) and rewritten atomically after every call
   * that changed the state. Without it nothing is persisted.
   */
  statePath?: string;
  /**
   * The engine to serve. Default: a new one on the system clock with crypto
   * randomness and OpenSSL modPow. When a state file exists it is imported
   * into this engine.
   */
  sim?: Simulator;
  /** Largest request body in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /**
   * Answer a state-changing call only once its state is on disk (fsynced).
   * Default false: the answer does not wait, and the changes of the next
   * {@link DEFAULT_WRITE_DELAY_MS} ms are gathered into one write, which
   * keeps calls fast (one write with fsync takes about 9 ms here); a hard
   * crash can then lose the calls of that last moment, never the last good
   * file. Ctrl-C and {@link RunningEndpoint.close} write everything first.
   */
  syncWrites?: boolean;
  /** Called with one line per request (the CLI prints them). */
  log?: (line: string) => void;
}

export interface RunningEndpoint {
  /** `http://host:port`, to pass as `endpoint` / `--endpoint-url`. */
  url: string;
  port: number;
  sim: Simulator;
  server: http.Server;
  /** Resolves once every state change so far is on disk. */
  flush(): Promise<void>;
  /** Stops listening, closes open connections and waits for pending state writes. */
  close(): Promise<void>;
}

/** Creates the engine the endpoint uses when none is given. */
export function createEndpointSimulator(snapshot?: unknown, lambdaRuntime?: LambdaRuntime): Simulator {
  return createSimulator({ clock: systemClock, random: cryptoRandom, crypto: { modPow: nativeModPow }, snapshot, lambdaRuntime });
}

/** Starts the endpoint; resolves once it listens. */
export async function startEndpoint(opts: EndpointOptions = {}): Promise<RunningEndpoint> {
  const host = opts.host ?? DEFAULT_HOST;
  const statePath = opts.statePath ? path.resolve(opts.statePath) : undefined;
  const loaded = statePath ? await loadStateFile(statePath) : undefined;
  let sim: Simulator;
  // Lambda triggers named in a pool's LambdaConfig run in worker threads (server/lambdaRuntime.ts).
  let lambdaRuntime: NodeLambdaRuntime | undefined;
  if (opts.sim) {
    sim = opts.sim;
    if (loaded) await sim.importState(loaded);
  } else {
    lambdaRuntime = createNodeLambdaRuntime();
    sim = createEndpointSimulator(loaded, lambdaRuntime);
  }
  const saver = statePath ? new StateSaver(statePath, () => sim.state as SimState) : undefined;
  // A state just loaded from the file is already on disk, and a new empty account need not be written
  // until something changes; a given engine's state is written at the first change or at close.
  if (saver && (loaded || !opts.sim)) saver.markSaved(sim.state);

  const handler = createRequestHandler({ sim, saver, syncWrites: opts.syncWrites ?? false, maxBodyBytes: opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, log: opts.log });
  const server = http.createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    sim,
    server,
    async flush() {
      if (saver?.dirty) await saver.save();
      await saver?.flush();
    },
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Idle keep-alive connections close now; calls in flight get a second to finish.
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), 1000).unref();
        });
        if (saver?.dirty) await saver.save().catch((e: unknown) => console.error(`Could not save the state to ${saver.statePath}: ${(e as Error).message}`));
        await saver?.flush();
        await lambdaRuntime?.close();
      })();
      return closing;
    },
  };
}

interface HandlerDeps {
  sim: Simulator;
  saver?: StateSaver;
  /** Wait for the state write before answering (see {@link EndpointOptions.syncWrites}). */
  syncWrites?: boolean;
  maxBodyBytes: number;
  log?: (line: string) => void;
}

class BodyTooLarge extends Error {}

/** Reads the whole request body, refusing more than `limit` bytes. */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A header value HTTP can carry (printable ASCII). */
const headerSafe = (s: string): string => s.replace(/[^\x20-\x7e]/g, '?').slice(0, 1024);

/** On every answer, as Cognito sends them: any origin may call, and read our headers. */
const CORS_HEADERS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': EXPOSED_HEADERS } as const;

function send(req: http.IncomingMessage, res: http.ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  const data = Buffer.from(body, 'utf8');
  res.writeHead(status, { ...CORS_HEADERS, 'Content-Length': String(data.length), ...headers });
  res.end(req.method === 'HEAD' ? undefined : data);
}

function sendAwsJson(req: http.IncomingMessage, res: http.ServerResponse, requestId: string, status: number, payload: unknown): void {
  send(req, res, status, JSON.stringify(payload), { 'Content-Type': JSON_11, 'x-amzn-RequestId': requestId });
}

function sendAwsError(req: http.IncomingMessage, res: http.ServerResponse, requestId: string, status: number, type: string, message: string): void {
  send(req, res, status, JSON.stringify({ __type: type, message }), {
    'Content-Type': JSON_11,
    'x-amzn-RequestId': requestId,
    'x-amzn-ErrorType': `${type}:`,
    'x-amzn-ErrorMessage': headerSafe(message),
  });
}

const SERVICE_TARGET = new RegExp(`^(${Object.values(TARGET_PREFIX).join('|')})\\.\\w+$`);
const WELL_KNOWN = /^\/([^/]+)\/\.well-known\/(jwks\.json|openid-configuration)$/;

/** The HTTP request handler (exported for embedding in another server). */
export function createRequestHandler(deps: HandlerDeps): http.RequestListener {
  const { sim, saver, maxBodyBytes, log } = deps;

  /** Saves the state if the call changed it; waits for the write only with syncWrites. */
  async function persist(): Promise<void> {
    if (!saver?.dirty) return;
    const saving = saver.save(deps.syncWrites ? 0 : DEFAULT_WRITE_DELAY_MS).catch((e: unknown) => {
      // The call itself succeeded; the state stays in memory and the next change retries the write.
      console.error(`Could not save the state to ${saver.statePath}: ${(e as Error).message}`);
    });
    if (deps.syncWrites) await saving;
  }

  async function handleCall(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const requestId = randomUUID();
    const started = performance.now();
    const target = String(req.headers['x-amz-target'] ?? '');
    const done = (status: number, what: string) => log?.(`POST ${target || '(no X-Amz-Target)'} → ${status} ${what} (${(performance.now() - started).toFixed(1)} ms)`);
    let raw: Buffer;
    try {
      raw = await readBody(req, maxBodyBytes);
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        sendAwsError(req, res, requestId, 413, 'SerializationException', `Request body is larger than ${maxBodyBytes} bytes.`);
        done(413, 'SerializationException');
        return;
      }
      throw e;
    }
    let input: unknown = {};
    const text = raw.toString('utf8');
    if (text.trim() !== '') {
      try {
        input = JSON.parse(text);
      } catch {
        sendAwsError(req, res, requestId, 400, 'SerializationException', 'The request body is not valid JSON.');
        done(400, 'SerializationException');
        return;
      }
    }
    // Over HTTP the target must name the service, as AWS requires (the engine also takes bare names in-process).
    if (!SERVICE_TARGET.test(target)) {
      sendAwsError(req, res, requestId, 400, 'UnknownOperationException', target ? `Unknown operation ${target}` : 'Missing X-Amz-Target');
      done(400, 'UnknownOperationException');
      return;
    }
    try {
      const output = await sim.call(target, input);
      await persist();
      sendAwsJson(req, res, requestId, 200, output ?? {});
      done(200, 'OK');
    } catch (e) {
      const err = isCognitoError(e) ? e : undefined;
      const type = err?.name ?? 'InternalErrorException';
      const message = err?.message ?? 'An internal error occurred.';
      if (type === 'InternalErrorException') console.error(`InternalErrorException for ${target}:`, (e as { cause?: unknown }).cause ?? e);
      sendAwsError(req, res, requestId, err?.statusCode ?? 500, type, message);
      done(err?.statusCode ?? 500, type);
    }
  }

  /** The hosted sign-in and OAuth 2.0 endpoints (server/oauthRoutes.ts, answered by `sim.oauth`). */
  async function handleOAuth(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = performance.now();
    let body: Buffer;
    try {
      body = req.method === 'POST' ? await readBody(req, maxBodyBytes) : Buffer.alloc(0);
    } catch (e) {
      if (!(e instanceof BodyTooLarge)) throw e;
      res.setHeader('Connection', 'close');
      send(req, res, 413, JSON.stringify({ error: 'invalid_request', error_description: `Request body is larger than ${maxBodyBytes} bytes.` }), { 'Content-Type': 'application/json; charset=utf-8' });
      return;
    }
    const status = await serveOAuth(sim, req, res, baseUrlOf(req), body.toString('utf8'));
    await persist();
    log?.(`${req.method} ${req.url} → ${status} (${(performance.now() - started).toFixed(1)} ms)`);
  }

  function handleGet(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    if (pathname === '/' || pathname === '/index.html') {
      const wantsJson = /application\/json/.test(String(req.headers.accept ?? '')) && !/text\/html/.test(String(req.headers.accept ?? ''));
      const info = statusInfo(sim, baseUrlOf(req));
      if (wantsJson) send(req, res, 200, JSON.stringify(info, null, 2), { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      else send(req, res, 200, statusPage(info), { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      return;
    }
    const m = WELL_KNOWN.exec(pathname);
    if (m) {
      let poolId: string;
      try {
        poolId = decodeURIComponent(m[1]);
      } catch {
        poolId = m[1];
      }
      try {
        const body = m[2] === 'jwks.json' ? sim.jwks(poolId) : sim.openIdConfiguration(poolId, baseUrlOf(req));
        send(req, res, 200, JSON.stringify(body), { 'Content-Type': 'application/json; charset=utf-8' });
      } catch (e) {
        if (!isCognitoError(e)) throw e;
        send(req, res, 404, JSON.stringify({ message: e.message }), { 'Content-Type': 'application/json; charset=utf-8' });
      }
      return;
    }
    send(req, res, 404, JSON.stringify({ message: `Not found: ${pathname}` }), { 'Content-Type': 'application/json; charset=utf-8' });
  }

  return (req, res) => {
    const fail = (e: unknown) => {
      console.error('Endpoint error:', e);
      if (!res.headersSent) sendAwsError(req, res, randomUUID(), 500, 'InternalErrorException', 'An internal error occurred.');
      else res.destroy();
    };
    try {
      const pathname = new URL(req.url ?? '/', 'http://endpoint.invalid').pathname;
      switch (req.method) {
        case 'OPTIONS':
          res.writeHead(200, {
            ...CORS_HEADERS,
            'Access-Control-Allow-Methods': 'GET, HEAD, POST, OPTIONS',
            'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? ALLOWED_HEADERS,
            'Access-Control-Max-Age': '172800',
            'Content-Length': '0',
          });
          res.end();
          return;
        case 'POST':
          if (isOAuthPath(pathname)) handleOAuth(req, res).catch(fail);
          else handleCall(req, res).catch(fail);
          return;
        case 'GET':
          if (isOAuthPath(pathname)) {
            handleOAuth(req, res).catch(fail);
            return;
          }
          handleGet(req, res, pathname);
          return;
        case 'HEAD':
          handleGet(req, res, pathname);
          return;
        default:
          send(req, res, 405, JSON.stringify({ message: `Method ${req.method} is not allowed.` }), { 'Content-Type': 'application/json; charset=utf-8', Allow: 'GET, HEAD, POST, OPTIONS' });
      }
    } catch (e) {
      fail(e);
    }
  };
}

/** `http://host:port` as the client reached us (for the discovery document's jwks_uri). */
function baseUrlOf(req: http.IncomingMessage): string {
  const hostHeader = req.headers.host;
  if (hostHeader && /^[\w.:[\]-]+$/.test(hostHeader)) return `http://${hostHeader}`;
  const addr = req.socket.address() as AddressInfo;
  return `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`;
}

export interface EndpointStatus {
  name: string;
  version: string;
  region: string;
  userPools: number;
  users: number;
  endpoint: string;
  supportedTargets: string[];
}

/** What the status page shows. */
export function statusInfo(sim: Simulator, endpoint: string): EndpointStatus {
  const pools = Object.values(sim.state.userPools);
  return {
    name: 'Cognito Sandbox endpoint',
    version: VERSION,
    region: sim.region,
    userPools: pools.length,
    users: pools.reduce((n, p) => n + Object.keys(p.users).length, 0),
    endpoint,
    supportedTargets: supportedTargets(),
  };
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function statusPage(info: EndpointStatus): string {
  const e = escapeHtml;
  const targets = info.supportedTargets.length ? info.supportedTargets.map((t) => `<li><code>${e(t)}</code></li>`).join('\n') : '<li>(none yet)</li>';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${e(info.name)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}code{font-size:90%}</style></head>
<body>
<h1>${e(info.name)}</h1>
<p>A simulated Amazon Cognito (user pools), speaking AWS JSON 1.1. Version ${e(info.version)}; region ${e(info.region)}.</p>
<p><strong>${info.userPools}</strong> user pool(s), <strong>${info.users}</strong> user(s).</p>
<p>Point a client at <code>${e(info.endpoint)}</code>, for example
<code>aws cognito-idp list-user-pools --max-results 10 --endpoint-url ${e(info.endpoint)}</code>.</p>
<h2>Supported targets (${info.supportedTargets.length})</h2>
<ul>
${targets}
</ul>
</body>
</html>
`;
}

interface CliOptions {
  port: number;
  host: string;
  statePath: string;
}

const USAGE = `Usage: npm run endpoint -- [--port N] [--host ADDRESS] [--state FILE]

  --port N       TCP port (default ${DEFAULT_PORT}, or $PORT)
  --host ADDRESS interface to listen on (default ${DEFAULT_HOST})
  --state FILE   JSON state file (default ${DEFAULT_STATE_FILE}, or $COGNITO_SANDBOX_STATE)
  --sync-writes  answer a changing call only after its state is fsynced (slower)
  --quiet        do not print a line per request`;

/** Parses the command line (flags win over the environment). Throws with a message on bad input. */
export function parseCliArgs(argv: string[], env: Record<string, string | undefined> = process.env): CliOptions & { help: boolean; quiet: boolean; syncWrites: boolean } {
  const out = { port: DEFAULT_PORT, host: DEFAULT_HOST, statePath: env.COGNITO_SANDBOX_STATE || DEFAULT_STATE_FILE, help: false, quiet: false, syncWrites: false };
  let port = env.PORT;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--port' || flag === '-p') port = value();
    else if (flag === '--state') out.statePath = value();
    else if (flag === '--host') out.host = value();
    else if (flag === '--quiet' || flag === '-q') out.quiet = true;
    else if (flag === '--sync-writes') out.syncWrites = true;
    else if (flag === '--help' || flag === '-h') out.help = true;
    else throw new Error(`Unknown option ${arg}`);
  }
  if (port !== undefined && port !== '') {
    if (!/^\d+$/.test(port) || Number(port) > 65535) throw new Error(`Invalid port ${port}`);
    out.port = Number(port);
  }
  return out;
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parseCliArgs>;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  let endpoint: RunningEndpoint;
  try {
    endpoint = await startEndpoint({
      port: args.port,
      host: args.host,
      statePath: args.statePath,
      syncWrites: args.syncWrites,
      log: args.quiet ? undefined : (line) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`),
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (e instanceof StateFileError) console.error(e.message);
    else if (err.code === 'EADDRINUSE') console.error(`Port ${args.port} on ${args.host} is already in use; pick another with --port N.`);
    else console.error(`Could not start the endpoint: ${err.message}`);
    process.exit(1);
  }
  const pools = Object.keys(endpoint.sim.state.userPools).length;
  console.log(`Cognito Sandbox endpoint on ${endpoint.url}`);
  console.log(`State file: ${path.resolve(args.statePath)} (${pools} user pool${pools === 1 ? '' : 's'} loaded)`);
  const stop = () => {
    endpoint.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Run as a program (`tsx server/endpoint.ts`), not when imported by tests or the benchmark.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) void main();
