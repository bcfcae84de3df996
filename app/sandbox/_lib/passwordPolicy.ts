/** The pool's password policy in plain words, as a hint beside the password field. */

/** The `PasswordPolicyType` members the hint uses (as DescribeUserPool / CreateUserPool return them). */
export interface PasswordPolicyLike {
  MinimumLength?: number;
  RequireUppercase?: boolean;
  RequireLowercase?: boolean;
  RequireNumbers?: boolean;
  RequireSymbols?: boolean;
}

const list = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/**
 * Describes a password policy: `At least 8 characters, with a lowercase letter,
 * an uppercase letter, a number and a symbol.` Returns undefined when the
 * policy is unknown (no length given), so the page shows no guess.
 */
export function describePasswordPolicy(policy: PasswordPolicyLike | undefined): string | undefined {
  if (!policy || typeof policy.MinimumLength !== 'number') return undefined;
  const needs: string[] = [];
  if (policy.RequireLowercase) needs.push('a lowercase letter');
  if (policy.RequireUppercase) needs.push('an uppercase letter');
  if (policy.RequireNumbers) needs.push('a number');
  if (policy.RequireSymbols) needs.push('a symbol');
  const n = policy.MinimumLength;
  const length = `At least ${n} character${n === 1 ? '' : 's'}`;
  return needs.length ? `${length}, with ${list(needs)}.` : `${length}.`;
}
