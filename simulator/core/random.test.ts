import { describe, expect, it } from 'vitest';
import { randomInt, randomString, randomUuid, seededRandom, DIGITS } from './random';
import { SimulatedClock } from './clock';

describe('seededRandom', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = seededRandom('seed');
    const b = seededRandom('seed');
    const c = seededRandom('other');
    const x = a.bytes(32);
    expect(b.bytes(32)).toEqual(x);
    expect(c.bytes(32)).not.toEqual(x);
  });

  it('makes v4 UUIDs and codes of the right shape', () => {
    const rng = seededRandom(1);
    expect(randomUuid(rng)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(randomString(rng, DIGITS, 6)).toMatch(/^\d{6}$/);
  });

  it('spreads randomInt over its whole range', () => {
    const rng = seededRandom('spread');
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(randomInt(rng, 10));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('SimulatedClock', () => {
  it('moves only forward and only when told', () => {
    const clock = new SimulatedClock(1_000);
    expect(clock.now()).toBe(1_000);
    clock.advance(500);
    expect(clock.now()).toBe(1_500);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.set(1_000)).toThrow(RangeError);
    clock.set(10_000);
    expect(clock.now()).toBe(10_000);
  });
});
