/**
 * Input shapes of the Cognito Identity API (identity pools), with the
 * constraints of its API model (cognito-identity 2014-06-30: lengths,
 * patterns, enums, ranges).
 */
import { bool, int, list, map, opt, str, struct } from '../core/validate';
import { IDENTITY_POOLS, IDENTITY_POOL_LIMITS } from '../facts';

const L = IDENTITY_POOL_LIMITS;

export const IdentityPoolId = str({ min: L.identityPoolIdLength.value.min, max: L.identityPoolIdLength.value.max, pattern: '[\\w-]+:[0-9a-f-]+' });
export const IdentityId = str({ min: 1, max: IDENTITY_POOLS.identityIdMaxLength.value, pattern: '[\\w-]+:[0-9a-f-]+' });
export const IdentityPoolName = str({ min: L.identityPoolNameLength.value.min, max: L.identityPoolNameLength.value.max, pattern: '[\\w\\s+=,.@-]+' });
export const DeveloperProviderName = str({ min: 1, max: 128, pattern: '[\\w._-]+' });
export const DeveloperUserIdentifier = str({ min: L.developerUserIdentifierLength.value.min, max: L.developerUserIdentifierLength.value.max });
/** ARNString: 20-2048 characters, no pattern in the model. */
export const ARNString = str({ min: 20, max: 2048 });
export const AccountId = str({ min: 1, max: 15, pattern: '\\d+' });
export const QueryLimit = int({ min: L.listMaxResults.value.min, max: L.listMaxResults.value.max });
export const PaginationKey = str({ min: 1, max: 65535, pattern: '[\\S]+' });

const IdentityProviderName = str({ min: 1, max: 128 });
const IdentityProviderId = str({ min: 1, max: 128, pattern: '[\\w.;_/-]+' });
const IdentityProviderToken = str({ min: L.providerTokenLength.value.min, max: L.providerTokenLength.value.max, sensitive: true });

/** SupportedLoginProviders: provider name → app id. */
export const IdentityProviders = map(IdentityProviderId, { key: IdentityProviderName, max: L.supportedLoginProviders.value });
/** Logins: provider name → token (or developer user identifier). */
export const LoginsMap = map(IdentityProviderToken, { key: IdentityProviderName, max: L.loginsPerCall.value });

export const CognitoIdentityProvider = struct({
  ProviderName: opt(str({ min: 1, max: 128, pattern: '[\\w._:/-]+' })),
  ClientId: opt(str({ min: 1, max: 128, pattern: '[\\w_]+' })),
  ServerSideTokenCheck: opt(bool()),
});

export const IdentityPoolTags = map(str({ min: 0, max: 256 }), { key: str({ min: 1, max: 128 }), max: L.tagsPerPool.value });

/** The settings CreateIdentityPool and UpdateIdentityPool share (API `CreateIdentityPoolInput` / `IdentityPool`). */
export const poolSettingMembers = {
  IdentityPoolName,
  AllowUnauthenticatedIdentities: bool(),
  AllowClassicFlow: opt(bool()),
  SupportedLoginProviders: opt(IdentityProviders),
  DeveloperProviderName: opt(DeveloperProviderName),
  OpenIdConnectProviderARNs: opt(list(ARNString)),
  CognitoIdentityProviders: opt(list(CognitoIdentityProvider)),
  SamlProviderARNs: opt(list(ARNString)),
  IdentityPoolTags: opt(IdentityPoolTags),
};

const RoleType = str({ min: 1, max: 128, pattern: '(un)?authenticated' });
export const RolesMap = map(ARNString, { key: RoleType, max: L.rolesMapEntries.value });

export const MappingRule = struct({
  Claim: str({ min: L.mappingRuleClaimLength.value.min, max: L.mappingRuleClaimLength.value.max, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+' }),
  MatchType: str({ enum: ['Equals', 'Contains', 'StartsWith', 'NotEqual'] as const }),
  Value: str({ min: L.mappingRuleValueLength.value.min, max: L.mappingRuleValueLength.value.max }),
  RoleARN: ARNString,
});

export const RoleMapping = struct({
  Type: str({ enum: ['Token', 'Rules'] as const }),
  AmbiguousRoleResolution: opt(str({ enum: ['AuthenticatedRole', 'Deny'] as const })),
  RulesConfiguration: opt(struct({ Rules: list(MappingRule, { min: 1, max: IDENTITY_POOLS.rulesPerProvider.value }) })),
});

export const RoleMappingMap = map(RoleMapping, { key: IdentityProviderName, max: IDENTITY_POOLS.roleMappingProviders.value });

export const TokenDuration = int({ min: L.tokenDurationSeconds.value.min, max: L.tokenDurationSeconds.value.max });
export const PrincipalTags = map(str({ min: 1, max: 256 }), { key: str({ min: 1, max: 128 }), max: 50 });
export const IdentityIdList = list(IdentityId, { min: L.deleteIdentitiesPerCall.value.min, max: L.deleteIdentitiesPerCall.value.max });
