/**
 * AdminDisableUser: the user can no longer sign in ("User is disabled.") and
 * all their tokens are revoked (API reference: "Deactivates a user profile and
 * revokes all access tokens for the user"); the user still shows in ListUsers.
 */
import { defineOperation } from '../../core/context';
import { struct, UserPoolId, Username } from '../../core/validate';
import { getPool, requireUser } from '../../core/lookup';
import { revokeAllSignIns } from '../../signout/revoke';

export const AdminDisableUser = defineOperation('AdminDisableUser', struct({ UserPoolId, Username }), async (ctx, input) => {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  user.enabled = false;
  user.updatedAt = ctx.now();
  revokeAllSignIns(pool, user.username);
  return {};
});
