/** GetIdentityPoolRoles: the pool's default roles and, when set, its role mappings. */
import { defineOperation } from '../../core/context';
import { struct } from '../../core/validate';
import { getIdentityPool } from '../../identity/lookup';
import { IdentityPoolId } from '../../identity/shapes';

export const GetIdentityPoolRoles = defineOperation(
  'GetIdentityPoolRoles',
  struct({ IdentityPoolId }),
  async (ctx, input) => {
    const pool = getIdentityPool(ctx.state, input.IdentityPoolId);
    return {
      IdentityPoolId: pool.id,
      Roles: pool.roles,
      ...(Object.keys(pool.roleMappings).length > 0 ? { RoleMappings: pool.roleMappings } : {}),
    };
  },
  { service: 'cognito-identity', readOnly: true },
);
