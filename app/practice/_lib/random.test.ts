import { describe, expect, it } from 'vitest';
import { buildSessionItems, hashSeed, isValidSeed, makeSeed, seededRandom, shuffle } from './random';

describe('seeded randomness', () => {
  it('the same seed gives the same sequence; another seed a different one', () => {
    const a = seededRandom('abc123');
    const b = seededRandom('abc123');
    const c = seededRandom('abc124');
    const seqA = Array.from({ length: 20 }, a);
    expect(Array.from({ length: 20 }, b)).toEqual(seqA);
    expect(Array.from({ length: 20 }, c)).not.toEqual(seqA);
    for (const x of seqA) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('hashes distinguish near-identical seeds', () => {
    expect(hashSeed('a')).not.toBe(hashSeed('b'));
    expect(hashSeed('')).toBe(hashSeed(''));
  });

  it('values are spread roughly evenly', () => {
    const r = seededRandom('spread');
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 10_000; i++) buckets[Math.floor(r() * 10)]++;
    for (const n of buckets) expect(n).toBeGreaterThan(850);
  });
});

describe('shuffle', () => {
  it('returns a permutation and leaves the input alone', () => {
    const input = Array.from({ length: 50 }, (_, i) => i);
    const copy = input.slice();
    const out = shuffle(input, seededRandom('x'));
    expect(input).toEqual(copy);
    expect(out.slice().sort((a, b) => a - b)).toEqual(input);
    expect(out).not.toEqual(input);
  });

  it('is reproducible from a seed', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(shuffle(items, seededRandom('s1'))).toEqual(shuffle(items, seededRandom('s1')));
  });
});

describe('buildSessionItems', () => {
  const pool = Array.from({ length: 30 }, (_, i) => ({ id: `q-${String(i).padStart(2, '0')}`, optionCount: 4 }));

  it('picks `count` distinct questions, each with a permutation of its options', () => {
    const items = buildSessionItems(pool, 'seed', 10);
    expect(items).toHaveLength(10);
    expect(new Set(items.map((i) => i.id)).size).toBe(10);
    for (const item of items) expect(item.options.slice().sort()).toEqual([0, 1, 2, 3]);
  });

  it('depends on the seed, not on the order of the pool', () => {
    const a = buildSessionItems(pool, 'same', 10);
    const b = buildSessionItems(pool.slice().reverse(), 'same', 10);
    expect(b).toEqual(a);
    expect(buildSessionItems(pool, 'other', 10)).not.toEqual(a);
  });

  it('keeps every question when no count is given, and numeric questions get no options', () => {
    const items = buildSessionItems([...pool, { id: 'n-1', optionCount: 0 }], 'all');
    expect(items).toHaveLength(31);
    expect(items.find((i) => i.id === 'n-1')?.options).toEqual([]);
  });
});

describe('seeds', () => {
  it('makeSeed maps bytes to the readable alphabet', () => {
    const seed = makeSeed((n) => Uint8Array.from({ length: n }, (_, i) => i * 7));
    expect(seed).toMatch(/^[a-z2-9]{6}$/);
    expect(seed).not.toMatch(/[ilo01]/);
  });

  it('isValidSeed accepts short alphanumeric seeds only', () => {
    expect(isValidSeed('abc-123')).toBe(true);
    expect(isValidSeed('')).toBe(false);
    expect(isValidSeed('has space')).toBe(false);
    expect(isValidSeed('x'.repeat(33))).toBe(false);
  });
});
