/**
 * mulberry32: a tiny seeded PRNG for test data and synthetic articles. Deterministic (same
 * seed, same sequence on every platform), so it may live in shared/ without breaking the
 * "no Math.random" rule; the engine itself never uses it.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
