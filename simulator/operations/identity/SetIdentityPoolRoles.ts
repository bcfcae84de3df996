/**
 * SetIdentityPoolRoles: the default `authenticated` / `unauthenticated` roles
 * and the role mappings per provider. Both are replaced as a whole. Role
 * ARNs must be IAM role ARNs; each mapping must name a provider the pool is
 * configured for, have an AmbiguousRoleResolution, and (for `Rules`) a
 * RulesConfiguration of up to 25 rules.
 */
import { defineOperation } from '../../core/context';
import { opt, struct } from '../../core/validate';
import { record } from '../../core/records';
import { getIdentityPool } from '../../identity/lookup';
import { checkRoleMappings, requireRoleArn } from '../../identity/poolConfig';
import { IdentityPoolId, RoleMappingMap, RolesMap } from '../../identity/shapes';
import type { RoleMapping } from '../../identity/model';

export const SetIdentityPoolRoles = defineOperation(
  'SetIdentityPoolRoles',
  struct({ IdentityPoolId, Roles: RolesMap, RoleMappings: opt(RoleMappingMap) }),
  async (ctx, input) => {
    const pool = getIdentityPool(ctx.state, input.IdentityPoolId);
    const roles = record<string>();
    for (const [kind, arn] of Object.entries(input.Roles)) {
      requireRoleArn(arn);
      roles[kind] = arn;
    }
    const mappings = checkRoleMappings(pool.config, (input.RoleMappings ?? {}) as Record<string, RoleMapping>);
    pool.roles = roles;
    pool.roleMappings = mappings;
    pool.updatedAt = ctx.now();
    return {};
  },
  { service: 'cognito-identity' },
);
