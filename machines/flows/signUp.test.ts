import { beforeAll, describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, waitFor } from 'xstate';
import { signUpMachine } from './signUp';
import { testEngine, type TestEngine } from './testEngine';

let engine: TestEngine;
beforeAll(async () => {
  engine = await testEngine('sign-up-machine');
});

const start = () => createActor(signUpMachine, { input: { api: engine.api }, clock: new SimulatedClock() }).start();
const settled = (actor: ReturnType<typeof start>) => waitFor(actor, (s) => !s.hasTag('busy') && !['signingUp', 'confirming', 'resending'].some((v) => s.matches(v as never)));

describe('sign-up machine', () => {
  it('signs up, waits for the code, resends it, and confirms with the newest code', async () => {
    const actor = start();
    expect(actor.getSnapshot().value).toBe('editing');
    actor.send({ type: 'SUBMIT', username: 'carol', password: 'Sandbox-Pa55word!', attributes: { email: 'carol@example.com', phone_number: '' } });
    let s = await settled(actor);
    expect(s.value).toBe('awaitingCode');
    expect(s.context.userSub).toMatch(/^[0-9a-f-]{36}$/);
    expect(s.context.delivery).toMatchObject({ DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    const first = engine.lastMessageTo('carol@example.com')?.code;

    actor.send({ type: 'RESEND' });
    s = await settled(actor);
    expect(s.value).toBe('awaitingCode');
    const second = engine.lastMessageTo('carol@example.com')?.code;
    expect(second).toBeTruthy();
    expect(engine.operations.slice(-2)).toEqual(['SignUp', 'ResendConfirmationCode']);

    actor.send({ type: 'CONFIRM', username: 'carol', code: '000000' === second ? '111111' : '000000' });
    s = await settled(actor);
    expect(s.value).toBe('awaitingCode');
    expect(s.context.error?.name).toBe('CodeMismatchException');

    actor.send({ type: 'CONFIRM', username: 'carol', code: ` ${second} ` });
    s = await settled(actor);
    expect(s.value).toBe('confirmed');
    expect(s.context.error).toBeUndefined();
    expect(first).toBeTruthy();

    actor.send({ type: 'START_OVER' });
    expect(actor.getSnapshot().value).toBe('editing');
    expect(actor.getSnapshot().context.username).toBe('');
  });

  it("stays on the form with the engine's error when SignUp is refused", async () => {
    const actor = start();
    actor.send({ type: 'SUBMIT', username: 'dave', password: 'short', attributes: { email: 'dave@example.com' } });
    const s = await settled(actor);
    expect(s.value).toBe('editing');
    expect(s.context.error?.name).toBe('InvalidPasswordException');
  });

  it('confirms a user typed in by name from the form (without signing up here)', async () => {
    const a = start();
    a.send({ type: 'SUBMIT', username: 'erin', password: 'Sandbox-Pa55word!', attributes: { email: 'erin@example.com' } });
    await settled(a);
    const code = engine.lastMessageTo('erin@example.com')!.code!;
    const b = start();
    b.send({ type: 'CONFIRM', username: 'erin', code });
    expect((await settled(b)).value).toBe('confirmed');
  });

  it('ignores events a state does not take, and resends from the form only for a named user', async () => {
    const actor = start();
    actor.send({ type: 'RESEND' });
    expect(actor.getSnapshot().value).toBe('editing');
    actor.send({ type: 'START_OVER' });
    expect(actor.getSnapshot().value).toBe('editing');
    actor.send({ type: 'RESEND', username: 'carol' });
    expect((await settled(actor)).value).toBe('awaitingCode');
    expect(actor.getSnapshot().context.username).toBe('carol');
  });
});
