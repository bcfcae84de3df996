/**
 * Federated identity providers of a user pool (CreateIdentityProvider …) and
 * the users they sign in. SIMULATED: no real provider is contacted; each
 * provider type has a few test users (`SIMULATED_IDP_USERS`) whose claims the
 * simulated provider page hands back.
 *
 * A federated user is stored as `{ProviderName}_{provider subject}` with
 * status EXTERNAL_PROVIDER and an `identities` attribute; the provider's
 * claims are copied to pool attributes through the provider's
 * AttributeMapping at every sign-in.
 */
import type { OperationContext } from '../core/context';
import { fail } from '../core/errors';
import type { Json, User, UserPool } from '../core/model';
import { record } from '../core/records';
import { newUser, storeUser } from '../users/newUser';
import { usernameKey } from '../core/lookup';
import { IDP_MESSAGES } from './messages';
import type { IdentityProviderRecord } from './model';

export const PROVIDER_TYPES = ['SAML', 'Facebook', 'Google', 'LoginWithAmazon', 'SignInWithApple', 'OIDC'] as const;
const SOCIAL = new Set(['Facebook', 'Google', 'LoginWithAmazon', 'SignInWithApple']);

/** Whether a provider type is a social provider (Facebook, Google, Login with Amazon, Sign in with Apple). */
export const isSocialType = (type: string): boolean => SOCIAL.has(type);

/** ProviderDetails each type must carry (API CreateIdentityProvider ProviderDetails). */
const REQUIRED_DETAILS: Record<string, string[]> = {
  Google: ['client_id', 'client_secret', 'authorize_scopes'],
  Facebook: ['client_id', 'client_secret', 'authorize_scopes'],
  LoginWithAmazon: ['client_id', 'client_secret', 'authorize_scopes'],
  SignInWithApple: ['client_id', 'team_id', 'key_id', 'private_key', 'authorize_scopes'],
  OIDC: ['client_id', 'attributes_request_method', 'oidc_issuer', 'authorize_scopes'],
};

/** The pool's providers, creating the collection on first use. */
export function providersOf(pool: UserPool): Record<string, IdentityProviderRecord> {
  return (pool.identityProviders ??= record());
}

/** A provider or ResourceNotFoundException. */
export function requireProvider(pool: UserPool, name: string): IdentityProviderRecord {
  const p = pool.identityProviders?.[name];
  if (!p) throw fail('ResourceNotFoundException', IDP_MESSAGES.providerNotFound(name));
  return p;
}

/** Checks a provider's name, details and identifiers against its type and the pool's other providers. */
export function checkProvider(pool: UserPool, name: string, type: string, details: Record<string, string>, identifiers: string[]): void {
  if (name === 'COGNITO') throw fail('InvalidParameterException', IDP_MESSAGES.reservedProviderName);
  if (SOCIAL.has(type) && name !== type) throw fail('InvalidParameterException', IDP_MESSAGES.socialNameMustMatchType(type));
  if (type === 'SAML') {
    if (!details.MetadataURL && !details.MetadataFile) throw fail('InvalidParameterException', IDP_MESSAGES.samlNeedsMetadata);
  } else {
    for (const key of REQUIRED_DETAILS[type] ?? []) if (!details[key]) throw fail('InvalidParameterException', IDP_MESSAGES.missingDetail(type, key));
  }
  for (const id of identifiers) {
    const other = Object.values(pool.identityProviders ?? {}).find((p) => p.name !== name && p.idpIdentifiers.includes(id));
    if (other) throw fail('InvalidParameterException', IDP_MESSAGES.duplicateIdentifier(id));
  }
}

/** AttributeMapping with the `username` → `sub` mapping Cognito adds for OIDC and social providers. */
export function withDefaultMapping(type: string, mapping: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = { ...(mapping ?? {}) };
  if (type !== 'SAML' && out.username === undefined) out.username = 'sub';
  return out;
}

/** `IdentityProviderType` as the API returns it (dates in epoch seconds). */
export function describeProvider(pool: UserPool, p: IdentityProviderRecord): Record<string, Json> {
  return {
    UserPoolId: pool.id,
    ProviderName: p.name,
    ProviderType: p.type,
    ProviderDetails: { ...p.details },
    AttributeMapping: { ...p.attributeMapping },
    IdpIdentifiers: [...p.idpIdentifiers],
    LastModifiedDate: p.updatedAt / 1000,
    CreationDate: p.createdAt / 1000,
  };
}

