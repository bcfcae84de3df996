import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '@/simulator';
import { HOUR_MS } from '@/simulator/facts';
import { createSandboxStore, INITIAL_SNAPSHOT, MAX_CALLS, type SandboxStore } from './sandboxStore';

const START = Date.UTC(2026, 0, 1, 9, 0, 0);
const PASSWORD = 'Correct-Horse-9';
// Signing up, confirming and signing in go through the page's flows: see ../_flows/flowRuntime.test.ts.

// One store (one pool: three RSA keys) shared by the tests in order, as a learner would use the page.
let store: SandboxStore;
let changes = 0;

beforeAll(async () => {
  store = createSandboxStore({ startAt: START, random: seededRandom('sandbox-store-test') });
  store.subscribe(() => changes++);
  expect(store.getSnapshot()).toBe(INITIAL_SNAPSHOT);
  await Promise.all([store.start(), store.start()]);
});

const lastCall = () => store.getSnapshot().calls.at(-1);

describe('sandbox store', () => {
  it('creates the demo pool and app client through the engine, once', () => {
    const s = store.getSnapshot();
    expect(s.status).toBe('ready');
    expect(s.setupError).toBeUndefined();
    expect(s.now).toBe(START);
    expect(s.calls.map((c) => [c.operation, c.error?.__type ?? 'ok'])).toEqual([
      ['CreateUserPool', 'ok'],
      ['CreateUserPoolClient', 'ok'],
    ]);
    expect(s.calls[0].request).toMatchObject({ AutoVerifiedAttributes: ['email'] });
    expect(s.calls[0].request).not.toHaveProperty('UsernameAttributes');
    expect(s.pool?.userPoolId).toMatch(/^us-east-1_[0-9a-zA-Z]+$/);
    expect(s.pool?.clientId).toBeTruthy();
    expect([...(s.pool?.explicitAuthFlows ?? [])].sort()).toEqual(['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH']);
    expect(s.pool?.passwordPolicy?.MinimumLength).toBeGreaterThan(0);
    expect(store.simulator?.state.userPools[s.pool!.userPoolId].clients[s.pool!.clientId].config.ClientSecret).toBeUndefined();
    expect(changes).toBeGreaterThan(0);
  });

  it("returns the engine's refusal with AWS's type and message, and logs it", async () => {
    const before = store.getSnapshot();
    const out = await store.call('SignUp', { ClientId: before.pool!.clientId, Username: 'weak', Password: 'password', UserAttributes: [{ Name: 'email', Value: 'weak@example.com' }] });
    expect(out).toEqual({ ok: false, error: { name: 'InvalidPasswordException', message: expect.stringMatching(/^Password did not conform with policy: /) } });
    expect(lastCall()).toMatchObject({ operation: 'SignUp', error: { __type: 'InvalidPasswordException' } });
    expect(store.getSnapshot().outbox).toHaveLength(0);
    expect(store.getSnapshot()).not.toBe(before);
  });

  it('moves the simulated clock forward (and only forward)', () => {
    const start = store.getSnapshot().now!;
    store.advanceClock(HOUR_MS);
    expect(store.getSnapshot().now).toBe(start + HOUR_MS);
    store.advanceClock(-HOUR_MS);
    expect(store.getSnapshot().now).toBe(start + HOUR_MS);
  });

  it('keeps only the most recent calls in the log', async () => {
    for (let i = 0; i < MAX_CALLS + 5; i++) await store.call('NoSuchOperation', {});
    const { calls } = store.getSnapshot();
    expect(calls).toHaveLength(MAX_CALLS);
    expect(calls.at(-1)).toMatchObject({ error: { __type: 'UnknownOperationException' } });
    expect(calls.some((c) => c.operation === 'CreateUserPool')).toBe(false);
  });
});

describe('a store that has not started', () => {
  it('refuses actions without calling anything', async () => {
    const idle = createSandboxStore({ startAt: START });
    const out = await idle.call('SignUp', { ClientId: 'x', Username: 'a', Password: PASSWORD });
    expect(out).toMatchObject({ ok: false, error: { name: 'SandboxNotReady' } });
    idle.advanceClock(HOUR_MS);
    expect(idle.getSnapshot()).toBe(INITIAL_SNAPSHOT);
  });
});
