import { beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '@/simulator';
import { factorOfError } from './SettingsMessaging';
import { factorOfPreferenceError } from './SettingsUserMfa';

// The Settings tab shows an MFA refusal under the factor it is about. These run the
// engine's real refusals through that mapping, so a change of wording is caught here.

let sim: Simulator;
let poolId: string;
const refusal = (op: string, input: unknown) => sim.call(op, input).then(
  () => {
    throw new Error(`${op} was expected to fail`);
  },
  (e: Error) => ({ name: e.name, message: e.message }),
);

beforeAll(async () => {
  sim = createSimulator({ clock: new SimulatedClock(), random: seededRandom('settings-errors'), passwordHashIterations: 1 });
  poolId = (await sim.call<{ UserPool: { Id: string } }>('CreateUserPool', { PoolName: 'p' })).UserPool.Id;
  await sim.call('AdminCreateUser', { UserPoolId: poolId, Username: 'nobody-to-reach', MessageAction: 'SUPPRESS' });
});

describe('where an MFA refusal is shown', () => {
  it('SMS MFA without an SMS configuration: under the SMS box', async () => {
    const err = await refusal('SetUserPoolMfaConfig', { UserPoolId: poolId, MfaConfiguration: 'ON', SmsMfaConfiguration: {} });
    expect(factorOfError(err)).toBe('sms');
  });

  it('email MFA without Amazon SES: under the Email box', async () => {
    const err = await refusal('SetUserPoolMfaConfig', { UserPoolId: poolId, MfaConfiguration: 'OPTIONAL', EmailMfaConfiguration: {} });
    expect(factorOfError(err)).toBe('email');
  });

  it("MFA on with no factor: with the form (it is about no single box)", async () => {
    const err = await refusal('SetUserPoolMfaConfig', { UserPoolId: poolId, MfaConfiguration: 'ON' });
    expect(factorOfError(err)).toBeUndefined();
  });

  it("a user's factor without its channel: under that factor", async () => {
    const sms = await refusal('AdminSetUserMFAPreference', { UserPoolId: poolId, Username: 'nobody-to-reach', SMSMfaSettings: { Enabled: true } });
    expect(factorOfPreferenceError(sms)).toBe('SMS_MFA');
    const totp = await refusal('AdminSetUserMFAPreference', { UserPoolId: poolId, Username: 'nobody-to-reach', SoftwareTokenMfaSettings: { Enabled: true } });
    expect(factorOfPreferenceError(totp)).toBe('SOFTWARE_TOKEN_MFA');
    const email = await refusal('AdminSetUserMFAPreference', { UserPoolId: poolId, Username: 'nobody-to-reach', EmailMfaSettings: { Enabled: true } });
    expect(factorOfPreferenceError(email)).toBe('EMAIL_OTP');
    expect(factorOfPreferenceError({ name: 'UserNotFoundException', message: 'User does not exist.' })).toBeUndefined();
  });
});
