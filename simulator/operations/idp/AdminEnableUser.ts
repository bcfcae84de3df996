/** AdminEnableUser: lets a disabled user sign in again (tokens revoked while disabled stay revoked). */
import { defineOperation } from '../../core/context';
import { struct, UserPoolId, Username } from '../../core/validate';
import { getPool, requireUser } from '../../core/lookup';

export const AdminEnableUser = defineOperation('AdminEnableUser', struct({ UserPoolId, Username }), async (ctx, input) => {
  const user = requireUser(getPool(ctx, input.UserPoolId), input.Username);
  user.enabled = true;
  user.updatedAt = ctx.now();
  return {};
});
