import { beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import { seededRandom } from '@/simulator';
import { HOUR_MS } from '@/simulator/facts';
import { createSandboxStore, type SandboxStore } from '../_lib/sandboxStore';
import { decodeToken, tokenValidity } from '../_lib/jwt';
import { inboxMessages } from '../_lib/inbox';
import { FlowRuntime } from './flowRuntime';

// The page's own path for signing up, confirming and signing in: the flow machines
// run by the flow runtime over a sandbox store, as the forms drive them.

const START = Date.UTC(2026, 0, 1, 9, 0, 0);
const PASSWORD = 'Correct-Horse-9';

let store: SandboxStore;
let runtime: FlowRuntime;
const lastCall = () => store.getSnapshot().calls.at(-1);
const view = () => runtime.getView();

beforeAll(async () => {
  store = createSandboxStore({ startAt: START, random: seededRandom('flow-runtime-test'), passwordHashIterations: 1 });
  await store.start();
  runtime = new FlowRuntime(store);
});

describe('the flows over the sandbox store', () => {
  it("refuses a weak password with AWS's type and message, logs it, and sends nothing", async () => {
    view().signUp.send({ type: 'SUBMIT', username: 'weak', password: 'password', attributes: { email: 'weak@example.com', phone_number: '' } });
    const s = await waitFor(view().signUp, (x) => x.matches('editing') && x.context.error !== undefined);
    expect(s.context.error).toEqual({ name: 'InvalidPasswordException', message: expect.stringMatching(/^Password did not conform with policy: /) });
    expect(lastCall()).toMatchObject({ operation: 'SignUp', error: { __type: 'InvalidPasswordException' } });
    expect(store.getSnapshot().outbox).toHaveLength(0);
    expect(runtime.sentBy('signUp').size).toBe(1);
  });

  it('signs a user up, delivers the code to the inbox and confirms with it', async () => {
    view().signUp.send({ type: 'SUBMIT', username: 'alice', password: PASSWORD, attributes: { email: 'alice@example.com', phone_number: '' } });
    await waitFor(view().signUp, (x) => x.matches('awaitingCode'));
    const s = store.getSnapshot();
    expect(lastCall()).toMatchObject({ operation: 'SignUp', request: { Username: 'alice', UserAttributes: [{ Name: 'email', Value: 'alice@example.com' }] } });
    const [mail] = inboxMessages(s.outbox, s.pool?.userPoolId);
    expect(mail).toMatchObject({ channel: 'EMAIL', destination: 'alice@example.com', sentAt: START });
    expect(mail.code).toMatch(/^\d+$/);
    expect(mail.body).toContain(mail.code);

    view().signUp.send({ type: 'CONFIRM', username: 'alice', code: mail.code === '000000' ? '111111' : '000000' });
    const wrong = await waitFor(view().signUp, (x) => x.matches('awaitingCode') && x.context.error !== undefined);
    expect(wrong.context.error?.name).toBe('CodeMismatchException');
    view().signUp.send({ type: 'CONFIRM', username: 'alice', code: mail.code! });
    await waitFor(view().signUp, (x) => x.matches('confirmed'));
    expect(lastCall()).toMatchObject({ operation: 'ConfirmSignUp' });
    expect(lastCall()?.error).toBeUndefined();
  });

  it('signs in with USER_PASSWORD_AUTH and hands the tokens to the store, where they expire on the simulated clock', async () => {
    view().signIn.send({ type: 'SUBMIT', username: 'alice', password: 'Wrong-Password-1', authFlow: 'USER_PASSWORD_AUTH' });
    const bad = await waitFor(view().signIn, (x) => x.matches('idle') && x.context.error !== undefined);
    expect(bad.context.error).toEqual({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    expect(store.getSnapshot().tokens).toBeUndefined();

    view().signIn.send({ type: 'SUBMIT', username: 'alice', password: PASSWORD, authFlow: 'USER_PASSWORD_AUTH' });
    await waitFor(view().signIn, (x) => x.matches('signedIn'));
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
});
