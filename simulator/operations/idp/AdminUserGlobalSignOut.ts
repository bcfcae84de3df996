/**
 * AdminUserGlobalSignOut: an administrator ends all of a user's sessions.
 * Revokes every refresh token of the user and the ID and access tokens issued
 * from them, as GlobalSignOut does, without needing the user's token.
 */
import { defineOperation } from '../../core/context';
import { struct, UserPoolId, Username } from '../../core/validate';
import { getPool, requireUser } from '../../core/lookup';
import { revokeAllSignIns } from '../../signout/revoke';

export const AdminUserGlobalSignOut = defineOperation('AdminUserGlobalSignOut', struct({ UserPoolId, Username }), async (ctx, input) => {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  revokeAllSignIns(pool, user.username);
  return {};
});
