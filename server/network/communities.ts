// Communities of a projection: Louvain (graphology-communities-louvain) with its modularity, the
// communities numbered from the largest (0) down, with a fixed seed so the answer is repeatable.
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import type { NetworkGraph } from "./network-graph.js";
import { seededRandom } from "./seeded-random.js";

/** Each node's community, and the partition's modularity. */
export interface CommunityPartition {
  /** `community[v]`: 0 for the largest community, 1 for the next… */
  community: Int32Array;
  /** How many nodes each community has, largest first. */
  sizes: number[];
  modularity: number;
}

/** Louvain communities of the projection's undirected graph (an isolated node is its own community). */
export function detectCommunities(graph: NetworkGraph): CommunityPartition {
  const undirected = new UndirectedGraph();
  for (let v = 0; v < graph.size; v++) undirected.addNode(v);
  const { offsets, neighbours } = graph;
  for (let v = 0; v < graph.size; v++) {
    for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
      const w = neighbours[i]!;
      if (v < w) undirected.addUndirectedEdge(v, w);
    }
  }
  const raw = new Int32Array(graph.size);
  let modularity = 0;
  if (undirected.size > 0) {
    const result = louvain.detailed(undirected, { rng: seededRandom(graph.size) });
    for (let v = 0; v < graph.size; v++) raw[v] = result.communities[v]!;
    modularity = result.modularity;
  } else {
    for (let v = 0; v < graph.size; v++) raw[v] = v;
  }
  return renumberBySize(raw, modularity);
}

/** Renumbers communities from the largest down (ties: the one met first). */
function renumberBySize(raw: Int32Array, modularity: number): CommunityPartition {
  const counts = new Map<number, number>();
  for (const c of raw) counts.set(c, (counts.get(c) ?? 0) + 1);
  const order = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const renamed = new Map(order.map(([c], index) => [c, index]));
  return {
    community: Int32Array.from(raw, (c) => renamed.get(c)!),
    sizes: order.map(([, size]) => size),
    modularity,
  };
}
