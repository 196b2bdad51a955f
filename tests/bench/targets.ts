// The bars of issue 20 (performance, second round), checked against results: a bar that says "at
// every scale" is met only where every scale measured meets it; the others are judged at 1,000,000
// participations when that scale was measured, otherwise at the largest scale measured.
import type { BenchResults } from "./bench-results.js";

export interface TargetCheck {
  target: string;
  bar: string;
  /** The measured value at each scale, as text. */
  byScale: Record<string, string>;
  /** `met`, `missed`, or `not measured at 1M` (then judged at the largest scale measured). */
  verdict: "met" | "missed" | "met below 1M" | "missed below 1M" | "not measured";
}

const milliseconds = (value: number) =>
  value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString("en");

export const formatMs = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? "–" : `${milliseconds(value)} ms`;

function latency(results: BenchResults, question: string) {
  return results.latency.find((entry) => entry.question === question);
}

/** Checks every target against the results of each scale. */
export function checkTargets(all: BenchResults[]): TargetCheck[] {
  const checks: Array<{
    target: string;
    bar: string;
    measure: (results: BenchResults) => { text: string; met: boolean } | undefined;
  }> = [
    ...(
      [
        ["headline-page", "Headline question, first page (compact, what the app asks), GraphQL against Cypher, median"],
        ["headline", "Headline question, whole answer (deprecated shape), GraphQL against Cypher, median"],
      ] as const
    ).map(([question, target]) => ({
      target,
      bar: `(a) ≤ 1.2 × (b) ${everyScale}`,
      measure: (results: BenchResults) => {
        const headline = latency(results, question);
        if (!headline) return undefined;
        const ratio = headline.ways.graphql.stats.median / headline.ways.cypher.stats.median;
        return {
          text: `${ratio.toFixed(2)}× (${formatMs(headline.ways.graphql.stats.median)} vs ${formatMs(headline.ways.cypher.stats.median)})`,
          met: ratio <= 1.2,
        };
      },
    })),
    {
      target: "Entity lookup throughput, 16 connections, no errors",
      bar: `≥ 2,000 req/s ${everyScale}`,
      measure: (results) => {
        const run = results.throughput.find((entry) => entry.target === "entity lookup" && entry.connections === 16);
        if (!run) return undefined;
        const errors = run.errors + run.non2xx + run.graphqlErrors;
        return {
          text: `${Math.round(run.requestsPerSecond).toLocaleString("en")} req/s, ${errors} errors`,
          met: run.requestsPerSecond >= 2000 && errors === 0,
        };
      },
    },
    {
      target: "Depth-2 neighbourhood through GraphQL, p95",
      bar: "< 20 ms at 1M",
      measure: (results) => {
        const view = latency(results, "neighbourhood-2");
        if (!view) return undefined;
        return { text: formatMs(view.ways.graphql.stats.p95), met: view.ways.graphql.stats.p95 < 20 };
      },
    },
    {
      target: "First load with Neo4j's import tool",
      bar: "≥ 100,000 relationships/s",
      measure: (results) =>
        results.firstLoad && {
          text: `${Math.round(results.firstLoad.relationshipsPerSecond).toLocaleString("en")} rel/s`,
          met: results.firstLoad.relationshipsPerSecond >= 100_000,
        },
    },
    {
      target: "Online load through batched UNWIND",
      bar: "≥ 30,000 relationships/s",
      measure: (results) =>
        results.load && {
          text: `${Math.round(results.load.relationshipsPerSecond).toLocaleString("en")} rel/s`,
          met: results.load.relationshipsPerSecond >= 30_000,
        },
    },
  ];
  return checks.map(({ target, bar, measure }) => {
    const byScale: Record<string, string> = {};
    const verdicts: Array<{ scale: string; met: boolean }> = [];
    for (const results of all) {
      const measured = measure(results);
      if (!measured) continue;
      byScale[results.scale] = `${measured.text} ${measured.met ? "✅" : "❌"}`;
      verdicts.push({ scale: results.scale, met: measured.met });
    }
    return { target, bar, byScale, verdict: verdictOf(verdicts, bar.includes(everyScale)) };
  });
}

/** What a bar says when every scale must meet it. */
export const everyScale = "at every scale";

/**
 * A target's verdict: whether it was met at the largest scale measured (`measured` smallest first),
 * or at each one when `atEveryScale`.
 */
export function verdictOf(
  measured: ReadonlyArray<{ scale: string; met: boolean }>,
  atEveryScale = false,
): TargetCheck["verdict"] {
  const last = measured.at(-1);
  if (!last) return "not measured";
  if (atEveryScale && measured.some(({ met }) => !met))
    return last.scale === "large" || last.scale === "xlarge" ? "missed" : "missed below 1M";
  if (last.scale === "large" || last.scale === "xlarge") return last.met ? "met" : "missed";
  return last.met ? "met below 1M" : "missed below 1M";
}
