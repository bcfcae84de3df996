/**
 * The state of Amazon Cognito identity pools (federated identities): plain,
 * JSON-serialisable data kept in `SimState.identityPools`. Pool settings are
 * stored in the API's own shape (`IdentityPool` of the Cognito Identity API),
 * so DescribeIdentityPool returns them as they are. Times are epoch ms.
 */
import type { JsonWebKeyLike } from '../core/model';

/** An RSA key pair that signs Cognito Identity OpenID tokens (RS512, as AWS's are). */
export interface OpenIdSigningKey {
  kid: string;
  alg: 'RS512';
  publicJwk: JsonWebKeyLike;
  privateJwk: JsonWebKeyLike;
}

/** A mapping rule (API `MappingRule`). */
export interface MappingRule {
  Claim: string;
  MatchType: 'Equals' | 'Contains' | 'StartsWith' | 'NotEqual';
  Value: string;
  RoleARN: string;
}

/** A role mapping for one identity provider (API `RoleMapping`). */
export interface RoleMapping {
  Type: 'Token' | 'Rules';
  AmbiguousRoleResolution?: 'AuthenticatedRole' | 'Deny';
  RulesConfiguration?: { Rules: MappingRule[] };
}

/** A user pool (and app client) an identity pool trusts (API `CognitoIdentityProvider`). */
export interface CognitoIdentityProviderConfig {
  ProviderName?: string;
  ClientId?: string;
  ServerSideTokenCheck?: boolean;
}

/**
 * The settings of an identity pool, as the API's `IdentityPool` shape has
 * them (without `IdentityPoolId`, which is {@link IdentityPool.id}). Members a
 * caller never set are absent.
 */
export interface IdentityPoolConfig {
  IdentityPoolName: string;
  AllowUnauthenticatedIdentities: boolean;
  AllowClassicFlow?: boolean;
  /** Social provider name (`accounts.google.com`, …) → app id(s). */
  SupportedLoginProviders?: Record<string, string>;
  DeveloperProviderName?: string;
  OpenIdConnectProviderARNs?: string[];
  CognitoIdentityProviders?: CognitoIdentityProviderConfig[];
  SamlProviderARNs?: string[];
  IdentityPoolTags?: Record<string, string>;
}

/**
 * One identity: an id (`region:uuid`) and the logins linked to it. An
 * identity without logins or developer user identifiers is a guest
 * (unauthenticated) identity.
 */
export interface Identity {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** Linked logins: provider name (the `Logins` map key) → the provider's user identifier (`sub`). */
  logins: Record<string, string>;
  /** Developer user identifiers linked under the pool's DeveloperProviderName. */
  developerUserIdentifiers: string[];
  /** Set when the identity was merged into another one: it is disabled from then on. */
  disabled?: boolean;
  /** The identity it was merged into. */
  mergedInto?: string;
}

export interface IdentityPool {
  id: string;
  createdAt: number;
  updatedAt: number;
  config: IdentityPoolConfig;
  /** Default roles by `authenticated` / `unauthenticated` (SetIdentityPoolRoles `Roles`). */
  roles: Record<string, string>;
  /** SetIdentityPoolRoles `RoleMappings`, by provider key. */
  roleMappings: Record<string, RoleMapping>;
  identities: Record<string, Identity>;
  /**
   * Key that signs this pool's OpenID tokens (GetOpenIdToken,
   * GetOpenIdTokenForDeveloperIdentity). Created on first use.
   */
  openIdKey?: OpenIdSigningKey;
  /** Secret (hex) that seals the pool's session tokens and derives secret keys. Never leaves the engine except in snapshots. */
  credentialsSecret: string;
}
