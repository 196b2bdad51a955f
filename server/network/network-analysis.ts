// The network questions over a projection: each step (the projection read from Neo4j, its year view,
// a metric, the communities) computed once and cached until a write touches the graph.
import type { GraphDatabase } from "../../graph/graph-database.js";
import type { GraphNode } from "../../graph/graph-values.js";
import type { NetworkMetric, NetworkProjectionSummary, NetworkTie } from "../__generated__/resolvers-types.js";
import { degreeScores, pageRankScores } from "./centrality.js";
import type { CommunityPartition } from "./communities.js";
import { MetricRunner, type MetricRunnerOptions } from "./metric-runner.js";
import { NetworkCache, type Cached } from "./network-cache.js";
import { graphNodes } from "./network-evidence.js";
import type { NetworkGraph } from "./network-graph.js";
import { baseKey, viewKey, type Projection } from "./projection-input.js";
import { loadProjection } from "./load-projection.js";
import { restrictToYears } from "./year-view.js";

/** The most ties an answer draws. */
export const maxDrawnTies = 2_000;

/** A metric's scores over a projection. */
interface MetricScores {
  scores: Float64Array;
  exact: boolean;
  sampledSources: number | null;
}

/** A node's score as the resolvers give it: its community computed only when a query asks for it. */
export interface NetworkScoreAnswer {
  node: GraphNode;
  score: number;
  rank: number;
  degree: number;
  /** graphql-js calls a function-valued property to resolve its field. */
  community: () => Promise<number>;
}

/** A NetworkMetrics answer before the summary's `cached` flag is set. */
export interface MetricsAnswer {
  metric: NetworkMetric;
  exact: boolean;
  sampledSources: number | null;
  scores: NetworkScoreAnswer[];
  ties: NetworkTie[];
  summary: Omit<NetworkProjectionSummary, "computedMs" | "cached">;
}

/** A NetworkCommunities answer before the summary's `cached` flag is set. */
export interface CommunitiesAnswer {
  modularity: number;
  count: number;
  communities: Array<{ id: number; size: number; members: GraphNode[] }>;
  summary: MetricsAnswer["summary"];
}

export class NetworkAnalysis {
  readonly cache: NetworkCache;
  /** Runs the long computations (betweenness, Louvain, brokerage) off the event loop. */
  readonly runner: MetricRunner;

  /** Computations stop after the reader's time-out (NETWORK_TIMEOUT_MS), as its reads do. */
  constructor(
    private readonly reader: GraphDatabase,
    runnerOptions: Omit<MetricRunnerOptions, "timeoutMs"> = {},
  ) {
    this.cache = new NetworkCache(reader);
    this.runner = new MetricRunner({ ...runnerOptions, timeoutMs: reader.timeoutMs });
  }

  /** The projection's graph, restricted to its years when it names some. */
  async graph(projection: Projection): Promise<NetworkGraph> {
    const base = await this.cache.get(`base ${baseKey(projection)}`, () => loadProjection(this.reader, projection));
    if (!projection.years) return base.value;
    const years = projection.years;
    const view = await this.cache.get(`view ${viewKey(projection)}`, () =>
      restrictToYears(base.value, years, projection.includeUndated),
    );
    return view.value;
  }

  /** The projection's communities. */
  async communities(projection: Projection): Promise<CommunityPartition> {
    const graph = await this.graph(projection);
    return (
      await this.cache.get(`communities ${viewKey(projection)}`, () =>
        this.runner.run(graph.adjacency, { kind: "communities" }),
      )
    ).value;
  }

