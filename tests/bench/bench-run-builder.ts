// A full benchmark run's results for tests of the report: every figure derived from one number, so a
// test can tell one run's figures from another's.
import type { BenchResults, QuestionResult } from "./bench-results.js";
import type { ScaleName } from "./synthetic-ecosystem.js";
import { scales } from "./synthetic-ecosystem.js";

const stats = (median: number) => ({
  runs: 100,
  warmup: 5,
  median,
  p95: median * 1.5,
  p99: median * 2,
  mean: median,
  min: median / 2,
  max: median * 3,
});

/** The results of a full run of `scale` started at `startedAt`, its times scaled by `factor`. */
export function aBenchRun(scale: ScaleName, startedAt: string, factor: number): BenchResults {
  const participations = scales[scale].participations;
  const question = (id: QuestionResult["question"], title: string, graphqlMs: number): QuestionResult => ({
    question: id,
    title,
    ways: {
      graphql: { stats: stats(graphqlMs * factor), detail: { bytes: 5_000 } },
      cypher: { stats: stats(graphqlMs * factor * 0.5), detail: {} },
      naive: { stats: stats(graphqlMs * factor * 4), detail: { queries: 12 } },
    },
    agree: true,
  });
  const throughputRun = (connections: number) => ({
    target: "entity lookup",
    connections,
    durationSeconds: 10,
    requests: 10_000 * factor,
    requestsPerSecond: 1_000 * factor,
    latencyMs: { p50: 12, p90: 20, p99: 35, max: 50 },
    errors: 0,
    non2xx: 0,
    graphqlErrors: 0,
    serverRssMb: { before: 300, peak: 350 },
    neo4jRssMb: { peak: 1_000 },
  });
  return {
    version: 1,
    scale,
    quick: false,
    startedAt,
    seconds: 240,
    machine: {
      cpus: 2,
      cpuModel: "Test CPU",
      memoryGb: 8,
      node: "v20.20.2",
      os: "linux",
      loadAverage: { start: 0.5, end: 0.5 },
      neo4j: "5.26.19 community",
      neo4jMode: "embedded",
      neo4jMemory: { heap: "1g", pageCacheMb: 512 },
    },
    dataset: {
      nodes: participations / 5,
      relationships: participations * 1.2,
      participations,
      byLabel: { Organization: participations / 10, Event: participations / 100, Commune: 300 },
      byType: { PARTICIPATED_IN: participations },
      gbmOrganizations: 200,
      probes: { territory: "242500361", market: "ASD", firm: "o1", lab: "o2", event: "e1", searchText: "femto" },
      storeMb: 500,
    },
    firstLoad: {
      nodes: participations / 5,
      relationships: participations * 1.2,
      csvSeconds: 2 * factor,
      csvMb: participations / 5_000,
      importSeconds: (participations * 1.2) / (150_000 * factor),
      schemaSeconds: participations / (200_000 * factor),
      relationshipsPerSecond: 150_000 * factor,
      cpuSeconds: { importTool: 3, csv: 2 },
    },
    load: {
      nodes: participations / 5,
      relationships: participations * 1.2,
      nodeSeconds: 1,
      relationshipSeconds: 1,
      nodesPerSecond: 4_000 * factor,
      relationshipsPerSecond: 8_000 * factor,
      transactions: 20,
      batchSize: 10_000,
      concurrency: 1,
      mode: "merge",
      cpuSeconds: { neo4j: 3, bench: 1 },
      warmedUp: true,
      into: "imported store",
      shapes: [
        { batchSize: 10_000, concurrency: 1, mode: "merge", relationshipsPerSecond: 8_000 * factor },
        { batchSize: 10_000, concurrency: 2, mode: "merge", error: "deadlock" },
      ],
    },
    latency: [
      question("headline", "GBM firms at ASD events", 70),
      question("neighbourhood-2", "Depth-2 neighbourhood (graph view, 200 nodes)", 40),
    ],
    throughput: [throughputRun(16), throughputRun(64)],
    profiles: [
      {
        question: "headline",
        server: [
          { cypher: "MATCH (n) RETURN n", plan: `ProduceResults ${scale}`, dbHits: 10, rows: 1, milliseconds: 1 },
        ],
        cypher: { cypher: "MATCH (n) RETURN n", plan: `ProduceResults ${scale}`, dbHits: 8, rows: 1, milliseconds: 1 },
      },
    ],
  };
}

/** The results of a load-only run (xlarge): the first load and the store, no questions. */
export function aLoadOnlyRun(scale: ScaleName, startedAt: string, factor: number): BenchResults {
  const { load: _, ...run } = aBenchRun(scale, startedAt, factor);
  return { ...run, loadOnly: true, latency: [], throughput: [], profiles: [] };
}
