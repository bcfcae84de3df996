/**
 * Which IAM role an identity gets: a pure function of the identity pool's
 * roles and role mapping, the login's token claims and the caller's
 * CustomRoleArn. It returns the decision and why, so the sandbox can show
 * the learner which rule (or default) decided.
 *
 * Sources (DG "Using role-based access control"; API RoleMapping, MappingRule):
 * - guests get the pool's unauthenticated role; role mappings apply to
 *   authenticated identities only;
 * - `Rules`: rules are evaluated in order and the first match wins; a
 *   `NotEqual` rule whose claim is missing is not evaluated; no match →
 *   AmbiguousRoleResolution;
 * - `Token`: CustomRoleArn if set and one of `cognito:roles` (otherwise
 *   access is denied), else `cognito:preferred_role`, else
 *   AmbiguousRoleResolution;
 * - AmbiguousRoleResolution `AuthenticatedRole` uses the default
 *   authenticated role, `Deny` refuses.
 *
 * Engine choices where AWS does not say (unconfirmed): a claim holding a list
 * (such as `cognito:groups`) matches `Equals`, `Contains` and `StartsWith`
 * when any element does, and `NotEqual` when no element equals the value;
 * numbers and booleans are compared as their text (`true`, `42`). With
 * `Rules`, a CustomRoleArn must be the role of one of the matching rules.
 * Without a mapping, CustomRoleArn is honoured only when the token lists it
 * among its roles (SAML Role attribute, `cognito:roles`).
 */
import type { MappingRule, RoleMapping } from './model';

export interface RoleResolutionInput {
  /** Whether the identity presented a valid login (false: a guest). */
  authenticated: boolean;
  /** The pool's default roles (`authenticated`, `unauthenticated`). */
  roles: Record<string, string>;
  /** The role mapping for the login's provider, if any. */
  mapping?: RoleMapping;
  /** The token's claims (rules match against them). */
  claims?: Record<string, unknown>;
  /** Roles the token allows (`cognito:roles`, or the SAML Role attribute). */
  tokenRoles?: string[];
  /** The token's `cognito:preferred_role`. */
  preferredRole?: string;
  /** GetCredentialsForIdentity `CustomRoleArn`. */
  customRoleArn?: string;
}

/** How the role was chosen. */
export type RoleSource =
  | 'unauthenticated-role'
  | 'authenticated-role'
  | 'rule'
  | 'custom-role'
  | 'preferred-role'
  | 'ambiguous-authenticated-role';

export type RoleDecision =
  | { outcome: 'role'; roleArn: string; source: RoleSource; /** 0-based index of the deciding rule (source `rule`). */ ruleIndex?: number }
  | { outcome: 'deny'; reason: 'ambiguous-deny' | 'custom-role-not-allowed' }
  | { outcome: 'no-role'; kind: 'authenticated' | 'unauthenticated' };

/** The values of a claim as strings (a list claim gives each element), or undefined when the claim is missing. */
function claimValues(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  if (typeof value === 'object') return [JSON.stringify(value)];
  return [String(value)];
}

/**
 * Whether one rule matches the claims. `undefined` means the rule is not
 * evaluated at all (a `NotEqual` rule on a missing claim).
 */
export function ruleMatches(rule: MappingRule, claims: Record<string, unknown>): boolean | undefined {
  const values = claimValues(Object.hasOwn(claims, rule.Claim) ? claims[rule.Claim] : undefined);
  if (values === undefined) return rule.MatchType === 'NotEqual' ? undefined : false;
  switch (rule.MatchType) {
    case 'Equals':
      return values.some((v) => v === rule.Value);
    case 'Contains':
      return values.some((v) => v.includes(rule.Value));
    case 'StartsWith':
      return values.some((v) => v.startsWith(rule.Value));
    case 'NotEqual':
      return values.every((v) => v !== rule.Value);
  }
}

/** The index of the first matching rule, or -1. */
export function firstMatchingRule(rules: readonly MappingRule[], claims: Record<string, unknown>): number {
  return rules.findIndex((r) => ruleMatches(r, claims) === true);
}

function defaultRole(input: RoleResolutionInput, source: RoleSource): RoleDecision {
  const kind = input.authenticated ? 'authenticated' : 'unauthenticated';
  const roleArn = Object.hasOwn(input.roles, kind) ? input.roles[kind] : undefined;
  return roleArn ? { outcome: 'role', roleArn, source } : { outcome: 'no-role', kind };
}

function ambiguous(input: RoleResolutionInput): RoleDecision {
  return input.mapping?.AmbiguousRoleResolution === 'Deny' ? { outcome: 'deny', reason: 'ambiguous-deny' } : defaultRole(input, 'ambiguous-authenticated-role');
}

/** Decides the role for one request. */
export function resolveRole(input: RoleResolutionInput): RoleDecision {
  if (!input.authenticated) return defaultRole(input, 'unauthenticated-role');
  const { mapping, customRoleArn } = input;
  const tokenRoles = input.tokenRoles ?? [];
  if (!mapping) {
    if (customRoleArn !== undefined && tokenRoles.includes(customRoleArn)) return { outcome: 'role', roleArn: customRoleArn, source: 'custom-role' };
    return defaultRole(input, 'authenticated-role');
  }
  if (mapping.Type === 'Token') {
    if (customRoleArn !== undefined) {
      return tokenRoles.includes(customRoleArn) ? { outcome: 'role', roleArn: customRoleArn, source: 'custom-role' } : { outcome: 'deny', reason: 'custom-role-not-allowed' };
    }
    if (input.preferredRole) return { outcome: 'role', roleArn: input.preferredRole, source: 'preferred-role' };
    return ambiguous(input);
  }
  const rules = mapping.RulesConfiguration?.Rules ?? [];
  const claims = input.claims ?? {};
  if (customRoleArn !== undefined) {
    const i = rules.findIndex((r) => r.RoleARN === customRoleArn && ruleMatches(r, claims) === true);
    return i >= 0 ? { outcome: 'role', roleArn: customRoleArn, source: 'custom-role', ruleIndex: i } : { outcome: 'deny', reason: 'custom-role-not-allowed' };
  }
  const i = firstMatchingRule(rules, claims);
  if (i >= 0) return { outcome: 'role', roleArn: rules[i].RoleARN, source: 'rule', ruleIndex: i };
  return ambiguous(input);
}
