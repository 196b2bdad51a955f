// Communities of a projection: Louvain (graphology-communities-louvain) with its modularity, the
// communities numbered from the largest (0) down, with a fixed seed so the answer is repeatable.
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import type { Adjacency } from "./network-graph.js";
import { seededRandom } from "./seeded-random.js";

/** Each node's community, and the partition's modularity. */
export interface CommunityPartition {
  /** `community[v]`: 0 for the largest community, 1 for the next… */
  community: Int32Array;
  /** How many nodes each community has, largest first. */
  sizes: number[];
  modularity: number;
}

/**
 * Louvain communities of the projection's undirected graph (an isolated node is its own community):
 * graphology's Louvain on a lean copy of the compressed rows — a simple undirected graph, each pair of
 * neighbours one edge, weighted by how many relationships tie them. Only the rare pairs tied more than
 * once carry a weight attribute: graphology's object graph is most of the cost at a million ties.
 */
export function detectCommunities(graph: Adjacency): CommunityPartition {
  const { size, offsets, neighbours, multiplicity } = graph;
  const keys = Array.from({ length: size }, (_, v) => String(v));
  const undirected = new UndirectedGraph({ allowSelfLoops: false });
  for (const key of keys) undirected.addNode(key);
  for (let v = 0; v < size; v++) {
    for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
      const w = neighbours[i]!;
      if (v > w) continue;
      if (multiplicity[i] === 1) undirected.addUndirectedEdge(keys[v], keys[w]);
      else undirected.addUndirectedEdge(keys[v], keys[w], { weight: multiplicity[i]! });
    }
  }
  const raw = new Int32Array(size);
  let modularity = 0;
  if (undirected.size > 0) {
    const result = louvain.detailed(undirected, {
      rng: seededRandom(size),
      getEdgeWeight: (_edge, attributes) => (attributes.weight as number | undefined) ?? 1,
    });
    for (let v = 0; v < size; v++) raw[v] = result.communities[keys[v]!]!;
    modularity = result.modularity;
  } else {
    for (let v = 0; v < size; v++) raw[v] = v;
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
