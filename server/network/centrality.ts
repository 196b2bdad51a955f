// Degree, PageRank and betweenness over the undirected simple graph of a projection (network-graph.ts).
import type { Adjacency } from "./network-graph.js";
import { seededRandom } from "./seeded-random.js";

/** Each node's number of distinct neighbours. */
export function degreeScores(graph: Adjacency): Float64Array {
  const scores = new Float64Array(graph.size);
  for (let v = 0; v < graph.size; v++) scores[v] = graph.offsets[v + 1]! - graph.offsets[v]!;
  return scores;
}

/** PageRank (damping 0.85) on the undirected graph; an isolated node's rank is spread over all. */
export function pageRankScores(graph: Adjacency, iterations = 50, tolerance = 1e-9): Float64Array {
  const n = graph.size;
  const { offsets, neighbours } = graph;
  const damping = 0.85;
  let rank = new Float64Array(n).fill(n ? 1 / n : 0);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < iterations; iteration++) {
    let dangling = 0;
    for (let v = 0; v < n; v++) if (offsets[v + 1] === offsets[v]) dangling += rank[v]!;
    next.fill((1 - damping) / n + (damping * dangling) / n);
    for (let v = 0; v < n; v++) {
      const start = offsets[v]!;
      const end = offsets[v + 1]!;
      if (start === end) continue;
      const share = (damping * rank[v]!) / (end - start);
      for (let i = start; i < end; i++) next[neighbours[i]!]! += share;
    }
    let change = 0;
    for (let v = 0; v < n; v++) change += Math.abs(next[v]! - rank[v]!);
    [rank, next] = [next, rank];
    if (change < tolerance) break;
  }
  return rank;
}

/** How a betweenness was computed: from every node (exact) or from a sample of sources. */
export interface BetweennessResult {
  scores: Float64Array;
  /** How many source nodes the shortest paths were counted from. */
  sources: number;
  exact: boolean;
}

/** Up to this many nodes, betweenness is exact; above, it is estimated from a sample of sources. */
export const exactBetweennessUpTo = 4_000;
/** The most sources a sample has, and the fewest. */
export const sampledSources = 96;
const fewestSources = 16;
/** The neighbour visits a sample may cost (each source walks every tie twice): bounds the time. */
const sampleBudget = 60_000_000;

/**
 * How many sources to sample on `graph`: `most` (96) at most, fewer on a graph with many ties, 16 at
 * least.
 */
export function sampleSize(graph: Adjacency, most = sampledSources): number {
  const perSource = Math.max(1, 2 * graph.neighbours.length);
  return Math.max(fewestSources, Math.min(most, Math.floor(sampleBudget / perSource)));
}

/**
 * Betweenness centrality (Brandes), undirected, each pair counted once: how many shortest paths
 * between other nodes go through each node. Exact up to `exactBetweennessUpTo` nodes; above, the
 * Brandes–Pich estimate from a fixed-seed sample of sources (`sampleSize`), scaled to the whole graph.
 */
export function betweennessScores(graph: Adjacency, sourceCount = sampleSize(graph)): BetweennessResult {
  const n = graph.size;
  const exact = n <= exactBetweennessUpTo || sourceCount >= n;
  const sources = exact ? Int32Array.from({ length: n }, (_, v) => v) : sampleNodes(n, sourceCount);
  const scores = new Float64Array(n);
  const walk = new ShortestPathCounter(graph);
  for (const source of sources) walk.accumulate(source, scores, () => true);
  // Undirected: each pair is counted from both ends in an exact run.
  const scale = exact ? 0.5 : n / sources.length / 2;
  for (let v = 0; v < n; v++) scores[v]! *= scale;
  return { scores, sources: sources.length, exact };
}

/** `count` distinct node indices below `n`, the same ones every time for the same n. */
export function sampleNodes(n: number, count: number): Int32Array {
  const random = seededRandom(n);
  const picked = new Set<number>();
  while (picked.size < Math.min(count, n)) picked.add(Math.floor(random() * n));
  return Int32Array.from(picked);
}

/** One breadth-first search with path counts and the dependency accumulation of Brandes. */
export class ShortestPathCounter {
  readonly distance: Int32Array;
  readonly paths: Float64Array;
  private readonly order: Int32Array;
  private readonly dependency: Float64Array;

  constructor(private readonly graph: Adjacency) {
    this.distance = new Int32Array(graph.size).fill(-1);
    this.paths = new Float64Array(graph.size);
    this.order = new Int32Array(graph.size);
    this.dependency = new Float64Array(graph.size);
  }

  /**
   * Adds to `scores` each node's dependency from `source`, counting only the shortest paths that end
   * at a node for which `isTarget` holds (every node for betweenness; a group for brokerage).
   */
  accumulate(source: number, scores: Float64Array, isTarget: (v: number) => boolean): void {
    const { offsets, neighbours } = this.graph;
    const { distance, paths, order, dependency } = this;
    let head = 0;
    let tail = 0;
    distance[source] = 0;
    paths[source] = 1;
    order[tail++] = source;
    while (head < tail) {
      const v = order[head++]!;
      for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
        const w = neighbours[i]!;
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          order[tail++] = w;
        }
        if (distance[w] === distance[v]! + 1) paths[w]! += paths[v]!;
      }
    }
    for (let k = tail - 1; k >= 0; k--) {
      const w = order[k]!;
      const own = isTarget(w) && w !== source ? 1 : 0;
      const coefficient = (own + dependency[w]!) / paths[w]!;
      for (let i = offsets[w]!; i < offsets[w + 1]!; i++) {
        const v = neighbours[i]!;
        if (distance[v] === distance[w]! - 1) dependency[v]! += paths[v]! * coefficient;
      }
      if (w !== source) scores[w]! += dependency[w]!;
    }
    for (let k = 0; k < tail; k++) {
      const v = order[k]!;
      distance[v] = -1;
      paths[v] = 0;
      dependency[v] = 0;
    }
  }
}
