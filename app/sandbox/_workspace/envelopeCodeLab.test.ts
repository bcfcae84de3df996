import { beforeEach, describe, expect, it } from 'vitest';
import { seededRandom } from '@/simulator';
import { getLabCode, resetLabCodeForTests, setLabCode } from '../_codelab/labCode';
import { createSandboxStore, type SandboxStore } from '../_lib/sandboxStore';
import { envelopeToFragment, makeEnvelope, parseEnvelope, type SandboxEnvelope } from './envelope';

// The code lab's code travels in the sandbox's envelope (`ui.codeLab`): exported
// files and share links bring it back; envelopes saved before it travelled still
// open (and leave the lab's code alone); a damaged one is refused whole.

const START = Date.UTC(2026, 0, 1, 9, 0, 0);
const opts = (extra: Parameters<typeof createSandboxStore>[0] = {}) => ({ startAt: START, random: seededRandom('code-lab-envelope'), passwordHashIterations: 1, ...extra });
const poolId = (store: SandboxStore) => store.getSnapshot().pool!.userPoolId;
const users = (store: SandboxStore) => Object.keys(store.simulator!.state.userPools[poolId(store)].users);
const CODE_A = "console.log('saved with the sandbox');";
const CODE_B = "console.log('written after the reset');";

async function startedStore(extra: Parameters<typeof createSandboxStore>[0] = {}) {
  const store = createSandboxStore(opts(extra));
  await store.start();
  return store;
}

beforeEach(() => resetLabCodeForTests());

describe('the code lab in the envelope', () => {
  it('is an optional part of the page state: old envelopes without it still parse, a damaged one is refused', () => {
    const old = makeEnvelope({ clockMs: START, snapshot: { version: 1 }, ui: {} });
    expect(parseEnvelope(JSON.stringify(old))).toEqual({ ok: true, envelope: old });
    const withCode = makeEnvelope({ clockMs: START, snapshot: { version: 1 }, ui: { codeLab: { code: CODE_A } } });
    expect(parseEnvelope(JSON.stringify(withCode))).toMatchObject({ ok: true, envelope: { ui: { codeLab: { code: CODE_A } } } });
    expect(parseEnvelope({ ...old, ui: { codeLab: { code: 42 } } })).toEqual({ ok: false, message: expect.stringMatching(/damaged: ui\.codeLab\.code/) });
    expect(parseEnvelope({ ...old, ui: { codeLab: 'text' } })).toEqual({ ok: false, message: expect.stringMatching(/damaged: ui\.codeLab/) });
  });

  it('travels through export → reset → import', async () => {
    const store = await startedStore();
    setLabCode(CODE_A);
    expect((await store.call('AdminCreateUser', { UserPoolId: poolId(store), Username: 'ann', MessageAction: 'SUPPRESS' })).ok).toBe(true);
    const exported = (await store.exportEnvelope())!;
    expect(exported.ui.codeLab).toEqual({ code: CODE_A });

    expect((await store.reset()).ok).toBe(true);
    setLabCode(CODE_B);
    const out = await store.importEnvelope(JSON.stringify(exported));
    expect(out.ok).toBe(true);
    expect(users(store)).toEqual(['ann']);
    expect(getLabCode()).toBe(CODE_A);
  });

  it('leaves the lab alone when the file has no code (saved before the code travelled, or never written)', async () => {
    const store = await startedStore();
    const old = (await store.exportEnvelope())!;
    expect(old.ui).not.toHaveProperty('codeLab');
    setLabCode(CODE_B);
    expect((await store.importEnvelope(JSON.stringify(old))).ok).toBe(true);
    expect(getLabCode()).toBe(CODE_B);
  });

  it('refuses a file whose code is damaged, changing neither the sandbox nor the lab', async () => {
    const store = await startedStore();
    setLabCode(CODE_A);
    const good = (await store.exportEnvelope())!;
    expect((await store.call('AdminCreateUser', { UserPoolId: poolId(store), Username: 'bob', MessageAction: 'SUPPRESS' })).ok).toBe(true);
    setLabCode(CODE_B);
    const damaged = { ...good, ui: { ...good.ui, codeLab: { code: ['not', 'text'] } } };
    const out = await store.importEnvelope(JSON.stringify(damaged));
    expect(out).toMatchObject({ ok: false, error: { name: 'InvalidSandboxState', message: expect.stringMatching(/ui\.codeLab\.code/) } });
    expect(users(store)).toEqual(['bob']);
    expect(getLabCode()).toBe(CODE_B);
  });

  it('comes back when a share link is opened', async () => {
    const source = await startedStore();
    setLabCode(CODE_A);
    const envelope: SandboxEnvelope = (await source.exportEnvelope())!;
    resetLabCodeForTests();
    expect(getLabCode()).toBeNull();

    const fragment = envelopeToFragment(envelope);
    const opened = await startedStore({ startRequest: () => ({ kind: 'link', fragment }) });
    expect(opened.getSnapshot().startNotice?.message).toMatch(/shared link/);
    expect(getLabCode()).toBe(CODE_A);
  });
});
