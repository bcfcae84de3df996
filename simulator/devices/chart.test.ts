/**
 * The auth-session chart's device states (machines/authSession.ts), run with
 * createActor on a SimulatedClock: a remembered device replaces MFA with
 * DEVICE_SRP_AUTH → DEVICE_PASSWORD_VERIFIER; a new password still comes
 * first; a wrong device proof fails; the challenge expires like any other.
 */
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { authSessionMachine, challengeOfState, type SignInFactors } from '../../machines/authSession';

const THREE_MINUTES = 3 * 60_000;
const mfaRequired = (f: Partial<SignInFactors> = {}): SignInFactors => ({ mustChangePassword: false, poolMfa: 'ON', enabled: ['SOFTWARE_TOKEN_MFA'], canSetup: ['SOFTWARE_TOKEN_MFA'], ...f });

function actor() {
  const clock = new SimulatedClock();
  const a = createActor(authSessionMachine, { clock, input: { validityMs: THREE_MINUTES } }).start();
  return { a, clock };
}

describe('device states of the auth-session chart', () => {
  it('without a remembered device, MFA is asked', () => {
    const { a } = actor();
    a.send({ type: 'SRP_STARTED' });
    a.send({ type: 'PASSWORD_VERIFIED', factors: mfaRequired() });
    expect(a.getSnapshot().value).toBe('softwareTokenMfa');
  });

  it('a remembered device skips MFA through the two device challenges', () => {
    const { a } = actor();
    a.send({ type: 'SRP_STARTED' });
    a.send({ type: 'PASSWORD_VERIFIED', factors: mfaRequired({ deviceAuth: true }) });
    expect(a.getSnapshot().value).toBe('deviceSrpAuth');
    expect(challengeOfState('deviceSrpAuth')).toBe('DEVICE_SRP_AUTH');
    a.send({ type: 'DEVICE_SRP_STARTED' });
    expect(a.getSnapshot().value).toBe('devicePasswordVerifier');
    expect(challengeOfState('devicePasswordVerifier')).toBe('DEVICE_PASSWORD_VERIFIER');
    a.send({ type: 'DEVICE_PASSWORD_VERIFIED' });
    expect(a.getSnapshot().value).toBe('authenticated');
  });

  it('a temporary password is changed before the device proves itself', () => {
    const { a } = actor();
    a.send({ type: 'PASSWORD_VERIFIED', factors: mfaRequired({ mustChangePassword: true, deviceAuth: true }) });
    expect(a.getSnapshot().value).toBe('newPasswordRequired');
  });

  it('a wrong device proof ends the sign-in', () => {
    const { a } = actor();
    a.send({ type: 'PASSWORD_VERIFIED', factors: mfaRequired({ deviceAuth: true }) });
    a.send({ type: 'DEVICE_SRP_STARTED' });
    a.send({ type: 'DEVICE_PASSWORD_REJECTED' });
    expect(a.getSnapshot().value).toBe('failed');
  });

  it('an unanswered device challenge expires after AuthSessionValidity (simulated clock)', () => {
    const { a, clock } = actor();
    a.send({ type: 'PASSWORD_VERIFIED', factors: mfaRequired({ deviceAuth: true }) });
    clock.increment(THREE_MINUTES - 1);
    expect(a.getSnapshot().value).toBe('deviceSrpAuth');
    clock.increment(1);
    expect(a.getSnapshot().value).toBe('expired');
  });
});
