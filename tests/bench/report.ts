// The benchmark's output: a summary table on the console, and docs/BENCHMARKS.md regenerated from the
// latest full results of every scale (its Analysis section, written by hand, is kept).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../server/config.js";
import { readLatestResults, type BenchResults } from "./bench-results.js";
import { benchmarksMarkdown } from "./benchmarks-doc.js";
import { growthChartFile, growthChartSvg, growthPoints } from "./growth-section.js";
import { analysisEnd, analysisStart, mergeBenchmarksDoc } from "./merge-benchmarks-doc.js";
import { scales } from "./synthetic-ecosystem.js";
import { checkTargets, formatMs } from "./targets.js";

export const benchmarksDoc = path.join(projectRoot, "docs", "BENCHMARKS.md");

/** Prints the run's figures as tables. */
export function printSummary(results: BenchResults): void {
  const { dataset, load, firstLoad } = results;
  console.log(
    `\nMaillage benchmark, scale ${results.scale}${results.quick ? " (quick)" : ""}: ${dataset.participations.toLocaleString("en")} participations, ` +
      `${dataset.nodes.toLocaleString("en")} nodes, ${dataset.relationships.toLocaleString("en")} relationships; ` +
      `load average ${results.machine.loadAverage.start.toFixed(1)} → ${results.machine.loadAverage.end?.toFixed(1)} on ${results.machine.cpus} cores\n`,
  );
  const perSecond = (value: number) => Math.round(value).toLocaleString("en");
  if (firstLoad) {
    console.log(
      `First load (import tool): ${perSecond(firstLoad.relationshipsPerSecond)} relationships/s, ${firstLoad.importSeconds.toFixed(1)} s; ` +
        `constraints and indexes ${firstLoad.schemaSeconds?.toFixed(1) ?? "–"} s; store ${dataset.storeMb ?? "–"} MB`,
    );
  }
  if (load) {
    console.log(
      `Online load: ${perSecond(load.nodesPerSecond)} nodes/s, ${perSecond(load.relationshipsPerSecond)} relationships/s (${load.batchSize} rows × ${load.concurrency}, ${load.mode})` +
        (results.singleTransaction
          ? `; one transaction (seed/load-facts.ts, ${results.singleTransaction.heap} heap): ${results.singleTransaction.error ?? `${Math.round(results.singleTransaction.relationshipsPerSecond ?? 0).toLocaleString("en")} rel/s`}`
          : ""),
    );
  }
  const triple = (stats: { median: number; p95: number; p99: number }) =>
    `${formatMs(stats.median)} / ${formatMs(stats.p95)} / ${formatMs(stats.p99)}`;
  console.table(
    Object.fromEntries(
      results.latency.map((entry) => [
        entry.title,
        {
          "(a) GraphQL p50/p95/p99": triple(entry.ways.graphql.stats),
          "(b) Cypher p50/p95/p99": triple(entry.ways.cypher.stats),
          "(c) naive p50/p95/p99": triple(entry.ways.naive.stats),
          "a/b": (entry.ways.graphql.stats.median / entry.ways.cypher.stats.median).toFixed(2),
          "c/b": (entry.ways.naive.stats.median / entry.ways.cypher.stats.median).toFixed(1),
          "(c) queries": entry.ways.naive.detail.queries ?? "",
          same: entry.agree ? "yes" : `NO: ${entry.disagreement}`,
        },
      ]),
    ),
  );
  console.table(
    results.throughput.map((run) => ({
      target: run.target,
      connections: run.connections,
      "req/s":
        run.requestsPerSecond < 10 ? Number(run.requestsPerSecond.toFixed(1)) : Math.round(run.requestsPerSecond),
      completed: run.requests,
      p50: formatMs(run.latencyMs.p50),
      p99: formatMs(run.latencyMs.p99),
      errors: run.errors + run.non2xx + run.graphqlErrors,
      "server RSS MB": `${Math.round(run.serverRssMb.before ?? 0)} → ${Math.round(run.serverRssMb.peak ?? 0)}`,
    })),
  );
  if (!results.quick) {
    console.table(
      checkTargets(readLatestResults()).map((check) => ({
        target: check.target,
        bar: check.bar,
        ...check.byScale,
        verdict: check.verdict,
      })),
    );
  }
}

/** Rewrites docs/BENCHMARKS.md from the latest full results of this machine, keeping its Analysis
 *  section and the figures of every scale they do not cover (each dated by its run). */
export function writeBenchmarksDoc(): string {
  const previous = existsSync(benchmarksDoc) ? readFileSync(benchmarksDoc, "utf8") : "";
  const doc = updatedBenchmarksDoc(previous, readLatestResults());
  writeFileSync(benchmarksDoc, doc);
  // Drawn from the merged doc: every scale it keeps, not only those measured on this machine.
  writeFileSync(path.join(path.dirname(benchmarksDoc), growthChartFile), growthChartSvg(growthPoints(doc)));
  return benchmarksDoc;
}

/** The doc with `latest`'s scales rendered afresh, the other scales' figures and the Analysis kept from `previous`. */
export function updatedBenchmarksDoc(previous: string, latest: BenchResults[]): string {
  const start = previous.indexOf(analysisStart);
  const end = previous.indexOf(analysisEnd);
  const analysis =
    start >= 0 && end > start
      ? previous.slice(start + analysisStart.length, end).trim()
      : "_Not written yet: what limits each target missed, with the PROFILE evidence above._";
  const fresh = benchmarksMarkdown(latest, `${analysisStart}\n${analysis}\n${analysisEnd}`);
  if (!previous) return fresh;
  return mergeBenchmarksDoc(
    previous,
    fresh,
    latest.map((results) => results.scale),
    Object.keys(scales),
  );
}
