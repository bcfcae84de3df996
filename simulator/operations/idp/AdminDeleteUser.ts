/**
 * AdminDeleteUser: removes a user (and with them their group memberships and
 * any sign-in in progress). Their sign-ins are revoked too, so no refresh
 * token outlives the user (or passes to a new user given the same name).
 */
import { defineOperation } from '../../core/context';
import { struct, UserPoolId, Username } from '../../core/validate';
import { getPool, requireUser, usernameKey } from '../../core/lookup';
import { revokeAllSignIns } from '../../signout/revoke';

export const AdminDeleteUser = defineOperation('AdminDeleteUser', struct({ UserPoolId, Username }), async (ctx, input) => {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  // Memberships live on the user record, so they go with it.
  delete pool.users[usernameKey(pool, user.username)];
  for (const [id, session] of Object.entries(pool.sessions)) if (session.username === user.username) delete pool.sessions[id];
  revokeAllSignIns(pool, user.username);
  return {};
});
