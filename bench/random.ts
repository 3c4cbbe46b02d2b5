// A small seeded PRNG so that two runs generate the same data (no Math.random in the generator).

/** A generator of floats in [0, 1) from a 32-bit seed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An integer in [min, max]. */
export function intBetween(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(random: () => number, list: readonly T[]): T {
  const value = list[Math.floor(random() * list.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

/** Picks by cumulative weights (ascending, last = total). */
export function pickWeighted<T>(
  random: () => number,
  items: readonly T[],
  cumulative: readonly number[],
): T {
  const total = cumulative.at(-1) ?? 0;
  const x = random() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 0) <= x) lo = mid + 1;
    else hi = mid;
  }
  const item = items[lo];
  if (item === undefined) throw new Error('weighted pick out of range');
  return item;
}

/** Percentiles of a list of durations (ms). */
export function percentiles(values: number[]): {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
} {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  const mean = sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length);
  return {
    n: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    mean,
    max: sorted.at(-1) ?? 0,
  };
}
