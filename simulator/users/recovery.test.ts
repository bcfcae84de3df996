import { describe, expect, it } from 'vitest';
import type { User, UserPool } from '../core/model';
import { preferredRecoveryMedium, recoveryTarget } from './recovery';
import { simulatedDelivery } from './simulatedDelivery';

const pool = (config: UserPool['config'] = {}): UserPool =>
  ({ id: 'us-east-1_Test12345', config, clients: {}, users: {}, groups: {}, sessions: {}, authEvents: {} }) as unknown as UserPool;

const user = (attributes: Record<string, string>, mfa: Partial<User['mfa']> = {}): User => ({
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
});

const both = { email: 'a@example.com', email_verified: 'true', phone_number: '+15550001234', phone_number_verified: 'true' };
const recovery = (...names: string[]) => ({ AccountRecoverySetting: { RecoveryMechanisms: names.map((Name, i) => ({ Name, Priority: i + 1 })) } });

describe('recoveryTarget', () => {
  it('without AccountRecoverySetting prefers a verified phone, then a verified email', () => {
    expect(recoveryTarget(pool(), user(both))).toMatchObject({ attribute: 'phone_number', channel: 'SMS' });
    expect(recoveryTarget(pool(), user({ ...both, phone_number_verified: 'false' }))).toMatchObject({ attribute: 'email', channel: 'EMAIL' });
    expect(recoveryTarget(pool(), user({ email: 'a@example.com' }))).toBeUndefined();
  });

  it('follows the priorities of AccountRecoverySetting', () => {
    expect(recoveryTarget(pool(recovery('verified_email', 'verified_phone_number')), user(both))).toMatchObject({ attribute: 'email' });
    expect(recoveryTarget(pool(recovery('verified_phone_number', 'verified_email')), user(both))).toMatchObject({ attribute: 'phone_number' });
    expect(recoveryTarget(pool(recovery('verified_email')), user({ phone_number: '+15550001234', phone_number_verified: 'true' }))).toBeUndefined();
  });

  it('does not use a phone that serves SMS MFA (or an email that serves email MFA) when the setting is present', () => {
    const p = pool(recovery('verified_phone_number', 'verified_email'));
    expect(recoveryTarget(p, user(both, { smsEnabled: true }))).toMatchObject({ attribute: 'email' });
    expect(recoveryTarget(p, user(both, { smsEnabled: true, emailEnabled: true }))).toBeUndefined();
    // The legacy rule has no such exclusion.
    expect(recoveryTarget(pool(), user(both, { smsEnabled: true }))).toMatchObject({ attribute: 'phone_number' });
  });

  it('admin_only turns self-service recovery off', () => {
    expect(recoveryTarget(pool(recovery('admin_only')), user(both))).toBe('admin_only');
  });
});

describe('simulated deliveries', () => {
  it('follow the shape of the typed name, else the pool settings, and are stable', () => {
    const p = pool(recovery('verified_email', 'verified_phone_number'));
    expect(preferredRecoveryMedium(p)).toBe('email');
    expect(preferredRecoveryMedium(pool())).toBe('phone_number');
    expect(simulatedDelivery(p, '+15550009876', 'email')).toEqual({ Destination: '+*******9876', DeliveryMedium: 'SMS', AttributeName: 'phone_number' });
    const a = simulatedDelivery(p, 'someone', 'email');
    expect(a).toMatchObject({ DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    expect(simulatedDelivery(p, 'someone', 'email')).toEqual(a);
    expect(simulatedDelivery(p, 'someone', 'phone_number')).toMatchObject({ DeliveryMedium: 'SMS', AttributeName: 'phone_number' });
  });
});
