// `node --import tsx tests/bench/network-compute.ts [nodes] [relationships]`: the network metrics'
// computation alone (no Neo4j, no HTTP) on a random graph of the large synthetic ecosystem's size,
// with a few dense hubs as events and markets make them, to see what the algorithms cost.
import { betweennessScores, degreeScores, pageRankScores } from "../../server/network/centrality.js";
import { detectCommunities } from "../../server/network/communities.js";
import { NetworkGraph } from "../../server/network/network-graph.js";
import { seededRandom } from "../../server/network/seeded-random.js";

const nodes = Number(process.argv[2] ?? 136_000);
const relationships = Number(process.argv[3] ?? 1_200_000);
const random = seededRandom(42);
const hubs = Math.ceil(nodes / 50);
const time = <T>(label: string, work: () => T): T => {
  const started = performance.now();
  const result = work();
  console.log(`${label}: ${(performance.now() - started).toFixed(0)} ms`);
  return result;
};
const graph = time(
  "build the projection (compressed rows)",
  () =>
    new NetworkGraph(
      Array.from({ length: nodes }, (_, i) => ({
        id: i,
        ref: `Organization:n${i}`,
        label: "Organization",
        name: `n${i}`,
      })),
      {
        from: Int32Array.from({ length: relationships }, () => Math.floor(random() * nodes)),
        // Most ties reach one of the hubs (events, programmes, markets).
        to: Int32Array.from({ length: relationships }, () =>
          random() < 0.8 ? Math.floor(random() * hubs) : Math.floor(random() * nodes),
        ),
        year: Int32Array.from({ length: relationships }, () => (random() < 0.1 ? 0 : 2023 + Math.floor(random() * 2))),
        type: new Uint16Array(relationships),
        types: ["PARTICIPATED_IN"],
      },
    ),
);
console.log(`${graph.size} nodes, ${graph.edgeCount} distinct ties`);
time("degree", () => degreeScores(graph));
time("PageRank", () => pageRankScores(graph));
time("betweenness (96 sampled sources)", () => betweennessScores(graph));
const partition = time("communities (Louvain)", () => detectCommunities(graph));
console.log(`${partition.sizes.length} communities, modularity ${partition.modularity.toFixed(3)}`);
