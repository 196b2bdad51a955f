// A small deterministic random generator (mulberry32): samples and community detection give the
// same answer for the same projection, so a cached answer and a fresh one agree.

/** A generator of numbers in [0, 1) fixed by `seed`. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
