// A node's brokerage between two groups: how many of the shortest paths from one group to the other
// go through it (group-to-group betweenness), and the paths that show it.
import { ShortestPathCounter, sampleNodes, sampleSize } from "./centrality.js";
import type { Adjacency } from "./network-graph.js";

/**
 * At most this many members of the first group are sources; above, a fixed sample, scaled. On a
 * graph with many ties the sample is smaller, within the same budget of neighbour visits as
 * betweenness (`sampleSize`): 16 sources on the large benchmark projection, where each walk over
 * its 1.1 million ties costs about 35 ms (200 sources took 7 s).
 */
export const brokerageSources = 200;

/** Brokerage scores, and how many members of the first group they were counted from. */
export interface BrokerageResult {
  scores: Float64Array;
  /** How many members of the first group the shortest paths were counted from. */
  sources: number;
  /** Whether every member of the first group was a source. */
  exact: boolean;
}

/**
 * Each node's share of the shortest paths between a member of `groupA` and a member of `groupB`
 * (the ends themselves excluded), estimated from a sample when the first group is large.
 */
export function brokerageScores(graph: Adjacency, groupA: Int32Array, groupB: Int32Array): BrokerageResult {
  const scores = new Float64Array(graph.size);
  const inB = new Uint8Array(graph.size);
  for (const b of groupB) inB[b] = 1;
  const sourceCount = sampleSize(graph, brokerageSources);
  const sources =
    groupA.length > sourceCount ? Int32Array.from(sampleNodes(groupA.length, sourceCount), (i) => groupA[i]!) : groupA;
  const walk = new ShortestPathCounter(graph);
  for (const source of sources) walk.accumulate(source, scores, (v) => inB[v] === 1);
  const pairs = groupA.length * groupB.length;
  const scale = pairs ? groupA.length / sources.length / pairs : 0;
  for (let v = 0; v < graph.size; v++) scores[v]! *= scale;
  return { scores, sources: sources.length, exact: sources.length === groupA.length };
}

/**
 * Up to `count` shortest paths from a member of A through `broker` to a member of B, as node indices
 * in order: the nearest members of each group reached by different first steps from the broker.
 */
export function pathsThrough(
  graph: Adjacency,
  broker: number,
  groupA: Int32Array,
  groupB: Int32Array,
  count: number,
): number[][] {
  const { offsets, neighbours } = graph;
  const parent = new Int32Array(graph.size).fill(-2);
  const branch = new Int32Array(graph.size).fill(-1);
  const inA = new Uint8Array(graph.size);
  const inB = new Uint8Array(graph.size);
  for (const a of groupA) inA[a] = 1;
  for (const b of groupB) inB[b] = 1;
  const nearestA: number[] = [];
  const nearestB: number[] = [];
  const queue = [broker];
  parent[broker] = -1;
  const wanted = count * 4;
  // A broker that belongs to a group is that group's nearest member (a path may start at it).
  if (inA[broker]) nearestA.push(broker);
  if (inB[broker]) nearestB.push(broker);
  for (let head = 0; head < queue.length && (nearestA.length < wanted || nearestB.length < wanted); head++) {
    const v = queue[head]!;
    for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
      const w = neighbours[i]!;
      if (parent[w] !== -2) continue;
      parent[w] = v;
      branch[w] = v === broker ? w : branch[v]!;
      queue.push(w);
      if (inA[w] && nearestA.length < wanted) nearestA.push(w);
      if (inB[w] && nearestB.length < wanted) nearestB.push(w);
    }
  }
  const toBroker = (v: number) => {
    const path = [v];
    while (parent[path[path.length - 1]!]! >= 0) path.push(parent[path[path.length - 1]!]!);
    return path;
  };
  const paths: number[][] = [];
  for (const a of nearestA) {
    for (const b of nearestB) {
      if (paths.length >= count) return paths;
      if (a === b || branch[a] === branch[b]) continue;
      paths.push([...toBroker(a), ...toBroker(b).reverse().slice(1)]);
    }
  }
  return paths;
}
