/**
 * A small seeded pseudo-random number generator, so that a quiz is the same for everyone who
 * opens it with the same `?seed=`. Not for anything secret.
 */

/** The seed used when the URL gives none: the class that opens the plain link gets one shared quiz. */
export const DEFAULT_SEED = 1;

/** Seeds are whole numbers from 1 to this (what fits in 31 bits). */
export const MAX_SEED = 2_147_483_647;

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state, a stream of numbers in [0, 1).
 * @example const next = mulberry32(42); next() // → the same number on every machine
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return function next() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A copy of `items` in an order drawn from `random` (Fisher–Yates).
 * @example shuffle(['a', 'b', 'c'], mulberry32(1)) // → the three, in the same order every time
 */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A `seed` query value as a seed: a whole number from 1 to MAX_SEED written in digits, or null.
 * @example parseSeed('4821') // → 4821
 * @example parseSeed('abc') // → null
 */
export function parseSeed(value: string | null | undefined): number | null {
  if (!value || !/^[0-9]{1,10}$/.test(value)) return null;
  const seed = Number(value);
  return seed >= 1 && seed <= MAX_SEED ? seed : null;
}

/** A fresh seed for a new quiz, from the given source of randomness (Math.random in the browser). */
export function newSeed(random: () => number): number {
  return 1 + Math.floor(random() * 999_999);
}
