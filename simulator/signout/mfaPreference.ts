/**
 * A user's MFA preference (SetUserMFAPreference, AdminSetUserMFAPreference):
 * which factors are turned on and which one, if any, is preferred. Sign-in
 * reads `user.mfa`; GetUser and AdminGetUser show it as UserMFASettingList and
 * PreferredMfaSetting.
 *
 * Rules (API reference, SetUserMFAPreference / AdminSetUserMFAPreference):
 * - only one factor can be preferred;
 * - a factor needs its delivery channel to be turned on: a verified software
 *   token (AssociateSoftwareToken + VerifySoftwareToken), a phone number, or an
 *   email address; email MFA also needs the pool to offer it (EMAIL_OTP on in
 *   the pool's MFA configuration, which needs the Essentials tier or higher,
 *   per EmailMfaSettingsType, and email sent through Amazon SES);
 * - a settings block left out leaves that factor as it was; `Enabled` or
 *   `PreferredMfa` left out of a block leaves that flag as it was.
 */
import { bool, opt, struct } from '../core/validate';
import { fail } from '../core/errors';
import type { User, UserPool } from '../core/model';
import { mfaFactors, tierOf } from '../pools/mfa';
import { MFA_MESSAGES } from './messages';

/** The request shape shared by SMSMfaSettings, SoftwareTokenMfaSettings and EmailMfaSettings. */
export const MfaSettings = opt(struct({ Enabled: opt(bool()), PreferredMfa: opt(bool()) }));

export interface MfaSettingsInput {
  Enabled?: boolean;
  PreferredMfa?: boolean;
}

export type MfaFactor = 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';

export interface MfaPreferenceRequest {
  SMSMfaSettings?: MfaSettingsInput;
  SoftwareTokenMfaSettings?: MfaSettingsInput;
  EmailMfaSettings?: MfaSettingsInput;
}

const FLAG = { SMS_MFA: 'smsEnabled', SOFTWARE_TOKEN_MFA: 'totpEnabled', EMAIL_OTP: 'emailEnabled' } as const;

/**
 * Whether the pool offers email MFA: its MFA configuration turns EMAIL_OTP on
 * (SetUserPoolMfaConfig EmailMfaConfiguration, which needs Amazon SES sending
 * and a tier above Lite).
 */
export function poolOffersEmailMfa(pool: UserPool): boolean {
  return mfaFactors(pool).email && tierOf(pool.config) !== 'LITE';
}

/** Throws AWS's error when `factor` cannot be turned on for `user`. */
function requireDelivery(pool: UserPool, user: User, factor: MfaFactor): void {
  const ok =
    factor === 'SOFTWARE_TOKEN_MFA' ? Boolean(user.mfa.totpSecret) : factor === 'SMS_MFA' ? Boolean(user.attributes.phone_number) : Boolean(user.attributes.email);
  if (!ok) throw fail('InvalidParameterException', MFA_MESSAGES.noDeliveryConfig(factor));
  if (factor === 'EMAIL_OTP' && !poolOffersEmailMfa(pool)) throw fail('InvalidParameterException', MFA_MESSAGES.emailMfaUnavailable);
}

/**
 * Applies an MFA preference request to `user.mfa`, or throws without changing
 * anything when the request is not allowed.
 */
export function applyMfaPreference(pool: UserPool, user: User, request: MfaPreferenceRequest): void {
  const blocks: Array<[MfaFactor, MfaSettingsInput | undefined]> = [
    ['SMS_MFA', request.SMSMfaSettings],
    ['SOFTWARE_TOKEN_MFA', request.SoftwareTokenMfaSettings],
    ['EMAIL_OTP', request.EmailMfaSettings],
  ];
  if (blocks.filter(([, s]) => s?.PreferredMfa === true).length > 1) throw fail('InvalidParameterException', MFA_MESSAGES.onePreferred);

  const enabled: Record<MfaFactor, boolean> = { SMS_MFA: user.mfa.smsEnabled, SOFTWARE_TOKEN_MFA: user.mfa.totpEnabled, EMAIL_OTP: user.mfa.emailEnabled };
  let preferred = user.mfa.preferred;

  for (const [factor, settings] of blocks) {
    if (!settings) continue;
    if (settings.Enabled === true) {
      requireDelivery(pool, user, factor);
      enabled[factor] = true;
    } else if (settings.Enabled === false) {
      enabled[factor] = false;
      if (preferred === factor) preferred = undefined;
    }
    if (settings.PreferredMfa === true) {
      if (!enabled[factor]) throw fail('InvalidParameterException', MFA_MESSAGES.preferredNotEnabled(factor));
      preferred = factor;
    } else if (settings.PreferredMfa === false && preferred === factor) {
      preferred = undefined;
    }
  }

  for (const factor of Object.keys(FLAG) as MfaFactor[]) user.mfa[FLAG[factor]] = enabled[factor];
  if (preferred) user.mfa.preferred = preferred;
  else delete user.mfa.preferred;
}

/** The factors turned on, as UserMFASettingList lists them. */
export function enabledMfaFactors(user: User): MfaFactor[] {
  return (Object.keys(FLAG) as MfaFactor[]).filter((f) => user.mfa[FLAG[f]]);
}
