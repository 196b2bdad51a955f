import neo4j, { type Node, type Relationship } from "neo4j-driver";
import { assertIntInRange } from "../graphql/errors.js";
import { RefIndex, type GraphEdge, type GraphNode } from "./graph-values.js";
import { nodePattern, parseRef } from "./node-ref.js";
import { readQuery, type GraphReader } from "./read-query.js";

export interface NeighbourhoodArgs {
  ref: string;
  depth: number;
  limit: number;
  labels?: string[] | null;
  statedOnly: boolean;
}

export interface Neighbourhood {
  center: GraphNode;
  nodes: GraphNode[];
  edges: GraphEdge[];
  totalNodes: number;
  omittedNodes: number;
  truncated: boolean;
}

/** The largest neighbourhood returned: what a graph view stays smooth with. */
export const maxNeighbourhoodNodes = 5_000;

/**
 * Nodes within depth 1 or 2 (nearest first, then by name), capped, with the relationships among
 * them, in one query; `total` counts every node found. Each ring keeps only its first `$limit - 1`
 * names (a top-k, not a sort of the whole ring: a depth-2 ring of a dense node holds thousands).
 * The audit trail (Change nodes) is not part of the ecosystem and is left out.
 */
const neighbourhoodCypher = `
MATCH CENTER
CALL (c) {
  MATCH (c)-[r]-(n) WHERE n <> c AND NOT n:Change AND (NOT $statedOnly OR r.confidence = 'stated')
  RETURN collect(DISTINCT n) AS ring1
}
CALL (c, ring1) {
  UNWIND CASE WHEN $depth = 2 THEN ring1 ELSE [] END AS m
  MATCH (m)-[r]-(n) WHERE n <> c AND NOT n:Change AND NOT n IN ring1 AND (NOT $statedOnly OR r.confidence = 'stated')
  RETURN collect(DISTINCT n) AS ring2
}
WITH c, [n IN ring1 WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)] AS near,
     [n IN ring2 WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)] AS far
CALL (near) {
  UNWIND near AS n WITH n ORDER BY coalesce(n.name, n.title) LIMIT $others RETURN collect(n) AS sortedNear
}
CALL (far) {
  UNWIND far AS n WITH n ORDER BY coalesce(n.name, n.title) LIMIT $others RETURN collect(n) AS sortedFar
}
WITH c, (sortedNear + sortedFar)[0..$others] AS nodes, size(near) + size(far) + 1 AS total
CALL (c, nodes) {
  WITH [c] + nodes AS shown
  UNWIND shown AS x
  MATCH (x)-[r]->(y) WHERE y IN shown AND (NOT $statedOnly OR r.confidence = 'stated')
  RETURN collect(r) AS edges
}
RETURN c, nodes, total, edges`;

/** The part of the graph around a node, capped, with a count of what the cap left out; null for an unknown node. */
export async function neighbourhood(reader: GraphReader, args: NeighbourhoodArgs): Promise<Neighbourhood | null> {
  const depth = assertIntInRange(args.depth, 1, 2, "depth");
  const limit = assertIntInRange(args.limit, 1, maxNeighbourhoodNodes, "limit");
  const center = parseRef(args.ref, "ref");
  const [record] = await readQuery(reader, neighbourhoodCypher.replace("CENTER", nodePattern("c", center, "key")), {
    key: center.key,
    depth: neo4j.int(depth),
    others: neo4j.int(limit - 1),
    labels: args.labels ?? null,
    statedOnly: args.statedOnly,
  });
  if (!record) return null;
  const refs = new RefIndex();
  const nodes = refs.add([record.get("c") as Node, ...(record.get("nodes") as Node[])]);
  const total = Number(record.get("total"));
  return {
    center: nodes[0]!,
    nodes,
    edges: (record.get("edges") as Relationship[]).map((relationship) => refs.edge(relationship)),
    totalNodes: total,
    omittedNodes: total - nodes.length,
    truncated: total > nodes.length,
  };
}
