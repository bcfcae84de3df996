import { defineOperation } from '../../core/context';
import { getPool } from '../../core/lookup';
import type { Json } from '../../core/model';
import { opt, struct, UserPoolId } from '../../core/validate';
import { updatedConfig } from '../../pools/poolConfig';
import { updatablePoolMembers, UserPoolName } from '../../pools/shapes';

/**
 * UpdateUserPool: replaces the pool's updatable settings. As in AWS, a setting
 * the request leaves out goes back to its default; the schema, username and
 * alias attributes and username configuration cannot change (the request has
 * no members for them).
 */
export const UpdateUserPool = defineOperation('UpdateUserPool', struct({ UserPoolId, PoolName: opt(UserPoolName), ...updatablePoolMembers }), async (ctx, input) => {
  const pool = getPool(ctx, input.UserPoolId);
  pool.config = updatedConfig(pool, input) as { [k: string]: Json };
  pool.updatedAt = ctx.now();
  return {};
});
