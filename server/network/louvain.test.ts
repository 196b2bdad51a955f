import { UndirectedGraph } from "graphology";
import graphologyLouvain from "graphology-communities-louvain";
import graphologyModularity from "graphology-metrics/graph/modularity.js";
import { describe, expect, it } from "vitest";
import { detectCommunities } from "./communities.js";
import { louvain } from "./louvain.js";
import { networkOf, type Adjacency, type NetworkGraph } from "./network-graph.js";
import { seededRandom } from "./seeded-random.js";

/** The rows as a graphology graph, each pair one edge weighted by its multiplicity. */
function graphologyOf(graph: Adjacency): UndirectedGraph {
  const undirected = new UndirectedGraph({ allowSelfLoops: false });
  for (let v = 0; v < graph.size; v++) undirected.addNode(String(v));
  for (let v = 0; v < graph.size; v++)
    for (let i = graph.offsets[v]!; i < graph.offsets[v + 1]!; i++)
      if (v < graph.neighbours[i]!)
        undirected.addUndirectedEdge(String(v), String(graph.neighbours[i]!), { weight: graph.multiplicity[i]! });
  return undirected;
}

/** graphology-metrics' modularity of `community` on the same rows, weighted. */
function theirModularity(graph: Adjacency, community: Int32Array): number {
  return graphologyModularity(graphologyOf(graph), {
    getNodeCommunity: (node) => community[Number(node)]!,
    getEdgeWeight: "weight",
  });
}

/**
 * A planted partition: `groups` groups of `groupSize` nodes, each pair inside a group tied with
 * probability `inside`, each pair across groups with probability `across`; some pairs tied twice.
 */
function plantedPartition(groups: number, groupSize: number, inside: number, across: number): NetworkGraph {
  const random = seededRandom(2008);
  const refs = Array.from({ length: groups * groupSize }, (_, i) => `Organization:g${Math.floor(i / groupSize)}-${i}`);
  const pairs: Array<[string, string, number]> = [];
  for (let a = 0; a < refs.length; a++)
    for (let b = a + 1; b < refs.length; b++) {
      const sameGroup = Math.floor(a / groupSize) === Math.floor(b / groupSize);
      if (random() >= (sameGroup ? inside : across)) continue;
      pairs.push([refs[a]!, refs[b]!, 2023]);
      if (random() < 0.1) pairs.push([refs[a]!, refs[b]!, 2024]);
    }
  return networkOf(refs, pairs);
}

/** Every pair of `refs` tied `times` times. */
function clique(refs: string[], times = 1): Array<[string, string]> {
  return refs.flatMap((a, i) =>
    refs.slice(i + 1).flatMap((b) => Array.from({ length: times }, (): [string, string] => [a, b])),
  );
}

describe("Louvain on the compressed rows", () => {
  const groups = 8;
  const groupSize = 50;
  const planted = plantedPartition(groups, groupSize, 0.3, 0.01);

  it("recovers the planted groups of a planted-partition graph", () => {
    expect(planted.ties.from.length).toBeGreaterThan(planted.edgeCount);
    const { community, sizes } = detectCommunities(planted);
    const dominant = new Set<number>();
    for (let group = 0; group < groups; group++) {
      const counts = new Map<number, number>();
      for (let v = group * groupSize; v < (group + 1) * groupSize; v++)
        counts.set(community[v]!, (counts.get(community[v]!) ?? 0) + 1);
      const [mostly, howMany] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
      // Each planted group mostly in one community, and no two groups in the same one.
      expect(howMany).toBeGreaterThanOrEqual(0.9 * groupSize);
      dominant.add(mostly);
    }
    expect(dominant.size).toBe(groups);
    expect(sizes).toHaveLength(groups);
  });

  it("reaches at least graphology-communities-louvain's modularity on the same graph (within 0.01)", () => {
    const ours = louvain(planted);
    const theirs = graphologyLouvain.detailed(graphologyOf(planted), {
      rng: seededRandom(planted.size),
      getEdgeWeight: "weight",
    });
    expect(ours.modularity).toBeGreaterThan(0.5);
    expect(ours.modularity).toBeGreaterThanOrEqual(theirs.modularity - 0.01);
  });

  it("reports the modularity of the partition it returns, as graphology-metrics computes it", () => {
    const { community, modularity } = detectCommunities(planted);
    expect(Math.abs(modularity - theirModularity(planted, community))).toBeLessThan(1e-9);
    // A graph where Louvain aggregates more than once, and isolated nodes.
    const ring = Array.from({ length: 24 }, (_, c) => Array.from({ length: 5 }, (_, i) => `Organization:c${c}-${i}`));
    const isolated = ["Organization:alone-1", "Organization:alone-2"];
    const ringGraph = networkOf(
      [...ring.flat(), ...isolated],
      [
        ...ring.flatMap((members) => clique(members)),
        ...ring.map((members, c): [string, string] => [members[0]!, ring[(c + 1) % ring.length]![1]!]),
      ],
    );
    const result = louvain(ringGraph);
    expect(result.levels).toBeGreaterThan(1);
    expect(Math.abs(result.modularity - theirModularity(ringGraph, result.community))).toBeLessThan(1e-9);
  });

  it("keeps an isolated node in a community of its own, and gives modularity 0 to a graph without ties", () => {
    const members = ["a", "b", "c"].map((id) => `Organization:${id}`);
    const graph = networkOf([...members, "Organization:alone"], clique(members));
    const { community, sizes } = detectCommunities(graph);
    expect(sizes).toEqual([3, 1]);
    expect(community[graph.indexOf("Organization:alone")!]).toBe(1);
    const empty = detectCommunities(networkOf(["Organization:a", "Organization:b"], []));
    expect(empty.sizes).toEqual([1, 1]);
    expect(empty.modularity).toBe(0);
  });

  it("counts repeated ties: a bridge tied twenty times pulls its two ends together, apart from their cliques", () => {
    const left = ["a1", "a2", "a3", "a4"].map((id) => `Organization:${id}`);
    const right = ["b1", "b2", "b3", "b4"].map((id) => `Organization:${id}`);
    const withBridge = (times: number) =>
      networkOf([...left, ...right], [...clique(left), ...clique(right), ...clique([left[0]!, right[0]!], times)]);

    const once = withBridge(1);
    const onceOf = (ref: string) => detectCommunities(once).community[once.indexOf(ref)!];
    expect(onceOf("Organization:a1")).toBe(onceOf("Organization:a2"));
    expect(onceOf("Organization:a1")).not.toBe(onceOf("Organization:b1"));

    const heavy = withBridge(20);
    const partition = detectCommunities(heavy);
    const heavyOf = (ref: string) => partition.community[heavy.indexOf(ref)!];
    expect(heavyOf("Organization:a1")).toBe(heavyOf("Organization:b1"));
    expect(heavyOf("Organization:a1")).not.toBe(heavyOf("Organization:a2"));
    expect(heavyOf("Organization:b1")).not.toBe(heavyOf("Organization:b2"));
    // {a1, b1}, {a2, a3, a4}, {b2, b3, b4} on 32 units of weight: (52 − (46² + 9² + 9²) / 64) / 64.
    expect(partition.modularity).toBeCloseTo((52 - (46 ** 2 + 9 ** 2 + 9 ** 2) / 64) / 64, 9);
  });
});
