import { describe, expect, it } from 'vitest';
import { PASSWORD_POLICY_DEFAULT } from '@/simulator/facts';
import { describePasswordPolicy } from './passwordPolicy';

describe('describePasswordPolicy', () => {
  it("describes a new pool's default policy", () => {
    const p = PASSWORD_POLICY_DEFAULT.value;
    expect(describePasswordPolicy(p)).toBe(`At least ${p.MinimumLength} characters, with a lowercase letter, an uppercase letter, a number and a symbol.`);
  });

  it('lists only what the policy requires', () => {
    expect(describePasswordPolicy({ MinimumLength: 12, RequireNumbers: true })).toBe('At least 12 characters, with a number.');
    expect(describePasswordPolicy({ MinimumLength: 6, RequireUppercase: true, RequireSymbols: true })).toBe(
      'At least 6 characters, with an uppercase letter and a symbol.',
    );
    expect(describePasswordPolicy({ MinimumLength: 1 })).toBe('At least 1 character.');
  });

  it('says nothing when the policy is unknown', () => {
    expect(describePasswordPolicy(undefined)).toBeUndefined();
    expect(describePasswordPolicy({ RequireNumbers: true })).toBeUndefined();
  });
});
