import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '@/simulator';
import { HOUR_MS } from '@/simulator/facts';
import { createSandboxStore, type SandboxPersistence, type SandboxStore } from '../_lib/sandboxStore';
import { envelopeFromFragment, envelopeToFragment, exportFileName, makeEnvelope, parseEnvelope, type SandboxEnvelope } from './envelope';
import { SandboxClock } from './sandboxClock';

const START = Date.UTC(2026, 0, 1, 9, 0, 0);

function memory(): SandboxPersistence & { text: string | null } {
  return {
    text: null,
    load() {
      return this.text;
    },
    save(text) {
      this.text = text;
    },
  };
}

const opts = (extra: Parameters<typeof createSandboxStore>[0] = {}) => ({ startAt: START, random: seededRandom('workspace'), passwordHashIterations: 1, saveDelayMs: 0, ...extra });
const users = (store: SandboxStore) => Object.keys(store.simulator!.state.userPools[store.getSnapshot().pool!.userPoolId].users).sort();
const poolId = (store: SandboxStore) => store.getSnapshot().pool!.userPoolId;

async function createUser(store: SandboxStore, username: string) {
  const out = await store.call('AdminCreateUser', { UserPoolId: poolId(store), Username: username, MessageAction: 'SUPPRESS' });
  expect(out.ok).toBe(true);
}

