/**
 * Every worked example, run the way the lab runs it (transpiled with
 * TypeScript, compiled by compileLab, the lab's require and constants)
 * against a sandbox store, with the real SDK and amazon-cognito-identity-js
 * talking through the simulated fetch.
 */
import * as identityProvider from '@aws-sdk/client-cognito-identity-provider';
import * as identity from '@aws-sdk/client-cognito-identity';
import { FetchHttpHandler } from '@smithy/fetch-http-handler';
import * as cognitoIdentityJs from 'amazon-cognito-identity-js';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seededRandom } from '@/simulator';
import { createSandboxStore, type SandboxStore } from '../_lib/sandboxStore';
import { userPoolProvider } from '../_identity/model';
import { labExample, LAB_EXAMPLES } from './examples';
import { formatArgs } from './format';
import { forwardAwsJson } from './forward';
import { compileLab, createLabRequire, SANDBOX_CREDENTIALS, type LabPackages } from './labModule';
import type { LabConstants } from './protocol';
import { simulatedDate } from './simulatedDate';
import { createSimulatedFetch } from './simulatedFetch';
import { transpileLab } from './transpile';

let store: SandboxStore;
let constants: LabConstants;
let labFetch: typeof fetch;

beforeAll(async () => {
  store = createSandboxStore({ startAt: Date.UTC(2026, 0, 1), random: seededRandom('code-lab-examples'), passwordHashIterations: 10 });
  await store.start();
  const pool = store.getSnapshot().pool!;
  constants = { REGION: 'us-east-1', POOL_ID: pool.userPoolId, CLIENT_ID: pool.clientId };
  labFetch = createSimulatedFetch('us-east-1', (request) => forwardAwsJson((t, i) => store.call(t, i), 'us-east-1', request));
  // amazon-cognito-identity-js and raw fetch use the globals, as in the worker (whose Date shows the simulated clock).
  vi.stubGlobal('fetch', labFetch);
  vi.stubGlobal('Date', simulatedDate(Date, store.getSnapshot().now!));
});

afterAll(() => {
  vi.unstubAllGlobals();
});

async function run(code: string): Promise<string> {
  const compiled = transpileLab(ts, code);
  if (!compiled.ok) throw new Error(compiled.error.message);
  const lines: string[] = [];
  const out = (...a: unknown[]) => lines.push(formatArgs(a));
  const require = createLabRequire({ identityProvider, identity, cognitoIdentityJs } as unknown as LabPackages, {
    region: constants.REGION,
    credentials: SANDBOX_CREDENTIALS,
    // In Node the SDK would use its HTTP handler; the browser build uses this fetch handler.
    requestHandler: new FetchHttpHandler({ customFetch: labFetch }),
  });
  await compileLab(compiled.script)({ require, console: { log: out, info: out, warn: out, error: out, debug: out }, constants });
  return lines.join('\n');
}

describe('the worked examples', () => {
  it('are all listed with distinct ids', () => {
    expect(new Set(LAB_EXAMPLES.map((e) => e.id)).size).toBe(LAB_EXAMPLES.length);
    expect(labExample('nope')).toBe(LAB_EXAMPLES[0]);
  });

  it('sign up, then confirm with the code from the inbox', async () => {
    const signUp = labExample('sign-up').code;
    expect(await run(signUp)).toMatch(/UserSub: [0-9a-f-]{36} · confirmed: false/);
    const code = /\d{6}/.exec(store.getSnapshot().outbox.at(-1)!.body ?? '')![0];
    expect(await run(signUp.replace("const CODE = '';", `const CODE = '${code}';`))).toContain('lab-learner is confirmed.');
    await expect(run(signUp)).rejects.toMatchObject({ name: 'UsernameExistsException', message: 'User already exists' });
  });

  it('sign in with USER_PASSWORD_AUTH and read the tokens', async () => {
    const out = await run(labExample('password-sign-in').code);
    expect(out).toContain('"cognito:username": "lab-learner"');
    expect(out).toContain('Access token scope: aws.cognito.signin.user.admin');
    expect(out).toContain('GetUser: lab-learner');
  });

  it('SRP sign-in with amazon-cognito-identity-js', async () => {
    const out = await run(labExample('srp-sign-in').code);
    expect(out).toContain('Signed in with SRP');
    expect(out).toContain('Session valid: true');
  }, 30_000);

  it('admin create user', async () => {
    const out = await run(labExample('admin-create-user').code);
    expect(out).toContain('Created: lab-admin-made FORCE_CHANGE_PASSWORD');
    expect(out).toContain('Users waiting for a new password: [\n  "lab-admin-made"\n]');
  });

  it('identity pool credentials (after an identity pool is created for the demo pool)', async () => {
    await expect(run(labExample('identity-pool').code)).rejects.toThrow(/Create an identity pool/);
    const T = 'AWSCognitoIdentityService.';
    const created = await store.call<{ IdentityPoolId: string }>(`${T}CreateIdentityPool`, {
      IdentityPoolName: 'lab',
      AllowUnauthenticatedIdentities: false,
      CognitoIdentityProviders: [{ ProviderName: userPoolProvider('us-east-1', constants.POOL_ID), ClientId: constants.CLIENT_ID, ServerSideTokenCheck: false }],
    });
    if (!created.ok) throw new Error(created.error.message);
    await store.call(`${T}SetIdentityPoolRoles`, { IdentityPoolId: created.value.IdentityPoolId, Roles: { authenticated: 'arn:aws:iam::123456789012:role/LabAuth' } });
    constants = { ...constants, IDENTITY_POOL_ID: created.value.IdentityPoolId };
    const out = await run(labExample('identity-pool').code);
    expect(out).toMatch(/IdentityId: us-east-1:[0-9a-f-]{36}/);
    expect(out).toMatch(/Temporary credentials: ASIA\w+ expire at/);
  });

  it('no network: fetch elsewhere is refused, the Cognito endpoint answers raw AWS JSON', async () => {
    const out = await run(labExample('network').code);
    expect(out).toContain('Refused: Failed to fetch: Network access is blocked in the code lab');
    expect(out).toContain('Raw AWS JSON 1.1 answer: 200');
    expect(out).toContain('"ClientName": "sandbox-web-app"');
  });
});
