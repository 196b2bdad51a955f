// Communities of a projection: Louvain (louvain.ts, on the compressed rows) with its modularity, the
// communities numbered from the largest (0) down, with a fixed seed so the answer is repeatable.
import { louvain } from "./louvain.js";
import type { Adjacency } from "./network-graph.js";

/** Each node's community, and the partition's modularity. */
export interface CommunityPartition {
  /** `community[v]`: 0 for the largest community, 1 for the next… */
  community: Int32Array;
  /** How many nodes each community has, largest first. */
  sizes: number[];
  modularity: number;
}

/**
 * Louvain communities of the projection's undirected graph (an isolated node is its own community),
 * each pair of neighbours weighted by how many relationships tie it.
 */
export function detectCommunities(graph: Adjacency): CommunityPartition {
  const { community, modularity } = louvain(graph);
  return renumberBySize(community, modularity);
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
