/** Role resolution, one rule of the Developer Guide at a time. */
import { describe, expect, it } from 'vitest';
import type { MappingRule, RoleMapping } from './model';
import { firstMatchingRule, resolveRole, ruleMatches, type RoleResolutionInput } from './roleMapping';

const role = (name: string) => `arn:aws:iam::123456789012:role/${name}`;
const ROLES = { authenticated: role('Auth'), unauthenticated: role('Unauth') };
const rule = (Claim: string, MatchType: MappingRule['MatchType'], Value: string, roleName: string): MappingRule => ({ Claim, MatchType, Value, RoleARN: role(roleName) });
const rules = (list: MappingRule[], AmbiguousRoleResolution: RoleMapping['AmbiguousRoleResolution'] = 'AuthenticatedRole'): RoleMapping => ({
  Type: 'Rules',
  AmbiguousRoleResolution,
  RulesConfiguration: { Rules: list },
});
const token = (AmbiguousRoleResolution: RoleMapping['AmbiguousRoleResolution']): RoleMapping => ({ Type: 'Token', AmbiguousRoleResolution });
const authed = (extra: Partial<RoleResolutionInput>): RoleResolutionInput => ({ authenticated: true, roles: ROLES, ...extra });

describe('mapping rule match types', () => {
  const claims = { 'custom:dept': 'Sales-EMEA', email_verified: true, 'cognito:groups': ['admins', 'editors'] };

  it('Equals needs the whole value, case included', () => {
    expect(ruleMatches(rule('custom:dept', 'Equals', 'Sales-EMEA', 'R'), claims)).toBe(true);
    expect(ruleMatches(rule('custom:dept', 'Equals', 'Sales', 'R'), claims)).toBe(false);
    expect(ruleMatches(rule('custom:dept', 'Equals', 'sales-emea', 'R'), claims)).toBe(false);
  });

  it('Contains matches a part anywhere', () => {
    expect(ruleMatches(rule('custom:dept', 'Contains', 'EMEA', 'R'), claims)).toBe(true);
    expect(ruleMatches(rule('custom:dept', 'Contains', 'APAC', 'R'), claims)).toBe(false);
  });

  it('StartsWith matches a prefix only', () => {
    expect(ruleMatches(rule('custom:dept', 'StartsWith', 'Sales', 'R'), claims)).toBe(true);
    expect(ruleMatches(rule('custom:dept', 'StartsWith', 'EMEA', 'R'), claims)).toBe(false);
  });

  it('NotEqual matches any other value', () => {
    expect(ruleMatches(rule('custom:dept', 'NotEqual', 'Support', 'R'), claims)).toBe(true);
    expect(ruleMatches(rule('custom:dept', 'NotEqual', 'Sales-EMEA', 'R'), claims)).toBe(false);
  });

  it('a missing claim never matches, and a NotEqual rule on it is not evaluated', () => {
    for (const type of ['Equals', 'Contains', 'StartsWith'] as const) expect(ruleMatches(rule('custom:team', type, 'x', 'R'), claims)).toBe(false);
    expect(ruleMatches(rule('custom:team', 'NotEqual', 'x', 'R'), claims)).toBeUndefined();
  });

  it('compares booleans as text and list claims element by element', () => {
    expect(ruleMatches(rule('email_verified', 'Equals', 'true', 'R'), claims)).toBe(true);
    expect(ruleMatches(rule('cognito:groups', 'Equals', 'editors', 'R'), claims)).toBe(true);
    expect(ruleMatches(rule('cognito:groups', 'StartsWith', 'adm', 'R'), claims)).toBe(true);
    expect(ruleMatches(rule('cognito:groups', 'NotEqual', 'admins', 'R'), claims)).toBe(false);
    expect(ruleMatches(rule('cognito:groups', 'NotEqual', 'viewers', 'R'), claims)).toBe(true);
  });
});

