/**
 * Seeded randomness for the trainer: the same seed always gives the same
 * question order and option order, so a learner can retake "the same exam".
 * Framework-free; no Math.random here.
 */

/** Hashes a seed string to a 32-bit unsigned integer (FNV-1a, then a final avalanche). */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** A deterministic generator of floats in [0, 1) for a seed string (a 32-bit splitmix-style sequence). */
export function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    z ^= z >>> 15;
    return (z >>> 0) / 0x1_0000_0000;
  };
}

/** A shuffled copy of `items` (Fisher–Yates) using `random`; the input is not changed. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const SEED_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A short, readable seed (no look-alike characters) from a source of random bytes. */
export function makeSeed(randomBytes: (n: number) => Uint8Array, length = 6): string {
  const bytes = randomBytes(length);
  let seed = '';
  for (let i = 0; i < length; i++) seed += SEED_ALPHABET[bytes[i] % SEED_ALPHABET.length];
  return seed;
}

/** True when `value` is a seed the trainer accepts: 1–32 letters, digits or hyphens. */
export function isValidSeed(value: string): boolean {
  return /^[A-Za-z0-9-]{1,32}$/.test(value);
}

/** One question of a session: its id and, for choice questions, the order its options are shown in (original indices). */
export interface SessionItem {
  id: string;
  options: number[];
}

/**
 * Picks and orders questions for a session from a seed: the pool is shuffled,
 * the first `count` kept (all when `count` is undefined), and each choice
 * question's options get their own shuffled order.
 */
export function buildSessionItems(
  pool: readonly { id: string; optionCount: number }[],
  seed: string,
  count?: number,
): SessionItem[] {
  const random = seededRandom(seed);
  // Sort by id first so the result depends only on the seed and the set of questions, not on their input order.
  const sorted = pool.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const picked = shuffle(sorted, random).slice(0, count ?? sorted.length);
  return picked.map((q) => ({
    id: q.id,
    options: shuffle(
      Array.from({ length: q.optionCount }, (_, i) => i),
      random,
    ),
  }));
}
