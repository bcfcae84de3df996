/**
 * Identity pool settings: building them from CreateIdentityPool /
 * UpdateIdentityPool input, describing them as the API's `IdentityPool`
 * shape, and checking roles and role mappings (SetIdentityPoolRoles).
 */
import { fail } from '../core/errors';
import { record, toRecord } from '../core/records';
import { IDENTITY_POOL_LIMITS } from '../facts';
import type { CognitoIdentityProviderConfig, IdentityPool, IdentityPoolConfig, RoleMapping } from './model';
import { IDENTITY_MESSAGES as M } from './messages';
import { isSocialProvider, oidcProviderHost } from './providers';

/** The members CreateIdentityPool and UpdateIdentityPool take (after validation). */
export interface PoolSettingsInput {
  IdentityPoolName: string;
  AllowUnauthenticatedIdentities: boolean;
  AllowClassicFlow?: boolean;
  SupportedLoginProviders?: Record<string, string>;
  DeveloperProviderName?: string;
  OpenIdConnectProviderARNs?: string[];
  CognitoIdentityProviders?: CognitoIdentityProviderConfig[];
  SamlProviderARNs?: string[];
  IdentityPoolTags?: Record<string, string>;
}

/**
 * The stored settings for `input`: only members the caller set, in the API's
 * member order, with maps copied into prototype-free records.
 */
export function poolConfigFrom(input: PoolSettingsInput): IdentityPoolConfig {
  const providers = input.CognitoIdentityProviders ?? [];
  const max = IDENTITY_POOL_LIMITS.userPoolProvidersPerPool.value;
  if (providers.length > max) throw fail('LimitExceededException', M.tooManyUserPoolProviders(max));
  const config: IdentityPoolConfig = { IdentityPoolName: input.IdentityPoolName, AllowUnauthenticatedIdentities: input.AllowUnauthenticatedIdentities };
  if (input.AllowClassicFlow !== undefined) config.AllowClassicFlow = input.AllowClassicFlow;
  if (input.SupportedLoginProviders !== undefined) config.SupportedLoginProviders = toRecord(input.SupportedLoginProviders);
  if (input.DeveloperProviderName !== undefined) config.DeveloperProviderName = input.DeveloperProviderName;
  if (input.OpenIdConnectProviderARNs !== undefined) config.OpenIdConnectProviderARNs = [...input.OpenIdConnectProviderARNs];
  if (input.CognitoIdentityProviders !== undefined) config.CognitoIdentityProviders = providers.map((p) => ({ ...p }));
  if (input.SamlProviderARNs !== undefined) config.SamlProviderARNs = [...input.SamlProviderARNs];
  config.IdentityPoolTags = toRecord(input.IdentityPoolTags ?? record<string>());
  return config;
}

/** The API's `IdentityPool` for a pool (what Create, Describe and Update return). */
export function describePool(pool: IdentityPool): Record<string, unknown> {
  return { IdentityPoolId: pool.id, ...pool.config, IdentityPoolTags: pool.config.IdentityPoolTags ?? {} };
}

const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

/** Checks that `arn` is an IAM role ARN, or answers as AWS does for something that is not: "Access to Role '…' is forbidden.". */
export function requireRoleArn(arn: string): void {
  if (!ROLE_ARN.test(arn)) throw fail('NotAuthorizedException', M.roleForbidden(arn));
}

/** The RoleMappings keys this pool accepts: `{provider}:{clientId}` for user pools, social provider names, OIDC hosts, SAML ARNs. */
export function roleMappingKeys(config: IdentityPoolConfig): Set<string> {
  const keys = new Set<string>();
  for (const p of config.CognitoIdentityProviders ?? []) if (p.ProviderName && p.ClientId) keys.add(`${p.ProviderName}:${p.ClientId}`);
  for (const name of Object.keys(config.SupportedLoginProviders ?? {})) if (isSocialProvider(name)) keys.add(name);
  for (const arn of config.OpenIdConnectProviderARNs ?? []) {
    const host = oidcProviderHost(arn);
    if (host) keys.add(host);
  }
  for (const arn of config.SamlProviderARNs ?? []) keys.add(arn);
  return keys;
}

/** Checks SetIdentityPoolRoles input against the pool and returns the mappings to store. */
export function checkRoleMappings(config: IdentityPoolConfig, mappings: Record<string, RoleMapping>): Record<string, RoleMapping> {
  const allowed = roleMappingKeys(config);
  const out = record<RoleMapping>();
  for (const [key, mapping] of Object.entries(mappings)) {
    if (!allowed.has(key)) throw fail('InvalidParameterException', M.invalidRoleMappingProvider(key));
    if (!mapping.AmbiguousRoleResolution) throw fail('InvalidParameterException', M.ambiguousRoleResolutionRequired(key));
    const stored: RoleMapping = { Type: mapping.Type, AmbiguousRoleResolution: mapping.AmbiguousRoleResolution };
    if (mapping.Type === 'Rules') {
      if (!mapping.RulesConfiguration) throw fail('InvalidParameterException', M.rulesConfigurationRequired(key));
      for (const rule of mapping.RulesConfiguration.Rules) requireRoleArn(rule.RoleARN);
      stored.RulesConfiguration = { Rules: mapping.RulesConfiguration.Rules.map((r) => ({ Claim: r.Claim, MatchType: r.MatchType, Value: r.Value, RoleARN: r.RoleARN })) };
    }
    out[key] = stored;
  }
  return out;
}
