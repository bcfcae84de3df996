/**
 * A user pool's settings (`pool.config`, in `UserPoolType` form): AWS's
 * defaults for what a request leaves out, the checks Cognito makes, and the
 * DescribeUserPool view.
 *
 * CreateUserPool and UpdateUserPool share {@link poolSettings}: like AWS,
 * UpdateUserPool resets every updatable setting the request leaves out to its
 * default ("If you don't provide a value for an attribute, Amazon Cognito sets
 * it to its default value"). The name, tier, schema, username and alias
 * attributes and username configuration are kept.
 */
import { plain } from './plain';
import { fail, MESSAGES } from '../core/errors';
import type { Json, UserPool } from '../core/model';
import type { StructOf } from '../core/validate';
import { PASSWORD_POLICY_DEFAULT, POOL_DEFAULTS } from '../facts';
import { userPoolArn } from './ids';
import { POOL_MESSAGES } from './messages';
import { applyPoolMfaMode, checkTierFeatures } from './mfa';
import { checkLambdaConfig } from './lambdaConfig';
import { updatablePoolMembers, type immutablePoolMembers } from './shapes';

export type UpdatablePoolSettings = StructOf<typeof updatablePoolMembers>;
export type ImmutablePoolSettings = StructOf<typeof immutablePoolMembers>;
type Config = { [k: string]: Json | undefined };

const clone = <T>(v: T): Json => plain(v) as unknown as Json;

/** The password policy: AWS's defaults when none is given; a given policy's missing switches are off. */
function passwordPolicy(given: UpdatablePoolSettings['Policies']): Json {
  const d = PASSWORD_POLICY_DEFAULT.value;
  const p = given?.PasswordPolicy;
  const policy: { [k: string]: Json } = p
    ? {
        MinimumLength: p.MinimumLength ?? d.MinimumLength,
        RequireUppercase: p.RequireUppercase ?? false,
        RequireLowercase: p.RequireLowercase ?? false,
        RequireNumbers: p.RequireNumbers ?? false,
        RequireSymbols: p.RequireSymbols ?? false,
        TemporaryPasswordValidityDays: p.TemporaryPasswordValidityDays || d.TemporaryPasswordValidityDays,
      }
    : { ...d };
  if (p?.PasswordHistorySize !== undefined) policy.PasswordHistorySize = p.PasswordHistorySize;
  const signIn = given?.SignInPolicy ?? { AllowedFirstAuthFactors: [...POOL_DEFAULTS.allowedFirstAuthFactors.value] };
  return { PasswordPolicy: policy, SignInPolicy: clone(signIn) };
}

/**
 * The updatable settings of a pool from a request, with defaults for what it
 * leaves out. `previous` (on update) supplies the tier when the request
 * leaves it out.
 */
export function poolSettings(input: UpdatablePoolSettings, previous?: Config): Config {
  const c: Config = {};
  c.Policies = passwordPolicy(input.Policies);
  c.DeletionProtection = input.DeletionProtection ?? POOL_DEFAULTS.deletionProtection.value;
  c.LambdaConfig = clone(input.LambdaConfig ?? {});
  if (input.AutoVerifiedAttributes) c.AutoVerifiedAttributes = [...new Set(input.AutoVerifiedAttributes)];

  // The legacy message fields and VerificationMessageTemplate mirror each other.
  const template: { [k: string]: Json } = { ...(input.VerificationMessageTemplate as { [k: string]: Json } | undefined) };
  const mirror = (legacy: 'SmsVerificationMessage' | 'EmailVerificationMessage' | 'EmailVerificationSubject', inTemplate: string) => {
    const value = input[legacy] ?? (template[inTemplate] as string | undefined);
    if (value !== undefined) {
      c[legacy] = value;
      template[inTemplate] ??= value;
    }
  };
  mirror('SmsVerificationMessage', 'SmsMessage');
  mirror('EmailVerificationMessage', 'EmailMessage');
  mirror('EmailVerificationSubject', 'EmailSubject');
  template.DefaultEmailOption ??= POOL_DEFAULTS.defaultEmailOption.value;
  c.VerificationMessageTemplate = template;

  if (input.SmsAuthenticationMessage !== undefined) c.SmsAuthenticationMessage = input.SmsAuthenticationMessage;
  c.UserAttributeUpdateSettings = { AttributesRequireVerificationBeforeUpdate: [...(input.UserAttributeUpdateSettings?.AttributesRequireVerificationBeforeUpdate ?? [])] };
  c.MfaConfiguration = input.MfaConfiguration ?? POOL_DEFAULTS.mfaConfiguration.value;
  if (input.DeviceConfiguration) c.DeviceConfiguration = clone(input.DeviceConfiguration);
  c.EmailConfiguration = { EmailSendingAccount: POOL_DEFAULTS.emailSendingAccount.value, ...(clone(input.EmailConfiguration ?? {}) as { [k: string]: Json }) };
  if (input.SmsConfiguration) c.SmsConfiguration = clone(input.SmsConfiguration);
  c.UserPoolTags = clone(input.UserPoolTags ?? {});
  c.AdminCreateUserConfig = {
    AllowAdminCreateUserOnly: false,
    UnusedAccountValidityDays: POOL_DEFAULTS.unusedAccountValidityDays.value,
    ...(clone(input.AdminCreateUserConfig ?? {}) as { [k: string]: Json }),
  };
  if (input.UserPoolAddOns) c.UserPoolAddOns = clone(input.UserPoolAddOns);
  if (input.AccountRecoverySetting) c.AccountRecoverySetting = clone(input.AccountRecoverySetting);
  c.UserPoolTier = input.UserPoolTier ?? (previous?.UserPoolTier as string | undefined) ?? POOL_DEFAULTS.tier.value;
  return c;
}

