import { beforeAll, describe, expect, it, vi } from 'vitest';
import { seededRandom } from '@/simulator';
import { createSandboxStore, type SandboxStore } from './sandboxStore';

// A scenario that fails part-way leaves nothing behind: not in the engine, and
// not in the API call log either (the calls it made before failing leave the
// log, as they do when a step is undone).

vi.mock('@/content/presets/replay', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/content/presets/replay')>();
  return {
    ...original,
    // Makes one real call (it is logged), then fails like a refused preset step.
    replayPreset: async (engine: import('@/content/presets/replay').PresetEngine) => {
      await engine.call('CreateUserPool', { PoolName: 'half-made' });
      throw new Error('step 2 was refused');
    },
  };
});

const START = Date.UTC(2026, 0, 1, 9, 0, 0);
let store: SandboxStore;
const ops = () => store.getSnapshot().calls.map((c) => c.operation);

beforeAll(async () => {
  store = createSandboxStore({ startAt: START, random: seededRandom('preset-failure'), passwordHashIterations: 1 });
  await store.start();
});

describe('a scenario that fails part-way', () => {
  it('puts back the state and the call log as they were', async () => {
    const clientId = store.getSnapshot().pool!.clientId;
    const signUp = await store.call('SignUp', { ClientId: clientId, Username: 'ann', Password: 'Correct-Horse-9', UserAttributes: [{ Name: 'email', Value: 'ann@example.com' }] });
    expect(signUp.ok).toBe(true);
    const callsBefore = store.getSnapshot().calls;
    const poolsBefore = Object.keys(store.simulator!.state.userPools);
    expect(ops()).toEqual(['CreateUserPool', 'CreateUserPoolClient', 'SignUp']);

    const out = await store.loadPreset('mfa-required');
    expect(out).toMatchObject({ ok: false, error: { message: 'step 2 was refused' } });

    expect(store.getSnapshot().calls).toBe(callsBefore);
    expect(ops()).toEqual(['CreateUserPool', 'CreateUserPoolClient', 'SignUp']);
    expect(Object.keys(store.simulator!.state.userPools)).toEqual(poolsBefore);
    expect(store.getSnapshot().undoLabels).toEqual(['SignUp']);
  });
});
