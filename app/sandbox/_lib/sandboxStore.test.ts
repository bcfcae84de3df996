import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '@/simulator';
import { HOUR_MS } from '@/simulator/facts';
import { createSandboxStore, INITIAL_SNAPSHOT, MAX_CALLS, type SandboxStore } from './sandboxStore';
import { decodeToken, tokenValidity } from './jwt';
import { inboxMessages } from './inbox';

const START = Date.UTC(2026, 0, 1, 9, 0, 0);
const PASSWORD = 'Correct-Horse-9';

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
    const out = await store.signUp({ username: 'weak', email: 'weak@example.com', password: 'password' });
    expect(out).toEqual({ ok: false, error: { name: 'InvalidPasswordException', message: expect.stringMatching(/^Password did not conform with policy: /) } });
    expect(lastCall()).toMatchObject({ operation: 'SignUp', error: { __type: 'InvalidPasswordException' } });
    expect(store.getSnapshot().outbox).toHaveLength(0);
    expect(store.getSnapshot().lastSignUp).toBeUndefined();
    expect(store.getSnapshot()).not.toBe(before);
  });

  it('signs a user up, delivers the code to the inbox and confirms with it', async () => {
    const out = await store.signUp({ username: 'alice', email: 'alice@example.com', password: PASSWORD });
    expect(out.ok).toBe(true);
    const s = store.getSnapshot();
    expect(s.lastSignUp).toMatchObject({ username: 'alice', userConfirmed: false, seq: 1 });
    const [mail] = inboxMessages(s.outbox, s.pool?.userPoolId);
    expect(mail).toMatchObject({ channel: 'EMAIL', destination: 'alice@example.com', sentAt: START });
    expect(mail.code).toMatch(/^\d+$/);
    expect(mail.body).toContain(mail.code);

    const wrong = await store.confirmSignUp({ username: 'alice', code: mail.code === '000000' ? '111111' : '000000' });
    expect(wrong.ok ? undefined : wrong.error.name).toBe('CodeMismatchException');
    const right = await store.confirmSignUp({ username: 'alice', code: mail.code! });
    expect(right.ok).toBe(true);
    expect(lastCall()).toMatchObject({ operation: 'ConfirmSignUp' });
    expect(lastCall()?.error).toBeUndefined();
  });

  it('signs in with USER_PASSWORD_AUTH and keeps the tokens, which expire on the simulated clock', async () => {
    const bad = await store.signIn({ username: 'alice', password: 'Wrong-Password-1' });
    expect(bad).toEqual({ ok: false, error: { name: 'NotAuthorizedException', message: 'Incorrect username or password.' } });
    expect(store.getSnapshot().tokens).toBeUndefined();

    const out = await store.signIn({ username: 'alice', password: PASSWORD });
    expect(out.ok).toBe(true);
    expect(lastCall()?.request).toMatchObject({ AuthFlow: 'USER_PASSWORD_AUTH' });
    const { tokens, now } = store.getSnapshot();
    expect(tokens).toMatchObject({ username: 'alice', tokenType: 'Bearer', receivedAt: START });
    const id = decodeToken(tokens!.idToken)!;
    expect(id.header.alg).toBe('RS256');
    expect(id.payload).toMatchObject({ token_use: 'id', 'cognito:username': 'alice', email: 'alice@example.com', aud: store.getSnapshot().pool?.clientId });
    expect(tokenValidity(id.payload, now!).valid).toBe(true);

    store.advanceClock(HOUR_MS);
    const later = store.getSnapshot();
    expect(later.now).toBe(START + HOUR_MS);
    expect(tokenValidity(id.payload, later.now!).valid).toBe(false);
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
    const out = await idle.signUp({ username: 'a', email: 'a@example.com', password: PASSWORD });
    expect(out).toMatchObject({ ok: false, error: { name: 'SandboxNotReady' } });
    idle.advanceClock(HOUR_MS);
    expect(idle.getSnapshot()).toBe(INITIAL_SNAPSHOT);
  });
});
