import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { canMoveUser, nextUserStatus, userStatusMachine } from './userStatus';

describe('user status statechart', () => {
  it('walks a self-service user from sign-up to confirmed', () => {
    const actor = createActor(userStatusMachine, { clock: new SimulatedClock() }).start();
    actor.send({ type: 'SIGN_UP' });
    expect(actor.getSnapshot().value).toBe('UNCONFIRMED');
    actor.send({ type: 'CONFIRM_SIGN_UP' });
    expect(actor.getSnapshot().value).toBe('CONFIRMED');
    actor.send({ type: 'ADMIN_RESET_PASSWORD' });
    expect(actor.getSnapshot().value).toBe('RESET_REQUIRED');
    actor.send({ type: 'CONFIRM_FORGOT_PASSWORD' });
    expect(actor.getSnapshot().value).toBe('CONFIRMED');
  });

  it('sends admin-created users through FORCE_CHANGE_PASSWORD', () => {
    expect(nextUserStatus('NEW', 'ADMIN_CREATE')).toBe('FORCE_CHANGE_PASSWORD');
    expect(nextUserStatus('FORCE_CHANGE_PASSWORD', 'COMPLETE_NEW_PASSWORD')).toBe('CONFIRMED');
  });

  it('refuses transitions the chart does not have', () => {
    expect(canMoveUser('CONFIRMED', 'CONFIRM_SIGN_UP')).toBe(false);
    expect(nextUserStatus('CONFIRMED', 'CONFIRM_SIGN_UP')).toBeUndefined();
    expect(canMoveUser('UNCONFIRMED', 'CONFIRM_FORGOT_PASSWORD')).toBe(false);
  });
});
