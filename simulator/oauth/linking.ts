/**
 * Linking provider identities to existing users (AdminLinkProviderForUser,
 * AdminDisableProviderForUser; DG "Linking federated users to an existing
 * user profile").
 *
 * A link lives on the provider (`IdentityProviderRecord.links`) and is shown
 * on the destination user as an entry of its `identities` attribute. When
 * someone signs in with the provider, a link whose `Cognito_Subject` is the
 * provider subject, or whose mapped pool attribute has the linked value,
 * signs them in as the destination user; an attribute link then becomes a
 * subject link (AWS: after the first sign-in a SAML identity is unlinked by
 * `Cognito_Subject`).
 */
import type { User, UserPool } from '../core/model';
import { usernameKey } from '../core/lookup';
import type { IdentityProviderRecord, ProviderLinkRecord } from './model';

/** The ProviderAttributeName that names the provider's own subject. */
export const COGNITO_SUBJECT = 'Cognito_Subject';

/** One entry of a user's `identities` attribute (as the ID token's `identities` claim shows it). */
export interface IdentityEntry {
  userId: string;
  providerName: string;
  providerType: string;
  issuer: string | null;
  primary: boolean;
  dateCreated: number;
}

/** The entries of a user's `identities` attribute ([] when absent or unreadable). */
export function identitiesOf(user: User): IdentityEntry[] {
  const raw = user.attributes.identities;
  if (!raw) return [];
  try {
    const list = JSON.parse(raw) as unknown;
    return Array.isArray(list) ? (list as IdentityEntry[]) : [];
  } catch {
    return [];
  }
}

/** Writes a user's `identities` attribute (removed when the list is empty). */
export function setIdentities(user: User, list: IdentityEntry[]): void {
  if (list.length === 0) delete user.attributes.identities;
  else user.attributes.identities = JSON.stringify(list);
}

/** The link of `provider` that names `attributeName` = `attributeValue`. */
export function findLink(provider: IdentityProviderRecord, attributeName: string, attributeValue: string): ProviderLinkRecord | undefined {
  return provider.links?.find((l) => l.attributeName === attributeName && l.attributeValue === attributeValue);
}

/** Links of `provider` whose destination user is `username`. */
export const linksTo = (pool: UserPool, provider: IdentityProviderRecord, username: string): ProviderLinkRecord[] =>
  (provider.links ?? []).filter((l) => usernameKey(pool, l.username) === usernameKey(pool, username));

/** Every link in the pool whose destination is `username` (for the per-user limit). */
export function allLinksTo(pool: UserPool, username: string): number {
  return Object.values(pool.identityProviders ?? {}).reduce((n, p) => n + linksTo(pool, p, username).length, 0);
}

/**
 * The linked user a provider sign-in goes to, or undefined: a subject link
 * first, then an attribute link on a mapped pool attribute. A link whose
 * destination user is gone is dropped.
 */
export function linkedUser(
  pool: UserPool,
  provider: IdentityProviderRecord,
  subject: string,
  mapped: Record<string, string>,
): User | undefined {
  const links = provider.links ?? [];
  const link =
    links.find((l) => l.attributeName === COGNITO_SUBJECT && l.attributeValue === subject) ??
    links.find((l) => l.attributeName !== COGNITO_SUBJECT && mapped[l.attributeName] !== undefined && mapped[l.attributeName] === l.attributeValue);
  if (!link) return undefined;
  const user = pool.users[usernameKey(pool, link.username)];
  if (!user) {
    provider.links = links.filter((l) => l !== link);
    return undefined;
  }
  if (link.attributeName !== COGNITO_SUBJECT) {
    // From now on the identity is known by its subject.
    const before = link.attributeValue;
    link.attributeName = COGNITO_SUBJECT;
    link.attributeValue = subject;
    setIdentities(
      user,
      identitiesOf(user).map((i) => (i.providerName === provider.name && i.userId === before ? { ...i, userId: subject } : i)),
    );
  }
  return user;
}
