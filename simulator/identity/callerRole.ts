/**
 * The role a resolved caller gets, with Cognito's errors when there is none:
 * the pure decision of `roleMapping.ts` applied to the caller's login.
 *
 * When a call presents several logins, the first one (in `Logins` order)
 * whose provider has a role mapping decides; without any mapping the default
 * authenticated role applies (an engine choice: AWS does not document it).
 */
import { fail } from '../core/errors';
import type { Caller } from './caller';
import { own } from './lookup';
import { IDENTITY_MESSAGES as M } from './messages';
import { resolveRole, type RoleDecision } from './roleMapping';

export interface CallerRole {
  roleArn: string;
  decision: Extract<RoleDecision, { outcome: 'role' }>;
  /** The RoleMappings key that applied, if any. */
  mappingKey?: string;
}

/** Decides the caller's role or throws AWS's error (no role, ambiguous Deny, CustomRoleArn not allowed). */
export function roleForCaller(caller: Caller, customRoleArn?: string): CallerRole {
  const { pool } = caller;
  const login = caller.logins.find((l) => own(pool.roleMappings, l.roleMappingKey)) ?? caller.logins[0];
  const mappingKey = login && own(pool.roleMappings, login.roleMappingKey) ? login.roleMappingKey : undefined;
  const decision = resolveRole({
    authenticated: caller.authenticated,
    roles: pool.roles,
    mapping: mappingKey ? own(pool.roleMappings, mappingKey) : undefined,
    claims: login?.claims,
    tokenRoles: login?.tokenRoles,
    preferredRole: login?.preferredRole,
    customRoleArn,
  });
  switch (decision.outcome) {
    case 'role':
      return { roleArn: decision.roleArn, decision, mappingKey };
    case 'no-role':
      throw fail('InvalidIdentityPoolConfigurationException', M.invalidPoolConfiguration);
    case 'deny':
      if (decision.reason === 'ambiguous-deny') throw fail('NotAuthorizedException', M.ambiguousRoleDenied(mappingKey ?? login?.provider ?? ''));
      throw fail('NotAuthorizedException', M.customRoleNotInToken);
  }
}
