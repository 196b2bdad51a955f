// `node --expose-gc --import tsx tests/bench/network-compute.ts [--graph ecosystem|random] [--scale large]
// [--compare]`: the network metrics' computation alone (no Neo4j, no HTTP), each step timed with the
// memory it holds. `ecosystem` (the default) is the benchmark's synthetic ecosystem's projection built
// in memory; `random` is a random graph of the same size with dense hubs. `--compare` also runs
// graphology-metrics' PageRank and graphology's Brandes from the same sampled sources, on a
// graphology graph of the same rows, and graphology-communities-louvain on the weighted graphology
// graph it needs (what the server ran before louvain.ts), to compare them with ours
// (docs/NETWORK-ANALYSIS.md).
import { parseArgs } from "node:util";
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import modularity from "graphology-metrics/graph/modularity.js";
import { createUnweightedIndexedBrandes } from "graphology-shortest-path/indexed-brandes.js";
import {
  betweennessScores,
  degreeScores,
  pageRankScores,
  sampleNodes,
  sampleSize,
} from "../../server/network/centrality.js";
import { detectCommunities } from "../../server/network/communities.js";
import { MetricRunner } from "../../server/network/metric-runner.js";
import { NetworkGraph, type Adjacency } from "../../server/network/network-graph.js";
import { seededRandom } from "../../server/network/seeded-random.js";
import { ecosystemProjection } from "./ecosystem-projection.js";
import { loadAverageNow } from "./machine.js";
import { generateEcosystem, scales, type ScaleName } from "./synthetic-ecosystem.js";

const { values } = parseArgs({
  options: {
    graph: { type: "string", default: "ecosystem" },
    scale: { type: "string", default: "large" },
    compare: { type: "boolean", default: false },
  },
});
if (!(values.scale in scales)) throw new Error(`--scale must be one of ${Object.keys(scales).join(", ")}`);

/** Memory held now (heap and typed arrays), after a collection when node runs with --expose-gc. */
function heldMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 2 ** 20;
}

/** Runs a step, printing its time and the memory its result holds (what stays once the step is done). */
async function step<T>(label: string, work: () => T | Promise<T>): Promise<T> {
  const before = heldMb();
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  console.log(`${label}: ${ms.toFixed(0)} ms, holds ${(heldMb() - before).toFixed(0)} MB`);
  return result;
}

/** A random graph of `nodes` and `relationships`, most ties to a few dense hubs (events, markets). */
function randomGraph(nodes: number, relationships: number): NetworkGraph {
  const random = seededRandom(42);
  const hubs = Math.ceil(nodes / 50);
  return new NetworkGraph(
    Array.from({ length: nodes }, (_, i) => ({
      id: i,
      ref: `Organization:n${i}`,
      label: "Organization",
      name: `n${i}`,
    })),
    {
      from: Int32Array.from({ length: relationships }, () => Math.floor(random() * nodes)),
      to: Int32Array.from({ length: relationships }, () =>
        random() < 0.8 ? Math.floor(random() * hubs) : Math.floor(random() * nodes),
      ),
      year: Int32Array.from({ length: relationships }, () => (random() < 0.1 ? 0 : 2023 + Math.floor(random() * 2))),
      type: new Uint16Array(relationships),
      types: ["PARTICIPATED_IN"],
    },
  );
}

/**
 * The rows as the lean weighted graphology graph the server built for graphology-communities-louvain
 * before louvain.ts: node keys made once, a weight attribute only on the pairs tied more than once.
 */
function weightedGraphologyGraph(graph: Adjacency): UndirectedGraph {
  const { size, offsets, neighbours, multiplicity } = graph;
  const keys = Array.from({ length: size }, (_, v) => String(v));
  const undirected = new UndirectedGraph({ allowSelfLoops: false });
  for (const key of keys) undirected.addNode(key);
  for (let v = 0; v < size; v++)
    for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
      const w = neighbours[i]!;
      if (v > w) continue;
      if (multiplicity[i] === 1) undirected.addUndirectedEdge(keys[v], keys[w]);
      else undirected.addUndirectedEdge(keys[v], keys[w], { weight: multiplicity[i]! });
    }
  return undirected;
}

