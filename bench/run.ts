/**
 * `npm run bench`: how long the engine takes for a typical sign-up and
 * sign-in, in-process and over HTTP, with the portable BigInt modPow and with
 * OpenSSL's. Prints a table; asserts nothing.
 *
 *   npm run bench                      # 200 flows per scenario after 20 warm-up flows
 *   npm run bench -- --flows 50 --srp 20 --warmup 5
 *
 * Scenarios:
 *  (a) SignUp → AdminConfirmSignUp → InitiateAuth (USER_PASSWORD_AUTH) → GetUser
 *      through the AWS SDK v3 with the in-process transport (test/support/sdk.ts);
 *  (b) the same flow through the AWS SDK v3 over HTTP against the endpoint on
 *      loopback, with its state file (each change is written and fsynced) and without;
 *  (c) SRP sign-in (USER_SRP_AUTH + PASSWORD_VERIFIER) through
 *      amazon-cognito-identity-js over HTTP: the server's time (engine time of
 *      InitiateAuth + RespondToAuthChallenge, from `sim.onCall`) and the wall
 *      time per sign-in (which includes the client's own SRP maths).
 */
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import {
  AdminConfirmSignUpCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  GetUserCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
import { createSimulator, cryptoRandom, systemClock, type CallRecord, type Simulator } from '../simulator';
import { bigintModPow } from '../simulator/crypto/srpGroup';
import { nativeModPow } from '../server/nativeModPow';
import { startEndpoint } from '../server/endpoint';
import { sdkClient } from '../test/support/sdk';

const PASSWORD = 'Bench-Passw0rd!';
const TARGET_FLOW_MS = 10;
const TARGET_SRP_SERVER_MS = 25;

interface Options {
  flows: number;
  srp: number;
  warmup: number;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { flows: 200, srp: 50, warmup: 20 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split('=', 2) : [argv[i], undefined];
    const value = Number(inline ?? argv[++i]);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${flag} needs a whole number`);
    if (flag === '--flows') opts.flows = value;
    else if (flag === '--srp') opts.srp = value;
    else if (flag === '--warmup') opts.warmup = value;
    else throw new Error(`Unknown option ${flag} (use --flows N, --srp N, --warmup N)`);
  }
  return opts;
}

type ModPowName = 'bigint' | 'native';
const MODPOW: Record<ModPowName, (b: bigint, e: bigint, m: bigint) => bigint> = { bigint: bigintModPow, native: nativeModPow };

function newSim(modPow: ModPowName): Simulator {
  return createSimulator({ clock: systemClock, random: cryptoRandom, crypto: { modPow: MODPOW[modPow] } });
}

interface Stats {
  n: number;
  mean: number;
  p50: number;
  p95: number;
}

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  return { n: s.length, mean: s.reduce((a, b) => a + b, 0) / (s.length || 1), p50: at(0.5), p95: at(0.95) };
}

/** Sums the engine time of the calls made while `fn` runs. */
async function withEngineTime(sim: Simulator, fn: () => Promise<void>): Promise<{ wall: number; engine: number }> {
  let engine = 0;
  const off = sim.onCall((r: CallRecord) => (engine += r.durationMs));
  const t = performance.now();
  try {
    await fn();
  } finally {
    off();
  }
  return { wall: performance.now() - t, engine };
}

async function setUpPool(client: CognitoIdentityProviderClient): Promise<{ poolId: string; clientId: string }> {
  const pool = await client.send(new CreateUserPoolCommand({ PoolName: 'bench' }));
  const poolId = pool.UserPool!.Id!;
  const app = await client.send(
    new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'bench', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }),
  );
  return { poolId, clientId: app.UserPoolClient!.ClientId! };
}

let userSeq = 0;

/** One SignUp → AdminConfirmSignUp → InitiateAuth → GetUser flow for a new user. */
async function flow(client: CognitoIdentityProviderClient, ids: { poolId: string; clientId: string }): Promise<void> {
  const Username = `user${++userSeq}`;
  await client.send(new SignUpCommand({ ClientId: ids.clientId, Username, Password: PASSWORD }));
  await client.send(new AdminConfirmSignUpCommand({ UserPoolId: ids.poolId, Username }));
  const auth = await client.send(new InitiateAuthCommand({ ClientId: ids.clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: Username, PASSWORD } }));
  const me = await client.send(new GetUserCommand({ AccessToken: auth.AuthenticationResult!.AccessToken }));
  if (me.Username !== Username) throw new Error('GetUser answered for the wrong user');
}

async function measureFlows(sim: Simulator, client: CognitoIdentityProviderClient, opts: Options): Promise<{ wall: Stats; engine: Stats }> {
  const ids = await setUpPool(client);
  for (let i = 0; i < opts.warmup; i++) await flow(client, ids);
  const wall: number[] = [];
  const engine: number[] = [];
  for (let i = 0; i < opts.flows; i++) {
    const t = await withEngineTime(sim, () => flow(client, ids));
    wall.push(t.wall);
    engine.push(t.engine);
  }
  return { wall: stats(wall), engine: stats(engine) };
}

function httpClient(url: string): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({ region: 'us-east-1', endpoint: url, credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' }, maxAttempts: 1 });
}

/** One amazon-cognito-identity-js SRP sign-in. */
function srpSignIn(url: string, poolId: string, clientId: string, username: string): Promise<void> {
  const pool = new CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint: url });
  const user = new CognitoUser({ Username: username, Pool: pool });
  return new Promise((resolve, reject) => {
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: PASSWORD }), {
      onSuccess: () => resolve(),
      onFailure: reject,
    });
  });
}

interface Row {
  scenario: string;
  modPow: ModPowName;
  what: string;
  s: Stats;
  target?: number;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const dir = await mkdtemp(path.join(tmpdir(), 'cognito-sandbox-bench-'));
  const rows: Row[] = [];
  const progress = (m: string) => process.stderr.write(`${m}\n`);
  try {
    for (const modPow of ['bigint', 'native'] as const) {
      {
        progress(`(a) in-process, ${modPow} …`);
        const sim = newSim(modPow);
        const r = await measureFlows(sim, sdkClient(sim), opts);
        rows.push({ scenario: '(a) SDK v3, in-process', modPow, what: 'ms/flow', s: r.wall, target: TARGET_FLOW_MS });
        rows.push({ scenario: '    engine time of those calls', modPow, what: 'ms/flow', s: r.engine });
      }
      for (const persist of [true, false]) {
        progress(`(b) HTTP${persist ? ' + state file' : ''}, ${modPow} …`);
        const sim = newSim(modPow);
        const ep = await startEndpoint({ port: 0, sim, statePath: persist ? path.join(dir, `state-${modPow}.json`) : undefined });
        const client = httpClient(ep.url);
        try {
          const r = await measureFlows(sim, client, opts);
          rows.push({ scenario: `(b) SDK v3, HTTP loopback${persist ? ', state file' : ', no state file'}`, modPow, what: 'ms/flow', s: r.wall, target: persist ? TARGET_FLOW_MS : undefined });
          rows.push({ scenario: '    engine time of those calls', modPow, what: 'ms/flow', s: r.engine });
        } finally {
          client.destroy();
          await ep.close();
        }
      }
      if (opts.srp > 0) {
        progress(`(c) SRP sign-in, ${modPow} …`);
        const sim = newSim(modPow);
        const ep = await startEndpoint({ port: 0, sim });
        const client = httpClient(ep.url);
        try {
          const ids = await setUpPool(client);
          await client.send(new SignUpCommand({ ClientId: ids.clientId, Username: 'srp-bench', Password: PASSWORD }));
          await client.send(new AdminConfirmSignUpCommand({ UserPoolId: ids.poolId, Username: 'srp-bench' }));
          const warm = Math.min(opts.warmup, 5);
          for (let i = 0; i < warm; i++) await srpSignIn(ep.url, ids.poolId, ids.clientId, 'srp-bench');
          const server: number[] = [];
          const wall: number[] = [];
          for (let i = 0; i < opts.srp; i++) {
            const t = await withEngineTime(sim, () => srpSignIn(ep.url, ids.poolId, ids.clientId, 'srp-bench'));
            server.push(t.engine);
            wall.push(t.wall);
          }
          rows.push({ scenario: '(c) SRP sign-in, server (engine) time', modPow, what: 'ms/sign-in', s: stats(server), target: TARGET_SRP_SERVER_MS });
          rows.push({ scenario: '    wall time incl. client SRP maths', modPow, what: 'ms/sign-in', s: stats(wall) });
        } finally {
          client.destroy();
          await ep.close();
        }
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  printTable(rows, opts);
}

function printTable(rows: Row[], opts: Options): void {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '-');
  const header = ['scenario', 'modPow', 'n', 'unit', 'mean', 'p50', 'p95', 'target', 'met'];
  const body = rows.map((r) => [
    r.scenario,
    r.modPow,
    String(r.s.n),
    r.what,
    f(r.s.mean),
    f(r.s.p50),
    f(r.s.p95),
    r.target !== undefined ? `≤ ${r.target}` : '',
    r.target === undefined ? '' : r.s.mean <= r.target ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 && i <= 6 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(`\nCognito Sandbox benchmark — Node ${process.version}, ${opts.flows} flows, ${opts.srp} SRP sign-ins, ${opts.warmup} warm-up (targets are on the mean)\n`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
  console.log('');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