describe('rules-based mapping', () => {
  const list = [rule('custom:dept', 'Equals', 'Finance', 'Finance'), rule('custom:dept', 'StartsWith', 'Sales', 'Sales'), rule('custom:dept', 'Contains', 'EMEA', 'Emea')];

  it('evaluates rules in order and the first match wins', () => {
    const claims = { 'custom:dept': 'Sales-EMEA' };
    expect(firstMatchingRule(list, claims)).toBe(1);
    expect(resolveRole(authed({ mapping: rules(list), claims }))).toEqual({ outcome: 'role', roleArn: role('Sales'), source: 'rule', ruleIndex: 1 });
    const reordered = [list[2], list[1]];
    expect(resolveRole(authed({ mapping: rules(reordered), claims }))).toMatchObject({ roleArn: role('Emea'), ruleIndex: 0 });
  });

  it('skips a NotEqual rule whose claim is missing and goes on to the next', () => {
    const mapping = rules([rule('custom:tier', 'NotEqual', 'free', 'Paid'), rule('email_verified', 'Equals', 'true', 'Verified')]);
    expect(resolveRole(authed({ mapping, claims: { email_verified: true } }))).toMatchObject({ roleArn: role('Verified'), ruleIndex: 1 });
    expect(resolveRole(authed({ mapping, claims: { email_verified: true, 'custom:tier': 'gold' } }))).toMatchObject({ roleArn: role('Paid'), ruleIndex: 0 });
  });

  it('with no match, AuthenticatedRole falls back to the default authenticated role', () => {
    expect(resolveRole(authed({ mapping: rules(list, 'AuthenticatedRole'), claims: { 'custom:dept': 'Support' } }))).toEqual({
      outcome: 'role',
      roleArn: ROLES.authenticated,
      source: 'ambiguous-authenticated-role',
    });
  });

  it('with no match, Deny refuses', () => {
    expect(resolveRole(authed({ mapping: rules(list, 'Deny'), claims: { 'custom:dept': 'Support' } }))).toEqual({ outcome: 'deny', reason: 'ambiguous-deny' });
  });

  it('AuthenticatedRole without a default authenticated role leaves no role', () => {
    expect(resolveRole({ authenticated: true, roles: { unauthenticated: ROLES.unauthenticated }, mapping: rules(list), claims: {} })).toEqual({ outcome: 'no-role', kind: 'authenticated' });
  });

  it('a CustomRoleArn picks among the matching rules only', () => {
    const claims = { 'custom:dept': 'Sales-EMEA' };
    expect(resolveRole(authed({ mapping: rules(list), claims, customRoleArn: role('Emea') }))).toMatchObject({ roleArn: role('Emea'), source: 'custom-role', ruleIndex: 2 });
    expect(resolveRole(authed({ mapping: rules(list), claims, customRoleArn: role('Finance') }))).toEqual({ outcome: 'deny', reason: 'custom-role-not-allowed' });
  });
});

describe('token-based mapping', () => {
  const tokenRoles = [role('Admins'), role('Editors')];

  it('uses cognito:preferred_role', () => {
    expect(resolveRole(authed({ mapping: token('Deny'), tokenRoles, preferredRole: role('Admins') }))).toEqual({ outcome: 'role', roleArn: role('Admins'), source: 'preferred-role' });
  });

  it('a CustomRoleArn from cognito:roles wins over the preferred role', () => {
    expect(resolveRole(authed({ mapping: token('Deny'), tokenRoles, preferredRole: role('Admins'), customRoleArn: role('Editors') }))).toEqual({
      outcome: 'role',
      roleArn: role('Editors'),
      source: 'custom-role',
    });
  });

  it('a CustomRoleArn not in cognito:roles is denied, whatever the ambiguity setting', () => {
    for (const setting of ['AuthenticatedRole', 'Deny'] as const) {
      expect(resolveRole(authed({ mapping: token(setting), tokenRoles, preferredRole: role('Admins'), customRoleArn: role('Other') }))).toEqual({
        outcome: 'deny',
        reason: 'custom-role-not-allowed',
      });
    }
  });

  it('several roles and no preferred role is ambiguous', () => {
    expect(resolveRole(authed({ mapping: token('AuthenticatedRole'), tokenRoles }))).toMatchObject({ roleArn: ROLES.authenticated, source: 'ambiguous-authenticated-role' });
    expect(resolveRole(authed({ mapping: token('Deny'), tokenRoles }))).toEqual({ outcome: 'deny', reason: 'ambiguous-deny' });
  });

  it('no role claims at all is ambiguous too', () => {
    expect(resolveRole(authed({ mapping: token('Deny') }))).toEqual({ outcome: 'deny', reason: 'ambiguous-deny' });
    expect(resolveRole(authed({ mapping: token('AuthenticatedRole') }))).toMatchObject({ roleArn: ROLES.authenticated });
  });
});

describe('default roles', () => {
  it('guests get the unauthenticated role, and mappings do not apply to them', () => {
    expect(resolveRole({ authenticated: false, roles: ROLES, mapping: token('Deny'), customRoleArn: role('X') })).toEqual({
      outcome: 'role',
      roleArn: ROLES.unauthenticated,
      source: 'unauthenticated-role',
    });
    expect(resolveRole({ authenticated: false, roles: { authenticated: ROLES.authenticated } })).toEqual({ outcome: 'no-role', kind: 'unauthenticated' });
  });

  it('without a mapping an authenticated identity gets the default authenticated role', () => {
    expect(resolveRole(authed({ claims: { 'custom:dept': 'Sales' } }))).toEqual({ outcome: 'role', roleArn: ROLES.authenticated, source: 'authenticated-role' });
  });

  it('without a mapping a CustomRoleArn counts only when the token lists it', () => {
    expect(resolveRole(authed({ tokenRoles: [role('SamlRole')], customRoleArn: role('SamlRole') }))).toMatchObject({ roleArn: role('SamlRole'), source: 'custom-role' });
    expect(resolveRole(authed({ tokenRoles: [role('SamlRole')], customRoleArn: role('Other') }))).toMatchObject({ roleArn: ROLES.authenticated, source: 'authenticated-role' });
  });
});
