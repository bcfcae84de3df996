import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { authSessionMachine, challengeOfState, nextFactor, resolveAuthState, stepAuthSession, type SignInFactors } from './authSession';

const THREE_MINUTES = 3 * 60_000;

const factors = (f: Partial<SignInFactors> = {}): SignInFactors => ({ mustChangePassword: false, poolMfa: 'OFF', enabled: [], canSetup: [], ...f });

function actor() {
  const clock = new SimulatedClock();
  const a = createActor(authSessionMachine, { clock, input: { validityMs: THREE_MINUTES } }).start();
  return { a, clock };
}

describe('auth-session statechart', () => {
  it('goes straight to tokens when MFA is off', () => {
    const { a } = actor();
    a.send({ type: 'PASSWORD_VERIFIED', factors: factors({ enabled: ['SOFTWARE_TOKEN_MFA'] }) });
    expect(a.getSnapshot().value).toBe('authenticated');
    expect(a.getSnapshot().status).toBe('done');
  });

  it('walks SRP, a new password and an SMS code', () => {
    const { a } = actor();
    a.send({ type: 'SRP_STARTED' });
    expect(a.getSnapshot().value).toBe('passwordVerifier');
    a.send({ type: 'PASSWORD_VERIFIED', factors: factors({ mustChangePassword: true, poolMfa: 'OPTIONAL', enabled: ['SMS_MFA'] }) });
    expect(a.getSnapshot().value).toBe('newPasswordRequired');
    a.send({ type: 'NEW_PASSWORD_SET', factors: factors({ poolMfa: 'OPTIONAL', enabled: ['SMS_MFA'] }) });
    expect(a.getSnapshot().value).toBe('smsMfa');
    a.send({ type: 'MFA_CODE_REJECTED' });
    expect(a.getSnapshot().value).toBe('smsMfa');
    a.send({ type: 'MFA_CODE_ACCEPTED' });
    expect(a.getSnapshot().value).toBe('authenticated');
  });

  it('asks for MFA setup when the pool requires MFA and the user has none', () => {
    const { a } = actor();
    a.send({ type: 'PASSWORD_VERIFIED', factors: factors({ poolMfa: 'ON', canSetup: ['SOFTWARE_TOKEN_MFA'] }) });
    expect(a.getSnapshot().value).toBe('mfaSetup');
    a.send({ type: 'MFA_SETUP_COMPLETED' });
    expect(a.getSnapshot().value).toBe('mfaSetup');
    a.send({ type: 'SOFTWARE_TOKEN_ASSOCIATED' });
    a.send({ type: 'SOFTWARE_TOKEN_REJECTED' });
    expect(a.getSnapshot().value).toBe('mfaSetupAssociated');
    a.send({ type: 'SOFTWARE_TOKEN_VERIFIED' });
    a.send({ type: 'MFA_SETUP_COMPLETED' });
    expect(a.getSnapshot().value).toBe('authenticated');
  });

  it('lets the user pick when two factors are on and none is preferred, and uses the preferred one otherwise', () => {
    const both = factors({ poolMfa: 'OPTIONAL', enabled: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'] });
    const { a } = actor();
    a.send({ type: 'PASSWORD_VERIFIED', factors: both });
    expect(a.getSnapshot().value).toBe('selectMfaType');
    a.send({ type: 'MFA_TYPE_SELECTED', answer: 'SOFTWARE_TOKEN_MFA' });
    expect(a.getSnapshot().value).toBe('softwareTokenMfa');

    const { a: b } = actor();
    b.send({ type: 'PASSWORD_VERIFIED', factors: { ...both, preferred: 'SMS_MFA' } });
    expect(b.getSnapshot().value).toBe('smsMfa');
    expect(nextFactor({ ...both, preferred: 'EMAIL_OTP' })).toBeUndefined();
  });

  it('ends a wrong password in failed', () => {
    const { a } = actor();
    a.send({ type: 'SRP_STARTED' });
    a.send({ type: 'PASSWORD_REJECTED' });
    expect(a.getSnapshot().value).toBe('failed');
  });

  it('expires a waiting challenge after AuthSessionValidity', () => {
    const { a, clock } = actor();
    a.send({ type: 'PASSWORD_VERIFIED', factors: factors({ poolMfa: 'ON', enabled: ['EMAIL_OTP'] }) });
    expect(a.getSnapshot().value).toBe('emailOtp');
    clock.increment(THREE_MINUTES - 1);
    expect(a.getSnapshot().value).toBe('emailOtp');
    clock.increment(1);
    expect(a.getSnapshot().value).toBe('expired');
  });

  it('hands the engine the named effects of a step', () => {
    const step = stepAuthSession(resolveAuthState('idle', THREE_MINUTES), { type: 'PASSWORD_VERIFIED', factors: factors({ poolMfa: 'ON', enabled: ['SMS_MFA'] }) });
    expect(step?.next.value).toBe('smsMfa');
    expect(step?.effects).toEqual(['sendSmsCode']);
    const done = stepAuthSession(resolveAuthState('smsMfa', THREE_MINUTES), { type: 'MFA_CODE_ACCEPTED' });
    expect(done?.effects).toEqual(['issueTokens']);
    const fail = stepAuthSession(resolveAuthState('passwordVerifier', THREE_MINUTES), { type: 'PASSWORD_REJECTED' });
    expect(fail?.effects).toEqual(['countFailedSignIn']);
    expect(stepAuthSession(resolveAuthState('smsMfa', THREE_MINUTES), { type: 'MFA_SETUP_COMPLETED' })).toBeUndefined();
    expect(challengeOfState('mfaSetupAssociated')).toBe('MFA_SETUP');
    expect(challengeOfState('authenticated')).toBeUndefined();
  });
});
