import { describe, expect, it } from 'vitest';
import type { IdentityPool } from '@/simulator/identity/model';
import { credentialsValidity, DEFAULT_ROLES, errorFields, explainRole, maskSecret, poolRequest, rolesFormOf, rolesRequest, truncateToken } from './model';

const KEY = 'cognito-idp.us-east-1.amazonaws.com/us-east-1_abc:client1';
const ADMIN = 'arn:aws:iam::123456789012:role/Admins';

function pool(mapping?: IdentityPool['roleMappings'][string]): IdentityPool {
  return {
    id: 'us-east-1:00000000-0000-0000-0000-000000000000',
    createdAt: 0,
    updatedAt: 0,
    config: { IdentityPoolName: 'p', AllowUnauthenticatedIdentities: true },
    roles: { ...DEFAULT_ROLES },
    roleMappings: mapping ? { [KEY]: mapping } : {},
    identities: {},
    credentialsSecret: '00',
  };
}

describe('requests', () => {
  it('builds CreateIdentityPool and UpdateIdentityPool requests for the user pool client', () => {
    const form = { name: 'ids', allowGuests: true, allowClassicFlow: false };
    expect(poolRequest(form, 'prov', 'c1')).toEqual({
      IdentityPoolName: 'ids',
      AllowUnauthenticatedIdentities: true,
      AllowClassicFlow: false,
      CognitoIdentityProviders: [{ ProviderName: 'prov', ClientId: 'c1', ServerSideTokenCheck: false }],
    });
    expect(poolRequest(form, 'prov', 'c1', 'id-1')).toHaveProperty('IdentityPoolId', 'id-1');
  });

  it('builds SetIdentityPoolRoles with rules, and without a mapping for None', () => {
    const rule = { Claim: 'email', MatchType: 'Contains' as const, Value: '@corp', RoleARN: ADMIN };
    const form = { authenticated: ' a ', unauthenticated: '', mappingType: 'Rules' as const, ambiguous: 'Deny' as const, rules: [rule] };
    expect(rolesRequest('p1', form, KEY)).toEqual({
      IdentityPoolId: 'p1',
      Roles: { authenticated: 'a' },
      RoleMappings: { [KEY]: { Type: 'Rules', AmbiguousRoleResolution: 'Deny', RulesConfiguration: { Rules: [rule] } } },
    });
    expect(rolesRequest('p1', { ...form, mappingType: 'None' }, KEY).RoleMappings).toEqual({});
    expect(rolesFormOf(pool({ Type: 'Rules', AmbiguousRoleResolution: 'Deny', RulesConfiguration: { Rules: [rule] } }), KEY)).toMatchObject({ mappingType: 'Rules', ambiguous: 'Deny', rules: [rule] });
  });
});

describe('credentials display', () => {
  it('masks the secret and shortens the session token', () => {
    expect(maskSecret('abcdefghijkl')).toBe('abcd••••••••••••');
    expect(maskSecret('ab')).toBe('••••');
    const t = 'x'.repeat(100);
    expect(truncateToken(t)).toBe(`${'x'.repeat(16)}…${'x'.repeat(6)} (100 characters)`);
    expect(truncateToken('short')).toBe('short');
  });

  it('tells valid from expired on the simulated clock', () => {
    expect(credentialsValidity(1000, 400)).toEqual({ valid: true, remainingMs: 600 });
    expect(credentialsValidity(1000, 1000)).toEqual({ valid: false, remainingMs: 0 });
  });
});

describe('explainRole', () => {
  it('gives a guest the unauthenticated role', () => {
    const e = explainRole(pool(), KEY, undefined);
    expect(e.decision).toMatchObject({ outcome: 'role', roleArn: DEFAULT_ROLES.unauthenticated });
    expect(e.text).toMatch(/guest/i);
  });

  it('names the first matching rule', () => {
    const rules = [
      { Claim: 'email', MatchType: 'StartsWith' as const, Value: 'bob', RoleARN: 'arn:aws:iam::123456789012:role/Bob' },
      { Claim: 'email', MatchType: 'Contains' as const, Value: '@corp', RoleARN: ADMIN },
    ];
    const e = explainRole(pool({ Type: 'Rules', AmbiguousRoleResolution: 'AuthenticatedRole', RulesConfiguration: { Rules: rules } }), KEY, { email: 'alice@corp.com' });
    expect(e.decision).toMatchObject({ outcome: 'role', roleArn: ADMIN, ruleIndex: 1 });
    expect(e.text).toBe('Rule 2 matched first: claim “email” Contains “@corp”.');
  });

  it('uses cognito:preferred_role with token mapping, and explains ambiguity', () => {
    const token = pool({ Type: 'Token', AmbiguousRoleResolution: 'Deny' });
    expect(explainRole(token, KEY, { 'cognito:preferred_role': ADMIN }).decision).toMatchObject({ roleArn: ADMIN, source: 'preferred-role' });
    const denied = explainRole(token, KEY, { sub: 'x' });
    expect(denied.decision).toEqual({ outcome: 'deny', reason: 'ambiguous-deny' });
    expect(denied.text).toMatch(/Deny/);
  });
});

describe('errorFields', () => {
  it('points at the fields named in validation messages and forbidden roles', () => {
    const at = (p: string) => ({ name: 'InvalidParameterException', message: `1 validation error detected: Value 'x' at '${p}' failed to satisfy constraint: …` });
    expect([...errorFields(at('identityPoolName'))]).toEqual(['name']);
    expect([...errorFields(at('roles.unauthenticated.member'))]).toEqual(['unauthenticated']);
    expect([...errorFields(at('roleMappings.p:c.member.rulesConfiguration.rules.2.member.roleARN'))]).toEqual(['rule.1.RoleARN']);
    const roles = { authenticated: 'arn:bad', unauthenticated: '', rules: [{ Claim: 'a', MatchType: 'Equals' as const, Value: 'b', RoleARN: 'arn:bad' }] };
    expect([...errorFields({ name: 'NotAuthorizedException', message: "Access to Role 'arn:bad' is forbidden." }, roles)]).toEqual(['authenticated', 'rule.0.RoleARN']);
    expect(errorFields(undefined).size).toBe(0);
  });
});
