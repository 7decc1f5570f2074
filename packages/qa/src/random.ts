/*
 * Seeded randomness that depends only on its inputs: a sample drawn from the same spec and seed is
 * the same sample, whatever order the store returned the conversations in.
 */

function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A number in (0, 1) fixed by `seed` and `key`: two independent 32-bit lanes over the key's
 * UTF-16 units, finalised and combined into 52 bits. Never exactly 0 or 1, so logarithms are safe:
 * (2^52 − 1 + 0.5) / 2^52 is still below 1 in a double, where 53 bits would round up to it.
 */
export function uniformOf(seed: number, key: string): number {
  let a = mix32(seed ^ 0x9e3779b9);
  let b = mix32(Math.imul(seed, 0x27d4eb2f) ^ 0x165667b1);
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = mix32(a ^ key.length);
  b = mix32(b ^ a);
  const bits52 = (a >>> 6) * 67108864 + (b >>> 6);
  return (bits52 + 0.5) / 4503599627370496;
}

/** A stream of numbers in (0, 1) from one seed, for resampling (bootstrap) rather than for choosing conversations. */
export function seededStream(seed: number): () => number {
  let counter = 0;
  return () => uniformOf(seed, String(counter++));
}
