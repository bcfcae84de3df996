/**
 * A pool's MFA settings. `pool.config.MfaConfiguration` (OFF | ON | OPTIONAL)
 * is the mode DescribeUserPool shows; which factors are on is kept beside it
 * in `pool.config` under the names GetUserPoolMfaConfig uses
 * (`SmsMfaConfiguration`, `SoftwareTokenMfaConfiguration`,
 * `EmailMfaConfiguration`, `WebAuthnConfiguration`), which DescribeUserPool
 * does not return. Read them through {@link mfaFactors}.
 */
import { fail, MESSAGES } from '../core/errors';
import type { Json, UserPool } from '../core/model';
import type { Infer } from '../core/validate';
import { POOL_DEFAULTS } from '../facts';
import { POOL_MESSAGES, TIER_FEATURES } from './messages';
import { plain } from './plain';
import type { EmailMfaConfig, SmsConfiguration, SmsMfaConfig, SoftwareTokenMfaConfig, WebAuthnConfig } from './shapes';

export type MfaMode = 'OFF' | 'ON' | 'OPTIONAL';
type Config = { [k: string]: Json | undefined };

/** Which second factors the pool offers, and its MFA mode. */
export interface MfaFactors {
  mode: MfaMode;
  sms: boolean;
  totp: boolean;
  email: boolean;
}

/** The pool's MFA mode and enabled factors (for sign-in and MFA preference operations). */
export function mfaFactors(pool: UserPool): MfaFactors {
  return factorsOf(pool.config);
}

function factorsOf(config: Config): MfaFactors {
  const totp = (config.SoftwareTokenMfaConfiguration as { Enabled?: boolean } | undefined)?.Enabled === true;
  return {
    mode: ((config.MfaConfiguration as MfaMode | undefined) ?? POOL_DEFAULTS.mfaConfiguration.value) as MfaMode,
    sms: config.SmsMfaConfiguration !== undefined,
    totp,
    email: config.EmailMfaConfiguration !== undefined,
  };
}

/** The pool's tier (UserPoolTier), ESSENTIALS unless set. */
export const tierOf = (config: Config): string => (config.UserPoolTier as string | undefined) ?? POOL_DEFAULTS.tier.value;

/**
 * Refuses settings the pool's feature plan does not include: threat
 * protection (UserPoolAddOns other than OFF) needs PLUS; email MFA needs
 * ESSENTIALS or PLUS.
 */
export function checkTierFeatures(config: Config): void {
  const tier = tierOf(config);
  const missing: string[] = [];
  const addOns = config.UserPoolAddOns as { AdvancedSecurityMode?: string } | undefined;
  if (tier !== 'PLUS' && addOns?.AdvancedSecurityMode !== undefined && addOns.AdvancedSecurityMode !== 'OFF') missing.push(TIER_FEATURES.threatProtection);
  if (tier === 'LITE' && config.EmailMfaConfiguration !== undefined) missing.push(TIER_FEATURES.emailMfa);
  if (missing.length > 0) throw fail('FeatureUnavailableInTierException', POOL_MESSAGES.featureNotInTier(tier, missing));
}

type SmsConfigurationValue = Infer<typeof SmsConfiguration>;

/** Keeps the SMS factor's record in step with the pool-level SMS settings. */
function enableSms(config: Config, smsConfiguration: SmsConfigurationValue, message: string | undefined): void {
  config.SmsConfiguration = smsConfiguration as unknown as Json;
  if (message !== undefined) config.SmsAuthenticationMessage = message;
  const record: { [k: string]: Json } = { SmsConfiguration: smsConfiguration as unknown as Json };
  if (config.SmsAuthenticationMessage !== undefined) record.SmsAuthenticationMessage = config.SmsAuthenticationMessage as string;
  config.SmsMfaConfiguration = record;
}

function clearFactors(config: Config): void {
  delete config.SmsMfaConfiguration;
  delete config.EmailMfaConfiguration;
  if (config.SoftwareTokenMfaConfiguration !== undefined) config.SoftwareTokenMfaConfiguration = { Enabled: false };
}

/**
 * Applies the MFA mode of a CreateUserPool or UpdateUserPool request to a
 * new pool config. Turning MFA on there needs SMS (an SmsConfiguration and
 * phone_number auto-verification) unless TOTP or email MFA is already on;
 * turning it off turns every factor off.
 */
