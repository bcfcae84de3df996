/**
 * DeleteUser: a signed-in user deletes their own account. Their sign-ins and
 * pending challenges go with it, so their tokens stop working.
 */
import { defineOperation } from '../../core/context';
import { struct, Token } from '../../core/validate';
import { usernameKey } from '../../core/lookup';
import { verifyAccessToken } from '../../tokens/verify';

export const DeleteUser = defineOperation('DeleteUser', struct({ AccessToken: Token }), async (ctx, input) => {
  const { pool, user } = await verifyAccessToken(ctx, input.AccessToken);
  delete pool.users[usernameKey(pool, user.username)];
  for (const [id, ev] of Object.entries(pool.authEvents)) if (ev.username === user.username) delete pool.authEvents[id];
  for (const [id, s] of Object.entries(pool.sessions)) if (s.username === user.username) delete pool.sessions[id];
  return {};
});
