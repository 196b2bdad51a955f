// Reads back from Neo4j what an answer shows: the nodes of the top results, and for a broker the
// relationships (with their evidence) of each path it sits on.
import type { Node, Relationship } from "neo4j-driver";
import { RefIndex, toGraphNode, weakest, type EvidencePath, type GraphNode } from "../../graph/graph-values.js";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import { filterParameters, relationshipFilter } from "./load-projection.js";
import type { NetworkGraph } from "./network-graph.js";
import type { Projection } from "./projection-input.js";

/** The GraphNodes of projection nodes (by index), in the order given. */
export async function graphNodes(reader: GraphDatabase, graph: NetworkGraph, indices: number[]): Promise<GraphNode[]> {
  if (indices.length === 0) return [];
  const ids = indices.map((v) => graph.nodes[v]!.id);
  const records = await readQuery(
    reader,
    `UNWIND $ids AS id MATCH (n) WHERE id(n) = toInteger(id) RETURN toFloat(id(n)) AS id, n`,
    { ids },
  );
  const byId = new Map(records.map((record) => [record.get("id") as number, toGraphNode(record.get("n") as Node)]));
  return ids.map((id) => byId.get(id)).filter((node): node is GraphNode => node !== undefined);
}

/**
 * The evidence paths of node paths (by index): for each consecutive pair, one relationship of the
 * projection between them (the stated one first). A path whose relationship is gone is left out.
 */
export async function evidencePaths(
  reader: GraphDatabase,
  graph: NetworkGraph,
  projection: Projection,
  paths: number[][],
): Promise<EvidencePath[]> {
  const steps = paths.flatMap((path, p) =>
    path.slice(1).map((v, i) => ({ path: p, step: i, a: graph.nodes[path[i]!]!.id, b: graph.nodes[v]!.id })),
  );
  if (steps.length === 0) return [];
  const records = await readQuery(
    reader,
    `UNWIND $steps AS step
     MATCH (a) WHERE id(a) = toInteger(step.a)
     MATCH (b) WHERE id(b) = toInteger(step.b)
     OPTIONAL MATCH (a)-[r]-(b) WHERE ${relationshipFilter}
     WITH step, a, b, r ORDER BY CASE r.confidence WHEN 'stated' THEN 0 ELSE 1 END
     WITH step, a, b, collect(r)[0] AS r
     RETURN step.path AS path, step.step AS step, a, b, r`,
    { steps, ...filterParameters(projection) },
  );
  const byPath = new Map<number, Array<{ step: number; a: Node; b: Node; r: Relationship | null }>>();
  for (const record of records) {
    const path = Number(record.get("path"));
    const list = byPath.get(path) ?? [];
    list.push({
      step: Number(record.get("step")),
      a: record.get("a") as Node,
      b: record.get("b") as Node,
      r: record.get("r") as Relationship | null,
    });
    byPath.set(path, list);
  }
  const answers: EvidencePath[] = [];
  for (let p = 0; p < paths.length; p++) {
    const list = (byPath.get(p) ?? []).sort((x, y) => x.step - y.step);
    if (list.length !== paths[p]!.length - 1 || list.some((entry) => entry.r === null)) continue;
    const refs = new RefIndex();
    const nodes = refs.add([list[0]!.a, ...list.map((entry) => entry.b)]);
    const edges = list.map((entry) => refs.edge(entry.r!));
    answers.push({ nodes, edges, length: edges.length, confidence: weakest(edges) });
  }
  return answers;
}
