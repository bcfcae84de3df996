/**
 * Identities and the logins linked to them (DG "Identity pools
 * authentication flow"):
 * - a login (provider + the provider's user id) belongs to at most one
 *   identity of a pool, and an identity has at most one login per provider
 *   ("Attempts to link more than one login with a public provider will result
 *   in a ResourceConflictException");
 * - a login not yet linked anywhere is linked to the identity the call is
 *   about, so a guest that signs in keeps its identity id;
 * - a login linked to another identity merges the two: the identity that owns
 *   the login becomes the owner of all logins, the other is disabled, and the
 *   owner's id is returned.
 */
import type { OperationContext } from '../core/context';
import { fail } from '../core/errors';
import { record } from '../core/records';
import type { Identity, IdentityPool } from './model';
import type { VerifiedLogin } from './logins';
import { newIdentityId } from './ids';
import { own } from './lookup';
import { IDENTITY_MESSAGES as M } from './messages';

/** Whether the identity has any login or developer user identifier (an authenticated identity). */
export const isAuthenticatedIdentity = (identity: Identity): boolean => Object.keys(identity.logins).length > 0 || identity.developerUserIdentifiers.length > 0;

/** The identity of `pool` a login is linked to. */
export function ownerOfLogin(pool: IdentityPool, provider: string, subject: string): Identity | undefined {
  return Object.values(pool.identities).find((i) => own(i.logins, provider) === subject);
}

/** The identity of `pool` a developer user identifier is linked to. */
export function ownerOfDeveloperUser(pool: IdentityPool, developerUserIdentifier: string): Identity | undefined {
  return Object.values(pool.identities).find((i) => i.developerUserIdentifiers.includes(developerUserIdentifier));
}

/** Creates a new identity (a guest until logins are linked). */
export function createIdentity(ctx: OperationContext, pool: IdentityPool): Identity {
  const now = ctx.now();
  const identity: Identity = { id: newIdentityId(ctx), createdAt: now, updatedAt: now, logins: record<string>(), developerUserIdentifiers: [] };
  pool.identities[identity.id] = identity;
  return identity;
}

function linkLogin(identity: Identity, provider: string, subject: string): boolean {
  const current = own(identity.logins, provider);
  if (current === subject) return false;
  if (current !== undefined) throw fail('ResourceConflictException', M.loginAlreadyLinked(provider));
  identity.logins[provider] = subject;
  return true;
}

/** Moves every login of `from` to `into` and disables `from`. */
function merge(ctx: OperationContext, from: Identity, into: Identity): void {
  for (const [provider, subject] of Object.entries(from.logins)) linkLogin(into, provider, subject);
  for (const d of from.developerUserIdentifiers) if (!into.developerUserIdentifiers.includes(d)) into.developerUserIdentifiers.push(d);
  from.logins = record<string>();
  from.developerUserIdentifiers = [];
  from.disabled = true;
  from.mergedInto = into.id;
  from.updatedAt = ctx.now();
  into.updatedAt = ctx.now();
}

export interface AttachRequest {
  /** The identity the call names (GetCredentialsForIdentity, GetOpenIdToken, …), if any. */
  identity?: Identity;
  logins: VerifiedLogin[];
  /** A developer user identifier to link (GetOpenIdTokenForDeveloperIdentity). */
  developerUserIdentifier?: string;
}

/**
 * Links the logins (and developer user identifier) to one identity, merging
 * identities that already own some of them, and returns that identity. With
 * no named identity and no owner, a new identity is created.
 */
export function attachLogins(ctx: OperationContext, pool: IdentityPool, req: AttachRequest): Identity {
  const owners: Identity[] = [];
  const note = (i: Identity | undefined) => {
    if (i && !owners.includes(i)) owners.push(i);
  };
  if (req.developerUserIdentifier !== undefined) note(ownerOfDeveloperUser(pool, req.developerUserIdentifier));
  for (const l of req.logins) note(ownerOfLogin(pool, l.provider, l.subject));

  let target: Identity;
  if (req.identity && (owners.length === 0 || owners.includes(req.identity))) target = req.identity;
  else target = owners[0] ?? createIdentity(ctx, pool);

  for (const other of [...owners, ...(req.identity ? [req.identity] : [])]) {
    if (other !== target && !other.disabled) merge(ctx, other, target);
  }
  let changed = false;
  for (const l of req.logins) changed = linkLogin(target, l.provider, l.subject) || changed;
  if (req.developerUserIdentifier !== undefined && !target.developerUserIdentifiers.includes(req.developerUserIdentifier)) {
    target.developerUserIdentifiers.push(req.developerUserIdentifier);
    changed = true;
  }
  if (changed) target.updatedAt = ctx.now();
  return target;
}
