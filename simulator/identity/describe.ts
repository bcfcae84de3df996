/** Identities as the API describes them (`IdentityDescription`). */
import type { Identity, IdentityPool } from './model';

/**
 * `IdentityDescription`: id, the provider names of its logins (the
 * developer provider name when it has developer user identifiers), and its
 * creation and last-modified dates in epoch seconds. `Logins` is left out for
 * a guest (unconfirmed: AWS's form for an identity without logins was not found).
 */
export function describeIdentity(pool: IdentityPool, identity: Identity): Record<string, unknown> {
  const logins = Object.keys(identity.logins);
  if (identity.developerUserIdentifiers.length > 0 && pool.config.DeveloperProviderName) logins.push(pool.config.DeveloperProviderName);
  return {
    IdentityId: identity.id,
    ...(logins.length > 0 ? { Logins: logins } : {}),
    CreationDate: identity.createdAt / 1000,
    LastModifiedDate: identity.updatedAt / 1000,
  };
}
