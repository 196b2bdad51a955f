// The computations a network question may hand to a worker thread (metric-runner.ts), each a pure
// function of the projection's compressed rows: what runs in the worker is exactly what runs inline.
import { brokerageScores, type BrokerageResult } from "./brokerage.js";
import { betweennessScores, pageRankScores } from "./centrality.js";
import { detectCommunities, type CommunityPartition } from "./communities.js";
import type { Adjacency } from "./network-graph.js";

/** A computation over the projection's compressed rows. */
export type MetricJob =
  | { kind: "pagerank" }
  | { kind: "betweenness" }
  | { kind: "communities" }
  | { kind: "brokerage"; groupA: Int32Array; groupB: Int32Array };

/** What each kind of job answers. */
export interface MetricJobResults {
  pagerank: { scores: Float64Array };
  betweenness: { scores: Float64Array; sources: number; exact: boolean };
  communities: CommunityPartition;
  brokerage: BrokerageResult;
}

/** The result of `job`. */
export type MetricJobResult<J extends MetricJob> = MetricJobResults[J["kind"]];

/** Runs a job where it is called (inline, or inside the worker thread). */
export function runMetricJob<J extends MetricJob>(graph: Adjacency, job: J): MetricJobResult<J> {
  const results: { [K in MetricJob["kind"]]: () => MetricJobResults[K] } = {
    pagerank: () => ({ scores: pageRankScores(graph) }),
    betweenness: () => betweennessScores(graph),
    communities: () => detectCommunities(graph),
    brokerage: () => {
      const { groupA, groupB } = job as Extract<MetricJob, { kind: "brokerage" }>;
      return brokerageScores(graph, groupA, groupB);
    },
  };
  return results[job.kind]() as MetricJobResult<J>;
}

/** The buffers of a result, handed over to the main thread rather than copied. */
export function resultBuffers(result: MetricJobResults[MetricJob["kind"]]): ArrayBuffer[] {
  const arrays = "community" in result ? [result.community] : [result.scores];
  return arrays.map((array) => array.buffer as ArrayBuffer);
}
