/**
 * Randomness for the engine, injected so a seeded run is repeatable.
 * The seeded generator is sfc32 (a small, well-studied PRNG) fed from a
 * string seed through a 32-bit hash; it is not cryptographically secure and is
 * meant for reproducible simulations and tests. {@link cryptoRandom} uses
 * WebCrypto for real randomness.
 */
export interface RandomSource {
  /** Fills and returns `n` random bytes. */
  bytes(n: number): Uint8Array;
}

function xmur3(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
}

/** A repeatable random source from a seed. */
export function seededRandom(seed: string | number): RandomSource {
  const next32 = xmur3(String(seed));
  let a = next32();
  let b = next32();
  let c = next32();
  let d = next32();
  const sfc32 = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i++) sfc32();
  return {
    bytes(n: number): Uint8Array {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i += 4) {
        const v = sfc32();
        for (let j = 0; j < 4 && i + j < n; j++) out[i + j] = (v >>> (8 * j)) & 0xff;
      }
      return out;
    },
  };
}

/** Real randomness from WebCrypto. */
export const cryptoRandom: RandomSource = {
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 65536) crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
    return out;
  },
};

/** A uniformly chosen integer in [0, max). */
export function randomInt(rng: RandomSource, max: number): number {
  if (max <= 0 || max > 2 ** 32) throw new RangeError('randomInt: bad range');
  const limit = Math.floor(2 ** 32 / max) * max;
  for (;;) {
    const b = rng.bytes(4);
    const v = (b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)) >>> 0;
    if (v < limit) return v % max;
  }
}

/** A string of `length` characters drawn from `alphabet`. */
export function randomString(rng: RandomSource, alphabet: string, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[randomInt(rng, alphabet.length)];
  return s;
}

export const DIGITS = '0123456789';
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** An RFC 4122 version-4 UUID, lower case, as Cognito's `sub`. */
export function randomUuid(rng: RandomSource): string {
  const b = rng.bytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (x) => x.toString(16).padStart(2, '0')).join('');
}
