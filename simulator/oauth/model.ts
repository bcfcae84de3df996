/**
 * State of a pool's OAuth 2.0 authorization server: its domains, resource
 * servers, pending authorization codes and hosted-UI sessions. All optional
 * on the pool (`UserPool.domains` …), so snapshots written before the OAuth
 * engine existed still load.
 */

/** A user pool domain (CreateUserPoolDomain), keyed by its Domain string. */
export interface DomainRecord {
  /** The prefix (`my-app`) or the custom domain name (`auth.example.com`). */
  domain: string;
  /** ACM certificate of a custom domain; absent for a prefix domain. */
  certificateArn?: string;
  /** Managed login version: 1 (classic hosted UI) or 2 (managed login). */
  managedLoginVersion: number;
  /** CloudFront distribution a custom domain's DNS alias points at (simulated). */
  cloudFrontDistribution?: string;
  createdAt: number;
  updatedAt: number;
}

/** A resource server (CreateResourceServer), keyed by its Identifier. */
export interface ResourceServerRecord {
  identifier: string;
  name: string;
  scopes: Array<{ ScopeName: string; ScopeDescription: string }>;
  createdAt: number;
  updatedAt: number;
}

/** An authorization code waiting to be redeemed at /oauth2/token (single use). */
export interface AuthorizationCodeRecord {
  code: string;
  clientId: string;
  username: string;
  redirectUri: string;
  scopes: string[];
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: 'S256';
  /** When the user signed in (the session's sign-in time). */
  authTime: number;
  createdAt: number;
  expiresAt: number;
}

/** A hosted-UI session (the `cognito` cookie): the user stays signed in for later /oauth2/authorize calls. */
export interface HostedSessionRecord {
  id: string;
  username: string;
  authTime: number;
  expiresAt: number;
}

/** A federated identity provider (CreateIdentityProvider), keyed by ProviderName. */
export interface IdentityProviderRecord {
  name: string;
  /** SAML | Facebook | Google | LoginWithAmazon | SignInWithApple | OIDC. */
  type: string;
  details: Record<string, string>;
  /** User pool attribute → provider attribute (claim or SAML attribute name). */
  attributeMapping: Record<string, string>;
  idpIdentifiers: string[];
  createdAt: number;
  updatedAt: number;
  /** Identities of this provider linked to existing users (AdminLinkProviderForUser). */
  links?: ProviderLinkRecord[];
}

/**
 * A provider identity linked to an existing user: `attributeName` is
 * `Cognito_Subject` (the provider's subject) or a pool attribute the provider
 * maps (OIDC and SAML); `username` is the destination user.
 */
export interface ProviderLinkRecord {
  attributeName: string;
  attributeValue: string;
  username: string;
  linkedAt: number;
}