/** The rows as a graphology graph (what the library's metrics take). */
function graphologyGraph(graph: Adjacency): UndirectedGraph {
  const undirected = new UndirectedGraph({ allowSelfLoops: false });
  for (let v = 0; v < graph.size; v++) undirected.addNode(String(v));
  for (let v = 0; v < graph.size; v++)
    for (let i = graph.offsets[v]!; i < graph.offsets[v + 1]!; i++)
      if (v < graph.neighbours[i]!) undirected.addUndirectedEdge(String(v), String(graph.neighbours[i]!));
  return undirected;
}

console.log(`load average ${loadAverageNow().toFixed(1)}`);
const graph = await step("build the projection (ties, then compressed rows)", () => {
  const scale = values.scale as ScaleName;
  return values.graph === "random"
    ? randomGraph(136_000, 1_200_000)
    : ecosystemProjection(generateEcosystem({ scale }));
});
console.log(`${graph.size} nodes, ${graph.ties.from.length} relationships, ${graph.edgeCount} distinct ties`);
const adjacency = graph.adjacency;
await step("degree", () => degreeScores(adjacency));
const ours = await step("PageRank (ours, compressed rows)", () => pageRankScores(adjacency));
const sources = sampleSize(adjacency);
await step(`betweenness (ours, ${sources} sampled sources)`, () => betweennessScores(adjacency));
const partition = await step("communities (ours: Louvain on the compressed rows, weighted)", () =>
  detectCommunities(adjacency),
);
console.log(`  ${partition.sizes.length} communities, modularity ${partition.modularity.toFixed(4)}`);
const runner = new MetricRunner({ workerFrom: 0 });
await step("PageRank in a worker thread (start, copy the rows, compute, answer)", () =>
  runner.run(adjacency, { kind: "pagerank" }),
);

if (values.compare) {
  const undirected = await step("graphology graph of the same rows", () => graphologyGraph(adjacency));
  const theirs = await step("PageRank (graphology-metrics)", () =>
    pagerank(undirected, { alpha: 0.85, maxIterations: 50, tolerance: 1e-9, getEdgeWeight: null }),
  );
  let largest = 0;
  for (let v = 0; v < graph.size; v++) largest = Math.max(largest, Math.abs(theirs[String(v)]! - ours[v]!));
  console.log(`largest difference between the two PageRanks: ${largest.toExponential(2)}`);
  await step(`betweenness (graphology's indexed Brandes, the same ${sources} sources)`, () => {
    const brandes = createUnweightedIndexedBrandes(undirected);
    const dependency = new Float64Array(graph.size);
    const scores = new Float64Array(graph.size);
    for (const source of sampleNodes(graph.size, sources)) {
      const [stack, predecessors, sigma] = brandes(source);
      dependency.fill(0);
      while (stack.size !== 0) {
        const w = stack.pop()!;
        const coefficient = (1 + dependency[w]!) / sigma[w]!;
        for (const v of predecessors[w]!) dependency[v]! += sigma[v]! * coefficient;
        if (w !== source) scores[w]! += dependency[w]!;
      }
    }
    return scores;
  });
  const weighted = await step("graphology graph for Louvain (lean, weighted: what the server built)", () =>
    weightedGraphologyGraph(adjacency),
  );
  const getEdgeWeight = (_edge: string, attributes: Record<string, unknown>) =>
    (attributes.weight as number | undefined) ?? 1;
  const theirPartition = await step("Louvain (graphology-communities-louvain, defaults, weighted)", () =>
    louvain.detailed(weighted, { rng: seededRandom(graph.size), getEdgeWeight }),
  );
  console.log(`  ${theirPartition.count} communities, modularity ${theirPartition.modularity.toFixed(4)}`);
  const check = modularity(weighted, {
    getNodeCommunity: (node) => partition.community[Number(node)]!,
    getEdgeWeight,
  });
  console.log(
    `  our partition's modularity by graphology-metrics: ${check.toFixed(4)} (ours says ${partition.modularity.toFixed(4)})`,
  );
}
console.log(`load average ${loadAverageNow().toFixed(1)}`);