describe('envelope', () => {
  const envelope = makeEnvelope({ clockMs: START, snapshot: { version: 1 }, ui: {} });

  it('accepts its own format and round-trips through a share-link fragment', () => {
    expect(parseEnvelope(JSON.stringify(envelope))).toEqual({ ok: true, envelope });
    const fragment = envelopeToFragment(envelope);
    expect(fragment).toMatch(/^#state=[A-Za-z0-9+\-$]+$/);
    expect(envelopeFromFragment(fragment)).toEqual({ ok: true, envelope });
    expect(envelopeFromFragment('#other')).toBeUndefined();
  });

  it('says clearly why something cannot be opened', () => {
    expect(parseEnvelope('{oops')).toEqual({ ok: false, message: expect.stringMatching(/not valid JSON/) });
    expect(parseEnvelope({ hello: 1 })).toEqual({ ok: false, message: expect.stringMatching(/not a saved Cognito Sandbox state/) });
    expect(parseEnvelope([1])).toMatchObject({ ok: false });
    expect(parseEnvelope({ ...envelope, version: 2 })).toEqual({ ok: false, message: expect.stringMatching(/format version 2.*reads version 1/) });
    expect(parseEnvelope({ ...envelope, clockMs: 'soon' })).toEqual({ ok: false, message: expect.stringMatching(/damaged: clockMs/) });
    expect(envelopeFromFragment('#state=%%%not-lz')).toMatchObject({ ok: false });
    expect(envelopeFromFragment(envelopeToFragment(envelope).slice(0, 30))).toMatchObject({ ok: false });
  });

  it('names exported files after the simulated time', () => {
    expect(exportFileName(START)).toBe('cognito-sandbox-2026-01-01T09-00-00Z.json');
  });
});

describe('SandboxClock', () => {
  it('moves forward, refuses to move backward, and can be restored to any instant', () => {
    const clock = new SandboxClock(START);
    clock.advance(HOUR_MS);
    expect(clock.now()).toBe(START + HOUR_MS);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    clock.restore(START);
    expect(clock.now()).toBe(START);
  });
});

describe('sandbox store: undo, saving, import and export', () => {
  let store: SandboxStore;
  const saved = memory();

  beforeAll(async () => {
    store = createSandboxStore(opts({ persistence: saved }));
    await store.start();
  });

  it('starts with a demo pool and nothing to undo', () => {
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', undoLabels: [] });
    expect(store.getSnapshot().presets?.map((p) => p.id)).toContain('mfa-required');
  });

  it('undoes the last engine call, and a clock move', async () => {
    await createUser(store, 'alice');
    await createUser(store, 'bob');
    await store.call('ListUsers', { UserPoolId: poolId(store) }); // reads only: not a step
    expect(store.getSnapshot().undoLabels).toEqual(['AdminCreateUser', 'AdminCreateUser']);
    expect((await store.undo()).ok).toBe(true);
    expect(users(store)).toEqual(['alice']);

    store.advanceClock(HOUR_MS, '+1 hour');
    expect(store.getSnapshot().now).toBe(START + HOUR_MS);
    expect(await store.undo()).toEqual({ ok: true, value: { label: '+1 hour' } });
    expect(store.getSnapshot().now).toBe(START);
    expect(users(store)).toEqual(['alice']);
  });

  it('saves after changes, and a new store restores the saved state', async () => {
    await store.saveNow();
    expect(saved.text).toBeTruthy();
    expect(store.getSnapshot().saved?.at).toBeGreaterThan(0);
    const again = createSandboxStore(opts({ persistence: saved, random: seededRandom('other') }));
    await again.start();
    expect(again.getSnapshot().pool).toEqual(store.getSnapshot().pool);
    expect(users(again)).toEqual(['alice']);
    expect(again.getSnapshot().startNotice).toBeUndefined();
  });

  it('exports, resets to a clean slate and imports the export back', async () => {
    const exported = (await store.exportEnvelope()) as SandboxEnvelope;
    expect(exported).toMatchObject({ format: 'cognito-sandbox', version: 1, clockMs: START });
    const before = poolId(store);
    expect((await store.reset()).ok).toBe(true);
    expect(poolId(store)).not.toBe(before);
    expect(users(store)).toEqual([]);
    expect(Object.keys(store.simulator!.state.userPools)).toHaveLength(1);
    expect(store.getSnapshot().calls.map((c) => c.operation)).toEqual(['CreateUserPool', 'CreateUserPoolClient']);

    const epoch = store.getSnapshot().epoch ?? 0;
    expect((await store.importEnvelope(JSON.stringify(exported))).ok).toBe(true);
    expect(poolId(store)).toBe(before);
    expect(users(store)).toEqual(['alice']);
    expect(store.getSnapshot().epoch).toBeGreaterThan(epoch);
    // Undo goes back to the state before the import.
    await store.undo();
    expect(poolId(store)).not.toBe(before);
    await store.importEnvelope(exported);
  });

  it('refuses a corrupt or foreign import and changes nothing', async () => {
    const state = store.simulator!.state;
    const snap = store.getSnapshot();
    const bad = await store.importEnvelope('not json');
    expect(bad).toEqual({ ok: false, error: { name: 'InvalidSandboxState', message: expect.stringMatching(/not valid JSON/) } });
    const exported = (await store.exportEnvelope())!;
    const damaged = { ...exported, snapshot: { ...exported.snapshot, userPools: { x: { id: 'nope' } } } };
    const refused = await store.importEnvelope(damaged);
    expect(refused).toMatchObject({ ok: false, error: { name: 'InvalidSandboxState', message: expect.stringMatching(/snapshot is damaged/) } });
    const newer = await store.importEnvelope({ ...exported, snapshot: { ...exported.snapshot, version: 99 } });
    expect(newer).toMatchObject({ ok: false, error: { message: expect.stringMatching(/version 99 is not supported/) } });
    expect(store.simulator!.state).toBe(state);
    expect(store.getSnapshot().undoLabels).toEqual(snap.undoLabels);
    expect(store.getSnapshot().pool).toBe(snap.pool);
  });

  it('loads a preset in one step (undoable) and refuses unknown ones', async () => {
    const out = await store.loadPreset('mfa-required');
    expect(out).toMatchObject({ ok: true, value: { id: 'mfa-required' } });
    expect(store.simulator!.state.userPools[poolId(store)].config.MfaConfiguration).toBe('ON');
    expect(store.getSnapshot().presetId).toBe('mfa-required');
    expect(store.getSnapshot().undoLabels?.at(-1)).toBe('Load “MFA required”');
    // A preset with an identity pool and IAM roles loads too (the identity panel finds the pool through the demo client).
    expect(await store.loadPreset('identity-pool-guest')).toMatchObject({ ok: true, value: { id: 'identity-pool-guest' } });
    expect(Object.values(store.simulator!.state.identityPools ?? {}).map((p) => p.config.AllowUnauthenticatedIdentities)).toEqual([true]);
    expect(await store.loadPreset('nope')).toMatchObject({ ok: false, error: { message: 'There is no scenario called "nope".' } });
    await store.undo();
    await store.undo();
    expect(users(store)).toEqual(['alice']);
  });

  it('keeps the tokens a preset signs in with', async () => {
    await store.loadPreset('token-lifetimes');
    expect(store.getSnapshot().tokens).toMatchObject({ username: 'frank', expiresIn: 300, receivedAt: START });
    expect(store.getSnapshot().pool?.explicitAuthFlows).toContain('ALLOW_USER_PASSWORD_AUTH');
  });

  it('jumps the clock forward only', () => {
    const now = store.getSnapshot().now!;
    expect(store.jumpClockTo(now - 1)).toMatchObject({ ok: false, error: { name: 'InvalidTime' } });
    expect(store.jumpClockTo(now + 5000)).toEqual({ ok: true, value: now + 5000 });
    expect(store.getSnapshot().now).toBe(now + 5000);
  });

  it('saves synchronously when the page is left (flushSave), so the last change is kept', () => {
    store.advanceClock(HOUR_MS);
    store.flushSave();
    expect(JSON.parse(saved.text!)).toMatchObject({ format: 'cognito-sandbox', clockMs: store.getSnapshot().now });
  });
});

describe('sandbox store: how the page was opened', () => {
  it('opens a share link', async () => {
    const source = createSandboxStore(opts());
    await source.start();
    await createUser(source, 'shared-user');
    source.advanceClock(HOUR_MS);
    const fragment = envelopeToFragment((await source.exportEnvelope())!);
    const opened = createSandboxStore(opts({ startRequest: () => ({ kind: 'link', fragment }) }));
    await opened.start();
    expect(users(opened)).toEqual(['shared-user']);
    expect(opened.getSnapshot().now).toBe(START + HOUR_MS);
    expect(opened.getSnapshot().startNotice).toMatchObject({ kind: 'info' });
  });

  it('explains a damaged link and falls back to the saved state', async () => {
    const saved = memory();
    const first = createSandboxStore(opts({ persistence: saved }));
    await first.start();
    await createUser(first, 'kept');
    await first.saveNow();
    const opened = createSandboxStore(opts({ persistence: saved, startRequest: () => ({ kind: 'link', fragment: '#state=garbage' }) }));
    await opened.start();
    expect(users(opened)).toEqual(['kept']);
    expect(opened.getSnapshot().startNotice).toMatchObject({ kind: 'error', message: expect.stringMatching(/shared link could not be opened.*saved sandbox is shown instead/) });
  });

  it('opens a preset by id, and starts fresh when the saved state is damaged', async () => {
    const preset = createSandboxStore(opts({ startRequest: () => ({ kind: 'preset', id: 'groups-and-roles' }) }));
    await preset.start();
    expect(preset.getSnapshot()).toMatchObject({ status: 'ready', presetId: 'groups-and-roles', undoLabels: [] });
    expect(users(preset)).toEqual(['leo', 'mia']);

    const broken = memory();
    broken.text = '{"format":"cognito-sandbox","version":1}';
    const fresh = createSandboxStore(opts({ persistence: broken }));
    await fresh.start();
    expect(fresh.getSnapshot().status).toBe('ready');
    expect(users(fresh)).toEqual([]);
    expect(fresh.getSnapshot().startNotice?.message).toMatch(/saved sandbox could not be restored/);
  });
});
