// networkChange(from, to): who joined and who left a projection between two years, which ties are
// new or gone, and the undated ties shown apart.
import type { GraphDatabase } from "../../graph/graph-database.js";
import type { GraphNode } from "../../graph/graph-values.js";
import type { NetworkTie } from "../__generated__/resolvers-types.js";
import { BadUserInputError } from "../graphql/errors.js";
import type { Cached } from "./network-cache.js";
import type { NetworkAnalysis } from "./network-analysis.js";
import { graphNodes } from "./network-evidence.js";
import type { NetworkGraph } from "./network-graph.js";
import { baseKey, type Projection } from "./projection-input.js";
import { compareYears, type TiePair } from "./year-view.js";

export interface ChangeAnswer {
  from: number;
  to: number;
  stayed: number;
  joinedCount: number;
  joined: GraphNode[];
  leftCount: number;
  left: GraphNode[];
  newTiesCount: number;
  newTies: NetworkTie[];
  goneTiesCount: number;
  goneTies: NetworkTie[];
  undatedTiesCount: number;
  undatedTies: NetworkTie[];
}

/** A tie as the API shows it. */
function tieOf(graph: NetworkGraph, tie: TiePair, year: number | null): NetworkTie {
  return { from: graph.nodes[tie.a]!.ref, to: graph.nodes[tie.b]!.ref, type: tie.type, year };
}

/** What changed between two years of the projection (its own years ignored). */
export async function networkChange(
  analysis: NetworkAnalysis,
  reader: GraphDatabase,
  projection: Projection,
  from: number,
  to: number,
  limit: number,
): Promise<Cached<ChangeAnswer>> {
  if (from === to) throw new BadUserInputError("from and to must be two different years", "to");
  await analysis.cache.refresh();
  const allYears: Projection = { ...projection, years: null };
  return analysis.cache.get(`change ${baseKey(allYears)} ${from} ${to} ${limit}`, async () => {
    const graph = await analysis.graph(allYears);
    const change = compareYears(graph, Math.min(from, to), Math.max(from, to));
    const byName = (a: number, b: number) => graph.nodes[a]!.name.localeCompare(graph.nodes[b]!.name, "fr");
    return {
      from: Math.min(from, to),
      to: Math.max(from, to),
      stayed: change.stayed,
      joinedCount: change.joined.length,
      joined: await graphNodes(reader, graph, change.joined.sort(byName).slice(0, limit)),
      leftCount: change.left.length,
      left: await graphNodes(reader, graph, change.left.sort(byName).slice(0, limit)),
      newTiesCount: change.newTies.length,
      newTies: change.newTies.slice(0, limit).map((tie) => tieOf(graph, tie, Math.max(from, to))),
      goneTiesCount: change.goneTies.length,
      goneTies: change.goneTies.slice(0, limit).map((tie) => tieOf(graph, tie, Math.min(from, to))),
      undatedTiesCount: change.undatedTies.length,
      undatedTies: change.undatedTies.slice(0, limit).map((tie) => tieOf(graph, tie, null)),
    };
  });
}
