/**
 * LookupDeveloperIdentity: the identity of a developer user identifier, or
 * the developer user identifiers of an identity (MaxResults, 1-60, at a
 * time). Given both, they must belong together (ResourceConflictException).
 */
import { defineOperation } from '../../core/context';
import { opt, struct } from '../../core/validate';
import { fail } from '../../core/errors';
import { base64ToBytes, bytesToBase64, utf8 } from '../../crypto/encoding';
import { IDENTITY_POOL_LIMITS } from '../../facts';
import type { Identity } from '../../identity/model';
import { getIdentityPool, requireIdentityInPool } from '../../identity/lookup';
import { ownerOfDeveloperUser } from '../../identity/linking';
import { IDENTITY_MESSAGES as M } from '../../identity/messages';
import { DeveloperUserIdentifier, IdentityId, IdentityPoolId, PaginationKey, QueryLimit } from '../../identity/shapes';

function startIndex(identity: Identity, token: string | undefined): number {
  if (token === undefined) return 0;
  try {
    const parsed = JSON.parse(new TextDecoder().decode(base64ToBytes(token))) as { i?: unknown; n?: unknown };
    if (parsed.i === identity.id && typeof parsed.n === 'number' && Number.isInteger(parsed.n) && parsed.n >= 0) return parsed.n;
  } catch {
    /* fall through */
  }
  throw fail('InvalidParameterException', M.invalidNextToken);
}

export const LookupDeveloperIdentity = defineOperation(
  'LookupDeveloperIdentity',
  struct({ IdentityPoolId, IdentityId: opt(IdentityId), DeveloperUserIdentifier: opt(DeveloperUserIdentifier), MaxResults: opt(QueryLimit), NextToken: opt(PaginationKey) }),
  async (ctx, input) => {
    const pool = getIdentityPool(ctx.state, input.IdentityPoolId);
    let identity: Identity;
    if (input.DeveloperUserIdentifier !== undefined) {
      const owner = ownerOfDeveloperUser(pool, input.DeveloperUserIdentifier);
      if (!owner) throw fail('ResourceNotFoundException', M.developerIdentifierNotFound(input.DeveloperUserIdentifier));
      if (input.IdentityId !== undefined && owner.id !== input.IdentityId) throw fail('ResourceConflictException', M.lookupMismatch);
      identity = owner;
    } else if (input.IdentityId !== undefined) {
      identity = requireIdentityInPool(pool, input.IdentityId);
    } else {
      throw fail('InvalidParameterException', M.lookupNeedsIdentifier);
    }
    const start = startIndex(identity, input.NextToken);
    const size = input.MaxResults ?? IDENTITY_POOL_LIMITS.listMaxResults.value.max;
    const all = identity.developerUserIdentifiers;
    const more = start + size < all.length;
    return {
      IdentityId: identity.id,
      DeveloperUserIdentifierList: all.slice(start, start + size),
      ...(more ? { NextToken: bytesToBase64(utf8(JSON.stringify({ i: identity.id, n: start + size }))) } : {}),
    };
  },
  { service: 'cognito-identity', readOnly: true },
);
