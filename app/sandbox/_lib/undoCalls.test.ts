import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '@/simulator';
import { HOUR_MS } from '@/simulator/facts';
import { auditLog } from '../_inspect/audit';
import { poolMetrics } from '../_inspect/metrics';
import { createSandboxStore, type SandboxStore } from './sandboxStore';

// Undo rewinds the API call log with the state: the calls of an undone step leave the
// log, so the audit view and the metrics (both computed from the log) match what the
// restored pool holds.

const START = Date.UTC(2026, 0, 1, 9, 0, 0);
let store: SandboxStore;
const ops = () => store.getSnapshot().calls.map((c) => c.operation);
const clientId = () => store.getSnapshot().pool!.clientId;
const signUp = (username: string) => store.call('SignUp', { ClientId: clientId(), Username: username, Password: 'Correct-Horse-9', UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }] });

beforeAll(async () => {
  store = createSandboxStore({ startAt: START, random: seededRandom('undo-calls'), passwordHashIterations: 1 });
  await store.start();
});

describe('undo and the call log', () => {
  it('takes an undone call out of the log, the audit view and the metrics', async () => {
    expect(ops()).toEqual(['CreateUserPool', 'CreateUserPoolClient']);
    expect((await signUp('ann')).ok).toBe(true);
    expect(poolMetrics(store.getSnapshot().calls).signUp.successes).toBe(1);

    expect(await store.undo()).toEqual({ ok: true, value: { label: 'SignUp' } });
    expect(ops()).toEqual(['CreateUserPool', 'CreateUserPoolClient']);
    expect(poolMetrics(store.getSnapshot().calls).signUp).toMatchObject({ successes: 0, samples: 0 });
    expect(auditLog(store.getSnapshot().calls).map((e) => e.eventName)).not.toContain('SignUp');
    expect(Object.keys(store.simulator!.state.userPools[store.getSnapshot().pool!.userPoolId].users)).toEqual([]);
  });

  it('also drops refused calls made after the restored point, and keeps the calls before it', async () => {
    expect((await signUp('bob')).ok).toBe(true);
    store.advanceClock(HOUR_MS);
    // A refusal changes nothing, so it is no undo step of its own: it belongs to the step after the clock move.
    expect((await signUp('bob')).ok).toBe(false);
    expect(ops()).toEqual(['CreateUserPool', 'CreateUserPoolClient', 'SignUp', 'SignUp']);

    await store.undo(); // the clock move, and the refused call made after it
    expect(ops()).toEqual(['CreateUserPool', 'CreateUserPoolClient', 'SignUp']);
    expect(store.getSnapshot().now).toBe(START);
    const metrics = poolMetrics(store.getSnapshot().calls);
    expect(metrics.signUp).toMatchObject({ successes: 1, failures: 0 });
    expect(metrics.totalErrors).toBe(0);
  });

  it('brings the log back when a reset is undone', async () => {
    const before = store.getSnapshot().calls;
    expect((await store.reset()).ok).toBe(true);
    expect(ops()).toEqual(['CreateUserPool', 'CreateUserPoolClient']);
    await store.undo();
    expect(store.getSnapshot().calls).toBe(before);
  });
});