export function applyPoolMfaMode(config: Config, creating: boolean): void {
  const mode = config.MfaConfiguration as MfaMode;
  if (mode === 'OFF') {
    clearFactors(config);
    return;
  }
  const sms = config.SmsConfiguration as SmsConfigurationValue | undefined;
  const auto = (config.AutoVerifiedAttributes as string[] | undefined) ?? [];
  const smsReady = sms !== undefined && auto.includes('phone_number');
  const others = factorsOf(config);
  if (smsReady) {
    enableSms(config, sms, undefined);
  } else {
    delete config.SmsMfaConfiguration;
    if (creating || (!others.totp && !others.email)) throw fail('InvalidParameterException', POOL_MESSAGES.mfaNeedsSms);
  }
}

/** A SetUserPoolMfaConfig request, validated. */
export interface SetMfaInput {
  SmsMfaConfiguration?: Infer<typeof SmsMfaConfig>;
  SoftwareTokenMfaConfiguration?: Infer<typeof SoftwareTokenMfaConfig>;
  EmailMfaConfiguration?: Infer<typeof EmailMfaConfig>;
  MfaConfiguration?: MfaMode;
  WebAuthnConfiguration?: Infer<typeof WebAuthnConfig>;
}

/**
 * SetUserPoolMfaConfig: replaces the pool's MFA mode and factors. A factor
 * left out of the request is turned off; a mode left out is OFF. MFA off with
 * a factor, or on with none, is refused with Cognito's messages.
 */
export function setMfaConfig(pool: UserPool, input: SetMfaInput): void {
  const config = pool.config as Config;
  const mode = input.MfaConfiguration ?? 'OFF';
  const sms = input.SmsMfaConfiguration !== undefined;
  const totp = input.SoftwareTokenMfaConfiguration?.Enabled === true;
  const email = input.EmailMfaConfiguration !== undefined;
  if (mode === 'OFF' && (sms || totp || email)) throw fail('InvalidParameterException', MESSAGES.mfaOffWithFactor);
  if (mode !== 'OFF' && !sms && !totp && !email) throw fail('InvalidParameterException', MESSAGES.mfaOnWithoutFactor);

  if (sms) {
    const smsConfiguration = input.SmsMfaConfiguration?.SmsConfiguration ?? (config.SmsConfiguration as SmsConfigurationValue | undefined);
    if (!smsConfiguration) throw fail('InvalidParameterException', POOL_MESSAGES.smsMfaNeedsSmsConfiguration);
    enableSms(config, smsConfiguration, input.SmsMfaConfiguration?.SmsAuthenticationMessage);
  } else {
    delete config.SmsMfaConfiguration;
  }
  if (input.SoftwareTokenMfaConfiguration !== undefined || config.SoftwareTokenMfaConfiguration !== undefined) config.SoftwareTokenMfaConfiguration = { Enabled: totp };
  if (email) {
    const sending = (config.EmailConfiguration as { EmailSendingAccount?: string } | undefined)?.EmailSendingAccount ?? POOL_DEFAULTS.emailSendingAccount.value;
    config.EmailMfaConfiguration = { ...input.EmailMfaConfiguration } as { [k: string]: Json };
    checkTierFeatures(config);
    if (sending !== 'DEVELOPER') throw fail('InvalidParameterException', POOL_MESSAGES.emailMfaNeedsDeveloperEmail);
  } else {
    delete config.EmailMfaConfiguration;
  }
  if (input.WebAuthnConfiguration !== undefined) config.WebAuthnConfiguration = { ...input.WebAuthnConfiguration } as { [k: string]: Json };
  config.MfaConfiguration = mode;
}

/** GetUserPoolMfaConfig's (and SetUserPoolMfaConfig's) response. */
export function mfaConfigResponse(pool: UserPool): Record<string, Json> {
  const config = pool.config as Config;
  const out: Record<string, Json> = {};
  if (config.SmsMfaConfiguration !== undefined) {
    const sms: { [k: string]: Json } = {};
    if (config.SmsAuthenticationMessage !== undefined) sms.SmsAuthenticationMessage = config.SmsAuthenticationMessage;
    if (config.SmsConfiguration !== undefined) sms.SmsConfiguration = config.SmsConfiguration;
    out.SmsMfaConfiguration = sms;
  }
  if (config.SoftwareTokenMfaConfiguration !== undefined) out.SoftwareTokenMfaConfiguration = config.SoftwareTokenMfaConfiguration;
  if (config.EmailMfaConfiguration !== undefined) out.EmailMfaConfiguration = config.EmailMfaConfiguration;
  out.MfaConfiguration = factorsOf(config).mode;
  if (config.WebAuthnConfiguration !== undefined) out.WebAuthnConfiguration = config.WebAuthnConfiguration;
  // A plain copy: the response must not hold parts of the state (drafts while the call runs).
  return plain(out);
}
