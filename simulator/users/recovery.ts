/**
 * Where ForgotPassword sends its code (Developer Guide, Recovering user
 * accounts): the pool's AccountRecoverySetting picks, by priority, one
 * verified channel; a phone used for SMS MFA (or an email used for email MFA)
 * does not qualify; `admin_only` turns self-service recovery off. Without the
 * setting, the legacy rule applies: a verified phone first, then a verified
 * email.
 */
import type { User, UserPool } from '../core/model';

export interface RecoveryTarget {
  channel: 'EMAIL' | 'SMS';
  attribute: 'email' | 'phone_number';
  destination: string;
}

type Mechanism = 'verified_email' | 'verified_phone_number' | 'admin_only';

function mechanisms(pool: UserPool): Mechanism[] | undefined {
  const setting = pool.config.AccountRecoverySetting as { RecoveryMechanisms?: Array<{ Name: Mechanism; Priority: number }> } | undefined;
  const list = setting?.RecoveryMechanisms;
  if (!list || list.length === 0) return undefined;
  return [...list].sort((a, b) => a.Priority - b.Priority).map((m) => m.Name);
}

function verified(user: User, attribute: 'email' | 'phone_number'): RecoveryTarget | undefined {
  const value = user.attributes[attribute];
  if (!value || user.attributes[`${attribute}_verified`] !== 'true') return undefined;
  return { channel: attribute === 'email' ? 'EMAIL' : 'SMS', attribute, destination: value };
}

/**
 * The channel a recovery code goes to, `'admin_only'` when the pool only lets
 * administrators reset passwords, or undefined when the user has no eligible
 * verified email or phone number.
 */
export function recoveryTarget(pool: UserPool, user: User): RecoveryTarget | 'admin_only' | undefined {
  const order = mechanisms(pool);
  if (!order) return verified(user, 'phone_number') ?? verified(user, 'email');
  if (order.includes('admin_only')) return 'admin_only';
  for (const m of order) {
    if (m === 'verified_phone_number' && !user.mfa.smsEnabled) {
      const t = verified(user, 'phone_number');
      if (t) return t;
    }
    if (m === 'verified_email' && !user.mfa.emailEnabled) {
      const t = verified(user, 'email');
      if (t) return t;
    }
  }
  return undefined;
}

/** The medium the pool's settings would use for an ordinary user (for simulated answers). */
export function preferredRecoveryMedium(pool: UserPool): 'email' | 'phone_number' {
  const order = mechanisms(pool);
  if (!order) return 'phone_number';
  return order.find((m) => m === 'verified_email' || m === 'verified_phone_number') === 'verified_email' ? 'email' : 'phone_number';
}
