import { describe, expect, it } from 'vitest';
import type { User } from '../core/model';
import { isCognitoError } from '../core/errors';
import { matchesFilter, parseUserFilter, SEARCHABLE, sortValue, type UserFilter } from './listFilter';

const user = (over: Partial<User> & { attributes?: Record<string, string> } = {}): User => ({
  username: 'Alice',
  attributes: { sub: '0f8fad5b-d9cb-469f-a165-70867728950e', email: 'Alice@Example.com', given_name: 'Alice', phone_number: '+14155550100' },
  status: 'CONFIRMED',
  enabled: true,
  createdAt: 0,
  updatedAt: 0,
  passwordHistory: [],
  mfa: { smsEnabled: false, totpEnabled: false, emailEnabled: false },
  codes: {},
  lockout: { failures: 0, lockedUntil: 0 },
  groups: [],
  ...over,
});

function parseFails(filter: string): { name: string; message: string } {
  try {
    parseUserFilter(filter);
  } catch (e) {
    if (isCognitoError(e)) return { name: e.name, message: e.message };
    throw e;
  }
  throw new Error(`"${filter}" parsed`);
}

describe('parseUserFilter: grammar', () => {
  it('reads an exact match with the spacing of the documentation examples', () => {
    expect(parseUserFilter('family_name = "Reddy"')).toEqual({ attribute: 'family_name', type: '=', value: 'Reddy' });
  });

  it('reads a prefix match, with or without spaces around the operator', () => {
    expect(parseUserFilter('email^="testuser"')).toEqual({ attribute: 'email', type: '^=', value: 'testuser' });
    expect(parseUserFilter('  phone_number   ^=   "+1312"  ')).toEqual({ attribute: 'phone_number', type: '^=', value: '+1312' });
  });

  it('takes the colon in cognito:user_status as part of the name', () => {
    expect(parseUserFilter('cognito:user_status = "FORCE_CHANGE_PASSWORD"')).toEqual({ attribute: 'cognito:user_status', type: '=', value: 'FORCE_CHANGE_PASSWORD' });
  });

  it('unescapes \\" and \\\\ inside the value and keeps other characters as they are', () => {
    expect(parseUserFilter('name = "Dwayne \\"The Rock\\" J\\\\ohnson"')?.value).toBe('Dwayne "The Rock" J\\ohnson');
    expect(parseUserFilter('name = "a = b ^= c"')?.value).toBe('a = b ^= c');
  });

  it('accepts an empty value', () => {
    expect(parseUserFilter('family_name = ""')).toEqual({ attribute: 'family_name', type: '=', value: '' });
  });

  it('treats an empty or blank filter as no filter', () => {
    expect(parseUserFilter(undefined)).toBeUndefined();
    expect(parseUserFilter('')).toBeUndefined();
    expect(parseUserFilter('   ')).toBeUndefined();
  });

  it.each([
    ['username = foo'],
    ['username='],
    ['username'],
    ['= "x"'],
    ['username == "x"'],
    ['username != "x"'],
    ['username ^ "x"'],
    ['username = "unterminated'],
    ['username = "x" and email = "y"'],
    ['username = "x" extra'],
    ['username = "bad \\escape"'],
    ["username = 'single'"],
  ])('refuses %j with "Error while parsing filter."', (filter) => {
    expect(parseFails(filter)).toEqual({ name: 'InvalidParameterException', message: 'Error while parsing filter.' });
  });

  it.each([['custom:department'], ['middle_name'], ['Email'], ['enabled'], ['dev:custom:x']])('refuses the unsearchable attribute %s', (name) => {
    expect(parseFails(`${name} = "x"`)).toEqual({ name: 'InvalidParameterException', message: `Invalid search attribute: ${name}` });
  });

  it('knows exactly the documented searchable attributes', () => {
    expect(Object.keys(SEARCHABLE).sort()).toEqual(
      ['cognito:user_status', 'email', 'family_name', 'given_name', 'name', 'phone_number', 'preferred_username', 'status', 'sub', 'username'].sort(),
    );
  });
});

describe('matchesFilter', () => {
  const f = (attribute: string, type: '=' | '^=', value: string): UserFilter => ({ attribute, type, value });

  it('matches username case-sensitively', () => {
    expect(matchesFilter(f('username', '=', 'Alice'), user())).toBe(true);
    expect(matchesFilter(f('username', '=', 'alice'), user())).toBe(false);
    expect(matchesFilter(f('username', '^=', 'Al'), user())).toBe(true);
    expect(matchesFilter(f('username', '^=', 'al'), user())).toBe(false);
  });

  it('matches standard attributes without regard to case', () => {
    expect(matchesFilter(f('email', '=', 'alice@example.COM'), user())).toBe(true);
    expect(matchesFilter(f('given_name', '^=', 'ALI'), user())).toBe(true);
    expect(matchesFilter(f('email', '=', 'alice@example'), user())).toBe(false);
  });

  it('matches cognito:user_status without regard to case', () => {
    expect(matchesFilter(f('cognito:user_status', '=', 'confirmed'), user())).toBe(true);
    expect(matchesFilter(f('cognito:user_status', '=', 'UNCONFIRMED'), user())).toBe(false);
  });

  it('matches status as Enabled / Disabled, case-sensitively', () => {
    expect(matchesFilter(f('status', '=', 'Enabled'), user())).toBe(true);
    expect(matchesFilter(f('status', '=', 'enabled'), user())).toBe(false);
    expect(matchesFilter(f('status', '=', 'Disabled'), user({ enabled: false }))).toBe(true);
    expect(matchesFilter(f('status', '=', 'Enabled'), user({ enabled: false }))).toBe(false);
  });

  it('matches sub, and never matches a user without the attribute (even with an empty prefix)', () => {
    expect(matchesFilter(f('sub', '=', '0F8FAD5B-D9CB-469F-A165-70867728950E'), user())).toBe(true);
    expect(matchesFilter(f('family_name', '^=', ''), user())).toBe(false);
    expect(matchesFilter(f('family_name', '=', ''), user())).toBe(false);
  });
});

describe('sortValue', () => {
  it('folds case for case-insensitive attributes only', () => {
    expect(sortValue({ attribute: 'email', type: '=', value: '' }, user())).toBe('alice@example.com');
    expect(sortValue({ attribute: 'username', type: '=', value: '' }, user())).toBe('Alice');
    expect(sortValue({ attribute: 'family_name', type: '=', value: '' }, user())).toBe('');
  });
});
