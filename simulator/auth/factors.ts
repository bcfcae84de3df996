/**
 * What the auth-session chart's guards need once the password is accepted:
 * the pool's MFA mode, the factors this user can answer with, the preferred
 * one, and the factors the pool lets a user set up.
 */
import type { User, UserPool } from '../core/model';
import { mfaFactors } from '../pools/mfa';
import type { MfaType, SignInFactors } from '../../machines/authSession';

/**
 * The factors `user` can be challenged with: those turned on for the user
 * (SetUserMFAPreference, or a verified software token) whose channel exists.
 * When the pool requires MFA and offers SMS, a user with a phone number always
 * has SMS ("You can't turn off SMS MFA for any of your users when MFA is
 * required in your user pool", API SMSMfaSettingsType).
 */
export function userFactors(pool: UserPool, user: User): MfaType[] {
  const pool_ = mfaFactors(pool);
  const out: MfaType[] = [];
  const phone = Boolean(user.attributes.phone_number);
  if (phone && (user.mfa.smsEnabled || (pool_.mode === 'ON' && pool_.sms))) out.push('SMS_MFA');
  if (user.mfa.totpEnabled && user.mfa.totpSecret) out.push('SOFTWARE_TOKEN_MFA');
  if (user.mfa.emailEnabled && user.attributes.email) out.push('EMAIL_OTP');
  return out;
}

/** The factors the pool offers for MFA_SETUP (MFAS_CAN_SETUP). */
export function setupFactors(pool: UserPool): MfaType[] {
  const f = mfaFactors(pool);
  const out: MfaType[] = [];
  if (f.sms) out.push('SMS_MFA');
  if (f.totp) out.push('SOFTWARE_TOKEN_MFA');
  if (f.email) out.push('EMAIL_OTP');
  return out;
}

/** The chart's view of a user who just got the password right. */
export function signInFactors(pool: UserPool, user: User, mustChangePassword: boolean): SignInFactors {
  const factors: SignInFactors = {
    mustChangePassword,
    poolMfa: mfaFactors(pool).mode,
    enabled: userFactors(pool, user),
    canSetup: setupFactors(pool),
  };
  if (user.mfa.preferred) factors.preferred = user.mfa.preferred;
  return factors;
}
