/** Finding identity pools and identities the way Cognito does, with its errors. */
import type { OperationContext } from '../core/context';
import type { SimState } from '../core/model';
import { fail } from '../core/errors';
import { record } from '../core/records';
import type { Identity, IdentityPool } from './model';
import { IDENTITY_MESSAGES } from './messages';

/** The value stored under `key` when it is the record's own (never a prototype member). */
export function own<T>(rec: Record<string, T> | undefined, key: string): T | undefined {
  return rec && Object.hasOwn(rec, key) ? rec[key] : undefined;
}

/** The identity pools of the account for writing (created on first use). */
export function identityPoolsForWrite(ctx: OperationContext): Record<string, IdentityPool> {
  if (!ctx.state.identityPools) ctx.state.identityPools = record<IdentityPool>();
  return ctx.state.identityPools;
}

/** Every identity pool of the account (reading creates no state). */
export function allIdentityPools(state: Readonly<SimState>): IdentityPool[] {
  return Object.values(state.identityPools ?? {});
}

/** The identity pool, or `ResourceNotFoundException` "IdentityPool '…' not found.". */
export function getIdentityPool(state: Readonly<SimState>, identityPoolId: string): IdentityPool {
  const pool = own(state.identityPools, identityPoolId);
  if (!pool) throw fail('ResourceNotFoundException', IDENTITY_MESSAGES.poolNotFound(identityPoolId));
  return pool;
}

/** Finds an identity in any pool of the account. */
export function findIdentity(state: Readonly<SimState>, identityId: string): { pool: IdentityPool; identity: Identity } | undefined {
  for (const pool of allIdentityPools(state)) {
    const identity = own(pool.identities, identityId);
    if (identity) return { pool, identity };
  }
  return undefined;
}

/** Like {@link findIdentity} but throws `ResourceNotFoundException` "Identity '…' not found.". */
export function requireIdentity(state: Readonly<SimState>, identityId: string): { pool: IdentityPool; identity: Identity } {
  const found = findIdentity(state, identityId);
  if (!found) throw fail('ResourceNotFoundException', IDENTITY_MESSAGES.identityNotFound(identityId));
  return found;
}

/** An identity of one pool, or `ResourceNotFoundException`. */
export function requireIdentityInPool(pool: IdentityPool, identityId: string): Identity {
  const identity = own(pool.identities, identityId);
  if (!identity) throw fail('ResourceNotFoundException', IDENTITY_MESSAGES.identityNotFound(identityId));
  return identity;
}