  /** The top `top` nodes by `metric`, with their communities and the ties between them. */
  async metrics(projection: Projection, metric: NetworkMetric, top: number): Promise<Cached<MetricsAnswer>> {
    await this.cache.refresh();
    return this.cache.get(`metrics ${viewKey(projection)} ${metric} ${top}`, async () => {
      const graph = await this.graph(projection);
      const computed = await this.cache.get(`scores ${viewKey(projection)} ${metric}`, () =>
        scoresOf(this.runner, graph, metric),
      );
      // Louvain runs once per projection, when a query first asks for a community.
      let partition: Promise<CommunityPartition> | undefined;
      const communityOf = async (v: number) => (await (partition ??= this.communities(projection))).community[v]!;
      const ranked = topIndices(graph, computed.value.scores, top);
      const nodes = await graphNodes(this.reader, graph, ranked);
      return {
        metric,
        exact: computed.value.exact,
        sampledSources: computed.value.sampledSources,
        scores: nodes.map((node, i) => {
          const v = ranked[i]!;
          return {
            node,
            score: computed.value.scores[v]!,
            rank: i + 1,
            degree: graph.degree(v),
            community: () => communityOf(v),
          };
        }),
        ties: tiesAmong(graph, ranked),
        summary: summaryOf(graph),
      };
    });
  }

  /** The largest communities with their best-tied members. */
  async communitiesAnswer(projection: Projection, top: number, members: number): Promise<Cached<CommunitiesAnswer>> {
    await this.cache.refresh();
    return this.cache.get(`communities answer ${viewKey(projection)} ${top} ${members}`, async () => {
      const graph = await this.graph(projection);
      const partition = await this.communities(projection);
      const membersOf = partition.sizes.slice(0, top).map(() => [] as number[]);
      for (let v = 0; v < graph.size; v++) membersOf[partition.community[v]!]?.push(v);
      const communities = await Promise.all(
        membersOf.map(async (list, id) => {
          const best = list.sort((a, b) => graph.degree(b) - graph.degree(a)).slice(0, members);
          return { id, size: partition.sizes[id]!, members: await graphNodes(this.reader, graph, best) };
        }),
      );
      return {
        modularity: partition.modularity,
        count: partition.sizes.length,
        communities,
        summary: summaryOf(graph),
      };
    });
  }
}

/**
 * Computes one metric: degree and PageRank inline (a few hundred milliseconds at a million ties, less
 * than starting a worker thread costs), betweenness through the runner (a worker thread on a large
 * projection).
 */
async function scoresOf(runner: MetricRunner, graph: NetworkGraph, metric: NetworkMetric): Promise<MetricScores> {
  if (metric === "BETWEENNESS") {
    const { scores, exact, sources } = await runner.run(graph.adjacency, { kind: "betweenness" });
    return { scores, exact, sampledSources: sources };
  }
  const scores = metric === "PAGERANK" ? pageRankScores(graph.adjacency) : degreeScores(graph.adjacency);
  return { scores, exact: true, sampledSources: null };
}

/** The indices of the `count` highest scores among tied nodes, highest first (ties: the earlier node). */
export function topIndices(graph: NetworkGraph, scores: Float64Array, count: number): number[] {
  const indices = Array.from(scores.keys()).filter((v) => graph.degree(v) > 0);
  indices.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return indices.slice(0, count);
}

/** The ties (distinct by ends, type and year) between the nodes given, at most `maxDrawnTies`. */
export function tiesAmong(graph: NetworkGraph, indices: number[]): NetworkTie[] {
  const chosen = new Set(indices);
  const seen = new Set<string>();
  const ties: NetworkTie[] = [];
  const { from, to, year, type, types } = graph.ties;
  for (let i = 0; i < from.length && ties.length < maxDrawnTies; i++) {
    const a = from[i]!;
    const b = to[i]!;
    if (a === b || !chosen.has(a) || !chosen.has(b)) continue;
    const key = `${Math.min(a, b)}-${Math.max(a, b)}-${type[i]}-${year[i]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ties.push({
      from: graph.nodes[a]!.ref,
      to: graph.nodes[b]!.ref,
      type: types[type[i]!]!,
      year: year[i] === 0 ? null : year[i]!,
    });
  }
  return ties;
}

/** The size of a projection. */
export function summaryOf(graph: NetworkGraph): MetricsAnswer["summary"] {
  return {
    nodes: graph.size,
    relationships: graph.ties.from.length,
    ties: graph.edgeCount,
    undatedRelationships: graph.undatedTies,
  };
}
