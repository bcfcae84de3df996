/**
 * Pure helpers of the identity-pool panel: the requests it sends
 * (CreateIdentityPool / UpdateIdentityPool, SetIdentityPoolRoles) built from
 * its forms, how credentials are shown (masked, shortened, valid or expired
 * on the simulated clock), and why the identity pool chose a role.
 */
import type { IdentityPool, MappingRule, RoleMapping } from '@/simulator/identity/model';
import { resolveRole, type RoleDecision } from '@/simulator/identity/roleMapping';

/** The placeholder account of the simulated AWS account (see SIMULATED_ACCOUNT_ID in simulator/facts.ts). */
export const SANDBOX_ACCOUNT = '123456789012';

/** Default role ARNs the panel suggests. */
export const DEFAULT_ROLES = {
  authenticated: `arn:aws:iam::${SANDBOX_ACCOUNT}:role/Cognito_SandboxAuth_Role`,
  unauthenticated: `arn:aws:iam::${SANDBOX_ACCOUNT}:role/Cognito_SandboxUnauth_Role`,
};

/** The `Logins` key (and CognitoIdentityProviders ProviderName) of a user pool. */
export const userPoolProvider = (region: string, userPoolId: string) => `cognito-idp.${region}.amazonaws.com/${userPoolId}`;

/** The RoleMappings key of a user pool app client: `{provider}:{clientId}`. */
export const mappingKeyOf = (provider: string, clientId: string) => `${provider}:${clientId}`;

export interface PoolSettingsForm {
  name: string;
  allowGuests: boolean;
  allowClassicFlow: boolean;
}

/** The CreateIdentityPool (or, with `identityPoolId`, UpdateIdentityPool) request for the sandbox's user pool and app client. */
export function poolRequest(form: PoolSettingsForm, provider: string, clientId: string, identityPoolId?: string): Record<string, unknown> {
  return {
    ...(identityPoolId ? { IdentityPoolId: identityPoolId } : {}),
    IdentityPoolName: form.name,
    AllowUnauthenticatedIdentities: form.allowGuests,
    AllowClassicFlow: form.allowClassicFlow,
    CognitoIdentityProviders: [{ ProviderName: provider, ClientId: clientId, ServerSideTokenCheck: false }],
  };
}

export type MappingType = 'None' | 'Token' | 'Rules';

export interface RolesForm {
  authenticated: string;
  unauthenticated: string;
  mappingType: MappingType;
  ambiguous: 'AuthenticatedRole' | 'Deny';
  rules: MappingRule[];
}

/** The SetIdentityPoolRoles request: empty role fields are left out, and so is the mapping when the type is None. */
export function rolesRequest(identityPoolId: string, form: RolesForm, mappingKey: string): Record<string, unknown> {
  const Roles: Record<string, string> = {};
  if (form.authenticated.trim()) Roles.authenticated = form.authenticated.trim();
  if (form.unauthenticated.trim()) Roles.unauthenticated = form.unauthenticated.trim();
  if (form.mappingType === 'None') return { IdentityPoolId: identityPoolId, Roles, RoleMappings: {} };
  const mapping: RoleMapping = { Type: form.mappingType, AmbiguousRoleResolution: form.ambiguous };
  if (form.mappingType === 'Rules') mapping.RulesConfiguration = { Rules: form.rules.map((r) => ({ ...r })) };
  return { IdentityPoolId: identityPoolId, Roles, RoleMappings: { [mappingKey]: mapping } };
}

/** The roles form as the pool has it now. */
export function rolesFormOf(pool: IdentityPool | undefined, mappingKey: string): RolesForm {
  const mapping = pool?.roleMappings[mappingKey];
  return {
    authenticated: pool?.roles.authenticated ?? DEFAULT_ROLES.authenticated,
    unauthenticated: pool?.roles.unauthenticated ?? DEFAULT_ROLES.unauthenticated,
    mappingType: mapping?.Type ?? 'None',
    ambiguous: mapping?.AmbiguousRoleResolution ?? 'AuthenticatedRole',
    rules: mapping?.RulesConfiguration?.Rules.map((r) => ({ ...r })) ?? [],
  };
}

/** A secret shown without giving it away: its first four characters, then dots. */
export function maskSecret(secret: string): string {
  return secret.length <= 4 ? '••••' : `${secret.slice(0, 4)}${'•'.repeat(12)}`;
}

/** A long token shortened to its start and end, with its length. */
export function truncateToken(token: string, keep = 16): string {
  return token.length <= keep * 2 ? token : `${token.slice(0, keep)}…${token.slice(-6)} (${token.length} characters)`;
}

/** Whether credentials are still valid at `now` (simulated epoch ms), and for how long. */
export function credentialsValidity(expiration: number, now: number): { valid: boolean; remainingMs: number } {
  return { valid: now < expiration, remainingMs: Math.max(0, expiration - now) };
}

export interface RoleExplanation {
  decision: RoleDecision;
  text: string;
}

