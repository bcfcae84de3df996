/**
 * UnlinkDeveloperIdentity: removes a developer user identifier from an
 * identity; the next time the identifier is seen it gets a new identity.
 */
import { defineOperation } from '../../core/context';
import { struct } from '../../core/validate';
import { fail } from '../../core/errors';
import { getIdentityPool, requireIdentityInPool } from '../../identity/lookup';
import { IDENTITY_MESSAGES as M } from '../../identity/messages';
import { DeveloperProviderName, DeveloperUserIdentifier, IdentityId, IdentityPoolId } from '../../identity/shapes';

export const UnlinkDeveloperIdentity = defineOperation(
  'UnlinkDeveloperIdentity',
  struct({ IdentityId, IdentityPoolId, DeveloperProviderName, DeveloperUserIdentifier }),
  async (ctx, input) => {
    const pool = getIdentityPool(ctx.state, input.IdentityPoolId);
    const identity = requireIdentityInPool(pool, input.IdentityId);
    if (pool.config.DeveloperProviderName !== input.DeveloperProviderName) throw fail('InvalidParameterException', M.developerProviderMismatch);
    const i = identity.developerUserIdentifiers.indexOf(input.DeveloperUserIdentifier);
    if (i < 0) throw fail('ResourceNotFoundException', M.developerIdentifierNotFound(input.DeveloperUserIdentifier));
    identity.developerUserIdentifiers.splice(i, 1);
    identity.updatedAt = ctx.now();
    return {};
  },
  { service: 'cognito-identity' },
);
