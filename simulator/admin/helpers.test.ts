import { describe, expect, it } from 'vitest';
import type { OperationContext } from '../core/context';
import type { UserPool } from '../core/model';
import { seededRandom } from '../core/random';
import { SimulatedClock } from '../core/clock';
import { enforcePasswordPolicy } from '../crypto/password';
import { DAY_MS, LIFETIMES } from '../facts';
import { pageOf, pageSize } from './paging';
import { generateTemporaryPassword, temporaryPasswordValidityMs } from './temporaryPassword';

const poolWith = (PasswordPolicy: Record<string, unknown> | undefined): UserPool =>
  ({ id: 'us-east-1_test', config: PasswordPolicy ? { Policies: { PasswordPolicy } } : {} }) as unknown as UserPool;

const ctxFor = (seed: string): OperationContext => {
  const clock = new SimulatedClock();
  return { random: seededRandom(seed), clock, now: () => clock.now() } as unknown as OperationContext;
};

describe('generateTemporaryPassword', () => {
  const policies: Array<Record<string, unknown> | undefined> = [
    undefined,
    { MinimumLength: 6, RequireUppercase: false, RequireLowercase: false, RequireNumbers: false, RequireSymbols: false },
    { MinimumLength: 20, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true },
    { MinimumLength: 99, RequireSymbols: true },
    { MinimumLength: 12, RequireSymbols: false },
  ];

  it.each(policies.map((p) => [JSON.stringify(p ?? 'default'), p]))('satisfies the policy %s every time', (_label, policy) => {
    const pool = poolWith(policy as Record<string, unknown> | undefined);
    const ctx = ctxFor(`temp-${_label}`);
    for (let i = 0; i < 200; i++) {
      const pw = generateTemporaryPassword(ctx, pool);
      expect(() => enforcePasswordPolicy(pool, pw)).not.toThrow();
      expect(pw).not.toMatch(/\s/);
    }
  });

  it('uses no symbols when the policy does not ask for them', () => {
    const pool = poolWith({ MinimumLength: 8, RequireSymbols: false });
    const ctx = ctxFor('no-symbols');
    for (let i = 0; i < 100; i++) expect(generateTemporaryPassword(ctx, pool)).toMatch(/^[A-Za-z0-9]+$/);
  });

  it('is repeatable with the same seed and differs between calls', () => {
    const pool = poolWith(undefined);
    const a = ctxFor('same');
    const b = ctxFor('same');
    const first = generateTemporaryPassword(a, pool);
    expect(generateTemporaryPassword(b, pool)).toBe(first);
    expect(generateTemporaryPassword(a, pool)).not.toBe(first);
  });
});

describe('temporaryPasswordValidityMs', () => {
  it('follows TemporaryPasswordValidityDays and treats 0 as the default', () => {
    expect(temporaryPasswordValidityMs(poolWith({ TemporaryPasswordValidityDays: 3 }))).toBe(3 * DAY_MS);
    expect(temporaryPasswordValidityMs(poolWith({ TemporaryPasswordValidityDays: 0 }))).toBe(LIFETIMES.temporaryPasswordDays.value.default * DAY_MS);
    expect(temporaryPasswordValidityMs(poolWith(undefined))).toBe(LIFETIMES.temporaryPasswordDays.value.default * DAY_MS);
  });
});

describe('pageOf', () => {
  const items = ['d', 'a', 'c', 'b', 'e'].map((id) => ({ id }));
  const key = (i: { id: string }) => ({ sort: i.id, id: i.id });

  it('walks the whole list in order, page by page, with no token on the last page', () => {
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = pageOf(items, key, { limit: 2, token, scope: 's' });
      seen.push(...page.items.map((i) => i.id));
      token = page.token;
      pages++;
    } while (token);
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(pages).toBe(3);
  });

  it('resumes after the last item even when items were added or removed in between', () => {
    const first = pageOf(items, key, { limit: 2, scope: 's' });
    const changed = [...items.filter((i) => i.id !== 'c'), { id: 'aa' }, { id: 'bb' }];
    expect(pageOf(changed, key, { limit: 10, token: first.token, scope: 's' }).items.map((i) => i.id)).toEqual(['bb', 'd', 'e']);
  });

  it('refuses a token from another list or a made-up one', () => {
    const { token } = pageOf(items, key, { limit: 1, scope: 'one' });
    expect(() => pageOf(items, key, { limit: 1, token, scope: 'two' })).toThrow('Invalid pagination token.');
    expect(() => pageOf(items, key, { limit: 1, token: 'not-a-token', scope: 'one' })).toThrow('Invalid pagination token.');
  });

  it('uses the default page size when Limit is left out or 0', () => {
    expect(pageSize(undefined)).toBe(pageSize(0));
    expect(pageSize(7)).toBe(7);
  });
});