/**
 * Why the identity pool chose (or refused) a role, by the same pure rules the
 * engine applies (`simulator/identity/roleMapping.ts`): for a guest, the
 * unauthenticated role; for a user-pool login, the mapping of its app client
 * (Token: `cognito:preferred_role`; Rules: the first matching rule), else the
 * default authenticated role.
 */
export function explainRole(pool: IdentityPool, mappingKey: string, claims: Record<string, unknown> | undefined): RoleExplanation {
  const mapping = pool.roleMappings[mappingKey];
  const authenticated = claims !== undefined;
  const roles = claims?.['cognito:roles'];
  const decision = resolveRole({
    authenticated,
    roles: pool.roles,
    mapping: authenticated ? mapping : undefined,
    claims,
    tokenRoles: Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : typeof roles === 'string' ? roles.split(',') : undefined,
    preferredRole: typeof claims?.['cognito:preferred_role'] === 'string' ? claims['cognito:preferred_role'] : undefined,
  });
  return { decision, text: describeDecision(decision, mapping) };
}

function describeDecision(d: RoleDecision, mapping: RoleMapping | undefined): string {
  if (d.outcome === 'no-role') return `No ${d.kind} role is set on the identity pool, so it refuses (InvalidIdentityPoolConfigurationException).`;
  if (d.outcome === 'deny') {
    return d.reason === 'ambiguous-deny'
      ? 'No rule matched (or the token has no preferred role) and AmbiguousRoleResolution is Deny, so the identity pool refuses.'
      : 'The requested custom role is not one the token allows.';
  }
  switch (d.source) {
    case 'unauthenticated-role':
      return 'A guest (no logins): the identity pool’s unauthenticated role.';
    case 'authenticated-role':
      return 'Signed in, and no role mapping for this app client: the default authenticated role.';
    case 'rule': {
      const rule = mapping?.RulesConfiguration?.Rules[d.ruleIndex ?? 0];
      return rule
        ? `Rule ${(d.ruleIndex ?? 0) + 1} matched first: claim “${rule.Claim}” ${rule.MatchType} “${rule.Value}”.`
        : `Rule ${(d.ruleIndex ?? 0) + 1} matched first.`;
    }
    case 'preferred-role':
      return 'Token-based mapping: the ID token’s cognito:preferred_role (from the user’s group with the best precedence).';
    case 'custom-role':
      return 'The custom role the app asked for, allowed by the token.';
    case 'ambiguous-authenticated-role':
      return mapping?.Type === 'Token'
        ? 'Token-based mapping, but the ID token has no cognito:preferred_role: AmbiguousRoleResolution is AuthenticatedRole, so the default authenticated role.'
        : 'No rule matched: AmbiguousRoleResolution is AuthenticatedRole, so the default authenticated role.';
  }
}

/**
 * The form fields an engine error is about, from the member paths in AWS's
 * validation message (`at 'roles.authenticated.member'`,
 * `…rulesConfiguration.rules.2.member.claim`) or, for "Access to Role '…' is
 * forbidden.", the fields holding that role. Keys: `name`, `authenticated`,
 * `unauthenticated`, `rules`, `rule.{index}.{Claim|Value|RoleARN}`.
 */
export function errorFields(error: { name: string; message: string } | undefined, roles?: { authenticated: string; unauthenticated: string; rules: MappingRule[] }): Set<string> {
  const out = new Set<string>();
  if (!error) return out;
  for (const [, path] of error.message.matchAll(/at '([^']+)'/g)) {
    if (path === 'identityPoolName') out.add('name');
    const role = /^roles\.(authenticated|unauthenticated)\b/.exec(path);
    if (role) out.add(role[1]);
    const rule = /rules\.(\d+)\.member\.(claim|value|roleARN|matchType)$/.exec(path);
    if (rule) out.add(`rule.${Number(rule[1]) - 1}.${rule[2] === 'roleARN' ? 'RoleARN' : rule[2][0].toUpperCase() + rule[2].slice(1)}`);
  }
  if (/RulesConfiguration is required/.test(error.message)) out.add('rules');
  const forbidden = /Access to Role '([^']*)' is forbidden/.exec(error.message);
  if (forbidden && roles) {
    if (roles.authenticated.trim() === forbidden[1]) out.add('authenticated');
    if (roles.unauthenticated.trim() === forbidden[1]) out.add('unauthenticated');
    roles.rules.forEach((r, i) => r.RoleARN === forbidden[1] && out.add(`rule.${i}.RoleARN`));
  }
  return out;
}

/** The identity pool that trusts this user pool app client (the first one, by creation time). */
export function findIdentityPool(pools: Readonly<Record<string, IdentityPool>> | undefined, provider: string, clientId: string): IdentityPool | undefined {
  return Object.values(pools ?? {})
    .filter((p) => (p.config.CognitoIdentityProviders ?? []).some((c) => c.ProviderName === provider && c.ClientId === clientId))
    .sort((a, b) => a.createdAt - b.createdAt)[0];
}
