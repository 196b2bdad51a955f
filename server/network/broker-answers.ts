// brokers(between, and): the nodes between two groups of a projection, each with the evidence
// paths it sits on.
import type { GraphDatabase } from "../../graph/graph-database.js";
import type { EvidencePath, GraphNode } from "../../graph/graph-values.js";
import type { NetworkGroupInput } from "../__generated__/resolvers-types.js";
import { BadUserInputError } from "../graphql/errors.js";
import { parseRef } from "../graphql/ref-argument.js";
import { pathsThrough } from "./brokerage.js";
import type { Cached } from "./network-cache.js";
import { summaryOf, topIndices, type MetricsAnswer, type NetworkAnalysis } from "./network-analysis.js";
import { evidencePaths, graphNodes } from "./network-evidence.js";
import type { NetworkGraph } from "./network-graph.js";
import { viewKey, type Projection } from "./projection-input.js";

/** How many evidence paths each broker shows. */
const pathsPerBroker = 3;

export interface BrokerageAnswer {
  betweenSize: number;
  andSize: number;
  exact: boolean;
  sampledSources: number;
  brokers: Array<{ node: GraphNode; score: number; rank: number; paths: EvidencePath[] }>;
  summary: MetricsAnswer["summary"];
}

/** The members of a group, as node indices of the projection. */
async function groupMembers(
  analysis: NetworkAnalysis,
  graph: NetworkGraph,
  projection: Projection,
  group: NetworkGroupInput,
  argumentName: string,
): Promise<Int32Array> {
  const given = [group.tiedTo, group.community].filter((value) => value !== null && value !== undefined);
  if (given.length !== 1)
    throw new BadUserInputError(`${argumentName} needs exactly one of tiedTo and community`, argumentName);
  if (group.tiedTo !== null && group.tiedTo !== undefined) {
    parseRef(group.tiedTo, `${argumentName}.tiedTo`);
    const v = graph.indexOf(group.tiedTo);
    if (v === undefined) return new Int32Array(0);
    return graph.neighbours.slice(graph.offsets[v]!, graph.offsets[v + 1]!);
  }
  const { community } = await analysis.communities(projection);
  const members: number[] = [];
  for (let v = 0; v < graph.size; v++) if (community[v] === group.community) members.push(v);
  return Int32Array.from(members);
}

/** The top brokers between two groups. */
export async function brokers(
  analysis: NetworkAnalysis,
  reader: GraphDatabase,
  projection: Projection,
  between: NetworkGroupInput,
  and: NetworkGroupInput,
  top: number,
): Promise<Cached<BrokerageAnswer>> {
  await analysis.cache.refresh();
  const key = `brokers ${viewKey(projection)} ${JSON.stringify([between, and])} ${top}`;
  return analysis.cache.get(key, async () => {
    const graph = await analysis.graph(projection);
    const groupA = await groupMembers(analysis, graph, projection, between, "between");
    const groupB = await groupMembers(analysis, graph, projection, and, "and");
    const { scores, sources, exact } = await analysis.runner.run(graph.adjacency, {
      kind: "brokerage",
      groupA,
      groupB,
    });
    const ranked = topIndices(graph, scores, top).filter((v) => scores[v]! > 0);
    const nodes = await graphNodes(reader, graph, ranked);
    const brokerPaths = await Promise.all(
      ranked.map((v) =>
        evidencePaths(reader, graph, projection, pathsThrough(graph, v, groupA, groupB, pathsPerBroker)),
      ),
    );
    return {
      betweenSize: groupA.length,
      andSize: groupB.length,
      exact,
      sampledSources: sources,
      brokers: nodes.map((node, i) => ({ node, score: scores[ranked[i]!]!, rank: i + 1, paths: brokerPaths[i]! })),
      summary: summaryOf(graph),
    };
  });
}
