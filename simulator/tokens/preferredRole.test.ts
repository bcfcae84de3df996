import { describe, expect, it } from 'vitest';
import { preferredRole } from './issue';

describe('cognito:preferred_role', () => {
  it('is the role of the group with the lowest precedence', () => {
    expect(preferredRole([{ precedence: 5, roleArn: 'arn:b' }, { precedence: 1, roleArn: 'arn:a' }])).toBe('arn:a');
  });
  it('ranks groups without precedence last', () => {
    expect(preferredRole([{ roleArn: 'arn:none' }, { precedence: 9, roleArn: 'arn:nine' }])).toBe('arn:nine');
  });
  it('is absent when the best precedence is shared by two groups with roles', () => {
    expect(preferredRole([{ precedence: 1, roleArn: 'arn:a' }, { precedence: 1, roleArn: 'arn:b' }, { precedence: 3, roleArn: 'arn:c' }])).toBeUndefined();
    expect(preferredRole([{ roleArn: 'arn:a' }, { roleArn: 'arn:b' }])).toBeUndefined();
  });
  it('ignores groups without a role', () => {
    expect(preferredRole([{ precedence: 0 }, { precedence: 2, roleArn: 'arn:r' }])).toBe('arn:r');
    expect(preferredRole([{ precedence: 0 }])).toBeUndefined();
  });
});