/** A simulated provider's test user: an id for the picker and the claims (or SAML attributes) the provider returns. */
export interface SimulatedIdpUser {
  id: string;
  label: string;
  claims: Record<string, string | boolean>;
}

const SAML_EMAIL = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress';
const SAML_GIVEN = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname';
const SAML_SURNAME = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname';

/** SIMULATED: test users of each provider type (made-up subjects in each provider's style). */
export const SIMULATED_IDP_USERS: Record<string, SimulatedIdpUser[]> = {
  Google: [
    { id: 'maria', label: 'Maria Garcia', claims: { sub: '104857392018475629301', email: 'maria.garcia@example.com', email_verified: true, name: 'Maria Garcia', given_name: 'Maria', family_name: 'Garcia' } },
    { id: 'kenji', label: 'Kenji Sato', claims: { sub: '118273645501928374655', email: 'kenji.sato@example.com', email_verified: true, name: 'Kenji Sato', given_name: 'Kenji', family_name: 'Sato' } },
  ],
  Facebook: [{ id: 'amara', label: 'Amara Okafor', claims: { id: '10223456789012345', email: 'amara.okafor@example.com', name: 'Amara Okafor', first_name: 'Amara', last_name: 'Okafor' } }],
  LoginWithAmazon: [{ id: 'lena', label: 'Lena Novak', claims: { user_id: 'amzn1.account.AEXAMPLE5LENA2NOVAK3SANDBOX', email: 'lena.novak@example.com', name: 'Lena Novak' } }],
  SignInWithApple: [{ id: 'sam', label: 'Sam Lee', claims: { sub: '000123.4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d.0412', email: 'sam.lee@example.com', email_verified: 'true' } }],
  OIDC: [{ id: 'priya', label: 'Priya Shah', claims: { sub: 'priya-7f3c', email: 'priya.shah@example.com', email_verified: true, name: 'Priya Shah' } }],
  SAML: [{ id: 'jordan', label: 'Jordan Smith', claims: { NameID: 'jordan.smith@corp.example.com', [SAML_EMAIL]: 'jordan.smith@corp.example.com', [SAML_GIVEN]: 'Jordan', [SAML_SURNAME]: 'Smith' } }],
};

/** The provider's unique subject in `claims` (what `username` maps to; NameID for SAML, `id` for Facebook, `user_id` for Amazon). */
export function subjectOf(provider: IdentityProviderRecord, claims: Record<string, string | boolean>): string | undefined {
  const key = provider.type === 'SAML' ? 'NameID' : (provider.attributeMapping.username ?? 'sub');
  const fallback = provider.type === 'Facebook' ? claims.id : provider.type === 'LoginWithAmazon' ? claims.user_id : undefined;
  const v = claims[key] ?? fallback;
  return v === undefined ? undefined : String(v);
}

/** What a provider sign-in maps to: the pool username and the mapped attributes. */
export function federatedIdentity(provider: IdentityProviderRecord, claims: Record<string, string | boolean>): { username: string; subject: string; mapped: Record<string, string> } {
  const subject = subjectOf(provider, claims);
  if (!subject) throw fail('InvalidParameterException', IDP_MESSAGES.missingDetail(provider.type, 'a subject claim'));
  const mapped: Record<string, string> = {};
  for (const [poolAttr, providerAttr] of Object.entries(provider.attributeMapping)) {
    if (poolAttr === 'username') continue;
    const v = claims[providerAttr];
    if (v !== undefined) mapped[poolAttr] = String(v);
  }
  return { username: `${provider.name}_${subject}`, subject, mapped };
}

/**
 * Creates or updates the federated user for a provider sign-in: mapped
 * attributes are written at every sign-in; a new user gets status
 * EXTERNAL_PROVIDER and an `identities` attribute.
 */
export function federatedUser(ctx: OperationContext, pool: UserPool, provider: IdentityProviderRecord, claims: Record<string, string | boolean>): User {
  const { username, subject, mapped } = federatedIdentity(provider, claims);
  const existing = pool.users[usernameKey(pool, username)];
  const now = ctx.now();
  if (existing) {
    Object.assign(existing.attributes, mapped);
    existing.updatedAt = now;
    return existing;
  }
  const identities = [{ userId: subject, providerName: provider.name, providerType: provider.type, issuer: null, primary: true, dateCreated: now }];
  const user = newUser(ctx, pool, username, { ...mapped, identities: JSON.stringify(identities) }, 'FEDERATED_SIGN_IN');
  storeUser(pool, user);
  return user;
}