/**
 * The config after UpdateUserPool: the request's settings (defaults for what
 * it leaves out) over the pool's immutable ones.
 */
export function updatedConfig(pool: UserPool, input: UpdatablePoolSettings & { PoolName?: string }): Config {
  const previous = pool.config as Config;
  const next: Config = {};
  // Everything that is not an updatable setting is kept: identity, schema, sign-in attributes, MFA factors, Domain.
  for (const [k, v] of Object.entries(previous)) if (!(k in updatablePoolMembers)) next[k] = v;
  Object.assign(next, poolSettings(input, previous));
  if (input.PoolName !== undefined) next.Name = input.PoolName;
  checkPoolSettings(next, false);
  return next;
}

/** The checks Cognito makes on a whole pool config (create and update). */
export function checkPoolSettings(config: Config, creating: boolean): void {
  const username = (config.UsernameAttributes as string[] | undefined) ?? [];
  const alias = (config.AliasAttributes as string[] | undefined) ?? [];
  if (username.length > 0 && alias.length > 0) throw fail('InvalidParameterException', MESSAGES.aliasAndUsernameAttributes);
  const auto = (config.AutoVerifiedAttributes as string[] | undefined) ?? [];
  const verifyFirst = (config.UserAttributeUpdateSettings as { AttributesRequireVerificationBeforeUpdate?: string[] } | undefined)?.AttributesRequireVerificationBeforeUpdate ?? [];
  if (verifyFirst.some((a) => !auto.includes(a))) throw fail('InvalidParameterException', POOL_MESSAGES.verifyBeforeUpdateNotAutoVerified);
  checkLambdaConfig(config.LambdaConfig);
  applyPoolMfaMode(config, creating);
  checkTierFeatures(config);
}

/** The order of UserPoolType's members, as DescribeUserPool returns them. */
const USER_POOL_TYPE_ORDER = [
  'Id',
  'Name',
  'Policies',
  'DeletionProtection',
  'LambdaConfig',
  'LastModifiedDate',
  'CreationDate',
  'SchemaAttributes',
  'AutoVerifiedAttributes',
  'AliasAttributes',
  'UsernameAttributes',
  'SmsVerificationMessage',
  'EmailVerificationMessage',
  'EmailVerificationSubject',
  'VerificationMessageTemplate',
  'SmsAuthenticationMessage',
  'UserAttributeUpdateSettings',
  'MfaConfiguration',
  'DeviceConfiguration',
  'EstimatedNumberOfUsers',
  'EmailConfiguration',
  'SmsConfiguration',
  'UserPoolTags',
  'SmsConfigurationFailure',
  'EmailConfigurationFailure',
  'Domain',
  'CustomDomain',
  'AdminCreateUserConfig',
  'UserPoolAddOns',
  'UsernameConfiguration',
  'Arn',
  'AccountRecoverySetting',
  'UserPoolTier',
] as const;

/** The pool as DescribeUserPool returns it (`UserPoolType`): dates in epoch seconds, computed fields added, unset fields left out. */
export function describePool(pool: UserPool, region: string): Record<string, Json> {
  const config = pool.config as Config;
  const computed: Config = {
    Id: pool.id,
    Arn: userPoolArn(region, pool.id),
    CreationDate: pool.createdAt / 1000,
    LastModifiedDate: pool.updatedAt / 1000,
    EstimatedNumberOfUsers: Object.keys(pool.users).length,
  };
  // Domain and CustomDomain name the pool's domains (CreateUserPoolDomain, simulator/oauth).
  for (const d of Object.values(pool.domains ?? {})) computed[d.certificateArn ? 'CustomDomain' : 'Domain'] = d.domain;
  const out: Record<string, Json> = {};
  for (const key of USER_POOL_TYPE_ORDER) {
    const value = key in computed ? computed[key] : config[key];
    if (value !== undefined) out[key] = plain(value) as Json;
  }
  return out;
}

/** The pool as ListUserPools lists it (`UserPoolDescriptionType`). */
export function poolDescription(pool: UserPool): Record<string, Json> {
  return {
    Id: pool.id,
    Name: pool.config.Name as string,
    LambdaConfig: plain((pool.config.LambdaConfig as Json | undefined) ?? {}) as Json,
    LastModifiedDate: pool.updatedAt / 1000,
    CreationDate: pool.createdAt / 1000,
  };
}
