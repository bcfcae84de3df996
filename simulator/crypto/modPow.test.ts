import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bigintModPow, g, N } from './srpGroup';

/** Textbook right-to-left square-and-multiply, written independently as the reference. */
function reference(base: bigint, exp: bigint, mod: bigint): bigint {
  if (mod === 1n) return 0n;
  let result = 1n;
  let b = base % mod;
  for (let e = exp; e > 0n; e /= 2n) {
    if (e % 2n === 1n) result = (result * b) % mod;
    b = (b * b) % mod;
  }
  return result;
}

const bits = (n: number) => fc.bigInt({ min: 0n, max: (1n << BigInt(n)) - 1n });

describe('bigintModPow', () => {
  it('agrees with square-and-multiply in the SRP group, for base 2 and any base, short and long exponents', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(g), bits(3072), fc.bigInt({ min: N - 3n, max: N + 3n })), fc.oneof(bits(70), bits(256), bits(1100)), (base, exp) => {
        expect(bigintModPow(base, exp, N)).toBe(reference(base, exp, N));
      }),
      { numRuns: 40 },
    );
  });

  it('agrees with square-and-multiply for any modulus, odd or even, small or large', () => {
    fc.assert(
      fc.property(bits(600), bits(600), fc.bigInt({ min: 1n, max: 1n << 600n }), (base, exp, mod) => {
        expect(bigintModPow(base, exp, mod)).toBe(reference(base, exp, mod));
      }),
      { numRuns: 150 },
    );
  });

  it('handles the edge operands like square-and-multiply', () => {
    // Includes both sides of the g table's limit (2^1088) and exponents with many zero hex digits.
    const exps = [0n, 1n, 2n, 63n, 64n, 65n, (1n << 64n) + 1n, (1n << 513n) - 1n, 1n << 700n, (1n << 1088n) - 1n, 1n << 1088n, (1n << 1088n) + 15n];
    const bases = [0n, 1n, 2n, 3n, N - 1n, N, N + 2n, 2n * N + 2n];
    for (const mod of [1n, 2n, 3n, 1n << 100n, N])
      for (const base of bases) for (const exp of exps) expect(bigintModPow(base, exp, mod), `${base}^${exp} mod ${mod}`).toBe(reference(base, exp, mod));
  });

  it('keeps the old answers for negative operands and refuses a zero modulus', () => {
    expect(bigintModPow(-5n, 1n << 80n, 7n)).toBe(reference(-5n, 1n << 80n, 7n));
    expect(bigintModPow(-2n, 3n, 11n)).toBe(-8n);
    expect(bigintModPow(5n, -3n, 11n)).toBe(1n);
    expect(bigintModPow(7n, 1n << 70n, -11n)).toBe(reference(7n, 1n << 70n, -11n));
    expect(() => bigintModPow(5n, 1n << 70n, 0n)).toThrow(RangeError);
  });
});
