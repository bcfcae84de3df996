import { describe, expect, it } from 'vitest';
import type { Json, User, UserPool } from '../core/model';
import { applyMfaPreference, enabledMfaFactors, poolOffersEmailMfa, type MfaPreferenceRequest } from './mfaPreference';

const pool = (config: { [k: string]: Json } = {}): UserPool =>
  ({ id: 'us-east-1_Mfa', config: { Id: 'us-east-1_Mfa', ...config }, clients: {}, users: {}, groups: {}, sessions: {}, authEvents: {} }) as unknown as UserPool;

const sesPool = pool({
  UserPoolTier: 'ESSENTIALS',
  MfaConfiguration: 'OPTIONAL',
  EmailConfiguration: { EmailSendingAccount: 'DEVELOPER' },
  EmailMfaConfiguration: { Subject: 'Your code' },
});

function user(attributes: Record<string, string> = {}, mfa: Partial<User['mfa']> = {}): User {
  return {
    username: 'u',
    attributes: { sub: 's', ...attributes },
    status: 'CONFIRMED',
    enabled: true,
    createdAt: 0,
    updatedAt: 0,
    passwordHistory: [],
    mfa: { smsEnabled: false, totpEnabled: false, emailEnabled: false, ...mfa },
    codes: {},
    lockout: { failures: 0, lockedUntil: 0 },
    groups: [],
  };
}

const errorOf = (p: UserPool, u: User, r: MfaPreferenceRequest) => {
  const before = JSON.stringify(u.mfa);
  try {
    applyMfaPreference(p, u, r);
  } catch (e) {
    expect(JSON.stringify(u.mfa)).toBe(before); // a refused request changes nothing
    return e as Error;
  }
  throw new Error('expected an error');
};

describe('MFA preference rules', () => {
  it('refuses TOTP without a verified software token, even with one pending verification', () => {
    for (const u of [user(), user({}, { pendingTotpSecret: 'JBSWY3DPEHPK3PXP' })]) {
      const e = errorOf(pool(), u, { SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
      expect(e.name).toBe('InvalidParameterException');
      expect(e.message).toBe('User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA');
    }
  });

  it('turns TOTP on and prefers it once the token is verified', () => {
    const u = user({}, { totpSecret: 'JBSWY3DPEHPK3PXP' });
    applyMfaPreference(pool(), u, { SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
    expect(u.mfa).toMatchObject({ totpEnabled: true, preferred: 'SOFTWARE_TOKEN_MFA', smsEnabled: false });
  });

  it('refuses SMS without a phone number and email without an email address', () => {
    expect(errorOf(pool(), user(), { SMSMfaSettings: { Enabled: true } }).message).toBe('User does not have delivery config set to turn on SMS_MFA');
    expect(errorOf(sesPool, user(), { EmailMfaSettings: { Enabled: true } }).message).toBe('User does not have delivery config set to turn on EMAIL_OTP');
  });

  it('refuses email MFA in a pool that does not offer it', () => {
    const u = user({ email: 'a@example.com' });
    // SES sending alone is not enough: EMAIL_OTP must be on in the pool's MFA configuration.
    for (const p of [pool(), pool({ EmailConfiguration: { EmailSendingAccount: 'DEVELOPER' } })]) {
      const e = errorOf(p, u, { EmailMfaSettings: { Enabled: true } });
      expect(e.name).toBe('InvalidParameterException');
      expect(e.message).toBe('Email MFA is not enabled for this user pool');
    }
    applyMfaPreference(sesPool, u, { EmailMfaSettings: { Enabled: true, PreferredMfa: true } });
    expect(u.mfa).toMatchObject({ emailEnabled: true, preferred: 'EMAIL_OTP' });
  });

  it('knows which pools offer email MFA', () => {
    expect(poolOffersEmailMfa(pool())).toBe(false);
    expect(poolOffersEmailMfa(sesPool)).toBe(true);
    expect(poolOffersEmailMfa(pool({ ...sesPool.config, UserPoolTier: 'LITE' }))).toBe(false);
  });

  it('keeps only one preferred factor', () => {
    const u = user({ phone_number: '+15555550100' }, { totpSecret: 'JBSWY3DPEHPK3PXP' });
    expect(errorOf(pool(), u, { SMSMfaSettings: { Enabled: true, PreferredMfa: true }, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }).name).toBe(
      'InvalidParameterException',
    );
    applyMfaPreference(pool(), u, { SMSMfaSettings: { Enabled: true, PreferredMfa: true }, SoftwareTokenMfaSettings: { Enabled: true } });
    expect(u.mfa.preferred).toBe('SMS_MFA');
    // Preferring TOTP later moves the preference; SMS stays on.
    applyMfaPreference(pool(), u, { SoftwareTokenMfaSettings: { PreferredMfa: true } });
    expect(u.mfa).toMatchObject({ smsEnabled: true, totpEnabled: true, preferred: 'SOFTWARE_TOKEN_MFA' });
    expect(enabledMfaFactors(u)).toEqual(['SMS_MFA', 'SOFTWARE_TOKEN_MFA']);
  });

  it('refuses to prefer a factor that is off', () => {
    const u = user({ phone_number: '+15555550100' });
    expect(errorOf(pool(), u, { SMSMfaSettings: { Enabled: false, PreferredMfa: true } }).name).toBe('InvalidParameterException');
    expect(errorOf(pool(), u, { SMSMfaSettings: { PreferredMfa: true } }).name).toBe('InvalidParameterException');
  });

  it('turning the preferred factor off drops the preference; turning off is always allowed', () => {
    const u = user({ phone_number: '+15555550100' });
    applyMfaPreference(pool(), u, { SMSMfaSettings: { Enabled: true, PreferredMfa: true } });
    applyMfaPreference(pool(), u, { SMSMfaSettings: { Enabled: false } });
    expect(u.mfa.smsEnabled).toBe(false);
    expect(u.mfa.preferred).toBeUndefined();
    // No authenticator, no email: switching those off is still fine.
    applyMfaPreference(pool(), u, { SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false }, EmailMfaSettings: { Enabled: false } });
    expect(enabledMfaFactors(u)).toEqual([]);
  });

  it('leaves factors that the request does not mention as they were', () => {
    const u = user({ phone_number: '+15555550100' }, { totpSecret: 'JBSWY3DPEHPK3PXP' });
    applyMfaPreference(pool(), u, { SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
    applyMfaPreference(pool(), u, { SMSMfaSettings: { Enabled: true } });
    expect(u.mfa).toMatchObject({ smsEnabled: true, totpEnabled: true, preferred: 'SOFTWARE_TOKEN_MFA' });
    applyMfaPreference(pool(), u, { SoftwareTokenMfaSettings: { PreferredMfa: false } });
    expect(u.mfa).toMatchObject({ smsEnabled: true, totpEnabled: true });
    expect(u.mfa.preferred).toBeUndefined();
  });
});
