import { describe, expect, it } from 'vitest';
import { describeThrown, formatArgs, MAX_LOG_CHARS } from './format';

describe('console formatting', () => {
  it('prints strings as they are, objects as JSON, errors as Name: message', () => {
    const e = Object.assign(new Error('User already exists'), { name: 'UsernameExistsException' });
    expect(formatArgs(['UserSub:', 'abc', 3, undefined, null])).toBe('UserSub: abc 3 undefined null');
    expect(formatArgs([{ a: [1] }])).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(formatArgs([e])).toBe('UsernameExistsException: User already exists');
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(formatArgs([loop])).toContain('[Circular]');
    expect(formatArgs(['x'.repeat(MAX_LOG_CHARS + 10)])).toMatch(/… \(cut\)$/);
  });

  it('names thrown errors by their AWS type (SDK: name; amazon-cognito-identity-js: code)', () => {
    expect(describeThrown(Object.assign(new Error('Incorrect username or password.'), { name: 'NotAuthorizedException' }))).toEqual({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    expect(describeThrown(Object.assign(new Error('User is not confirmed.'), { code: 'UserNotConfirmedException' }))).toEqual({ name: 'UserNotConfirmedException', message: 'User is not confirmed.' });
    expect(describeThrown('boom')).toEqual({ name: 'Error', message: 'boom' });
  });
});
