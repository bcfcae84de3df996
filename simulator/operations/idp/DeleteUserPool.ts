import { defineOperation } from '../../core/context';
import { fail, MESSAGES } from '../../core/errors';
import { getPool } from '../../core/lookup';
import { struct, UserPoolId } from '../../core/validate';

/** DeleteUserPool: removes the pool, its clients and users; refused while deletion protection is active. */
export const DeleteUserPool = defineOperation('DeleteUserPool', struct({ UserPoolId }), async (ctx, input) => {
  const pool = getPool(ctx, input.UserPoolId);
  if (pool.config.DeletionProtection === 'ACTIVE') throw fail('InvalidParameterException', MESSAGES.deletionProtectionActive);
  delete ctx.state.userPools[input.UserPoolId];
  return {};
});
