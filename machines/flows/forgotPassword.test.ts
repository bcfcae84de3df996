import { beforeAll, describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, waitFor } from 'xstate';
import { createConfirmedUser, passwordSignIn } from '../../test/support/flows';
import { forgotPasswordMachine } from './forgotPassword';
import { testEngine, type TestEngine } from './testEngine';

let engine: TestEngine;
beforeAll(async () => {
  engine = await testEngine('forgot-password-machine');
  await createConfirmedUser(engine.sim, engine.poolId, 'alice', 'Old-Pa55word!', { email: 'alice@example.com', email_verified: 'true' });
});

const start = () => createActor(forgotPasswordMachine, { input: { api: engine.api }, clock: new SimulatedClock() }).start();
const settled = (a: ReturnType<typeof start>) => waitFor(a, (s) => !s.matches('requestingCode') && !s.matches('resetting'));

describe('forgot-password machine', () => {
  it('sends a code, refuses a wrong one, and resets the password with the right one', async () => {
    const actor = start();
    actor.send({ type: 'REQUEST_CODE', username: 'alice' });
    let s = await settled(actor);
    expect(s.value).toBe('awaitingCode');
    expect(s.context.delivery).toMatchObject({ DeliveryMedium: 'EMAIL', Destination: expect.stringContaining('@') });
    const code = engine.lastMessageTo('alice@example.com')!.code!;

    actor.send({ type: 'RESET', code: code === '000000' ? '111111' : '000000', newPassword: 'New-Pa55word!' });
    s = await settled(actor);
    expect(s.value).toBe('awaitingCode');
    expect(s.context.error?.name).toBe('CodeMismatchException');

    actor.send({ type: 'RESET', code, newPassword: 'New-Pa55word!' });
    s = await settled(actor);
    expect(s.value).toBe('passwordReset');
    await expect(passwordSignIn(engine.sim, engine.clientId, 'alice', 'New-Pa55word!')).resolves.toHaveProperty('AccessToken');
    actor.send({ type: 'START_OVER' });
    expect(actor.getSnapshot().value).toBe('editing');
  });

  it('resends the code', async () => {
    const actor = start();
    actor.send({ type: 'REQUEST_CODE', username: 'alice' });
    await settled(actor);
    const before = engine.sim.outbox.length;
    actor.send({ type: 'RESEND' });
    expect((await settled(actor)).value).toBe('awaitingCode');
    expect(engine.sim.outbox.length).toBe(before + 1);
  });

  it('stays on the form when ForgotPassword is refused', async () => {
    const actor = start();
    actor.send({ type: 'REQUEST_CODE', username: '' });
    const s = await settled(actor);
    expect(s.value).toBe('editing');
    expect(s.context.error?.name).toBeTruthy();
  });
});
