// Latency of repeated runs after a warm-up: median, p95, p99. Ways that are compared with each other
// run interleaved (a, b, a, b…), so that load from other processes falls on both alike.

export interface LatencyStats {
  runs: number;
  warmup: number;
  median: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

export interface LatencyPlan {
  /** Warm-up runs at most (at least one), within `warmupBudgetMs`. */
  warmup: number;
  warmupBudgetMs: number;
  /** Measured runs: at least `minRuns`, then more until `maxRuns` or `budgetMs` is spent. */
  minRuns: number;
  maxRuns: number;
  budgetMs: number;
}

/** The p-quantile (0–1) of sorted values, nearest rank. */
export function quantile(sortedValues: number[], p: number): number {
  if (sortedValues.length === 0) return Number.NaN;
  return sortedValues[Math.min(sortedValues.length - 1, Math.max(0, Math.ceil(p * sortedValues.length) - 1))]!;
}

/** Statistics of durations in milliseconds. */
export function latencyStats(durations: number[], warmup: number): LatencyStats {
  const values = [...durations].sort((a, b) => a - b);
  return {
    runs: values.length,
    warmup,
    median: quantile(values, 0.5),
    p95: quantile(values, 0.95),
    p99: quantile(values, 0.99),
    mean: values.reduce((total, value) => total + value, 0) / values.length,
    min: values[0] ?? Number.NaN,
    max: values[values.length - 1] ?? Number.NaN,
  };
}

/**
 * Runs each function of `runs` in turn, round after round: warm-up rounds first, then measured rounds.
 * Returns each one's statistics and its last result.
 */
export async function measureInterleaved(
  runs: Array<() => Promise<unknown>>,
  plan: LatencyPlan,
): Promise<Array<{ stats: LatencyStats; last: unknown }>> {
  const last: unknown[] = [];
  const warmupStarted = performance.now();
  let warmup = 0;
  do {
    for (const [index, run] of runs.entries()) last[index] = await run();
    warmup++;
  } while (warmup < plan.warmup && performance.now() - warmupStarted < plan.warmupBudgetMs);

  const durations: number[][] = runs.map(() => []);
  const started = performance.now();
  for (let round = 0; round < plan.maxRuns; round++) {
    if (round >= plan.minRuns && performance.now() - started > plan.budgetMs) break;
    for (const [index, run] of runs.entries()) {
      const runStarted = performance.now();
      last[index] = await run();
      durations[index]!.push(performance.now() - runStarted);
    }
  }
  return durations.map((values, index) => ({ stats: latencyStats(values, warmup), last: last[index] }));
}
