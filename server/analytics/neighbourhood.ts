import neo4j, { type Node, type Relationship } from "neo4j-driver";
import { assertIntInRange } from "../graphql/errors.js";
import { RefIndex } from "../../graph/graph-values.js";
import { nodePattern } from "../../graph/node-ref.js";
import { parseRef } from "../graphql/ref-argument.js";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import type {
  PartnershipStatus,
  QueryNeighbourhoodArgs,
  RequireFields,
  ResolversParentTypes,
} from "../__generated__/resolvers-types.js";

/** The question's arguments, as the schema declares them (defaults applied). */
export type NeighbourhoodArgs = RequireFields<QueryNeighbourhoodArgs, "depth" | "limit" | "statedOnly">;

/** The part of the graph around a node, in the shape of the schema's Neighbourhood. */
export type Neighbourhood = ResolversParentTypes["Neighbourhood"];

/** Every partnership status, in the order the answer lists them. */
const allPartnershipStatuses: PartnershipStatus[] = ["ACTIVE", "PLANNED", "TO_STRENGTHEN"];

/** Whether relationship `r` is kept: stated when asked, and a partnership only of the statuses asked. */
const keptRelationship = `(NOT $statedOnly OR r.confidence = 'stated')
  AND ($statuses IS NULL OR type(r) <> 'PARTNER_OF' OR coalesce(r.status, 'ACTIVE') IN $statuses)`;

/** The largest neighbourhood returned: what a graph view stays smooth with. */
export const maxNeighbourhoodNodes = 5_000;

/**
 * Nodes within depth 1 or 2 (nearest first, then by name), capped; `total` counts every node found.
 * The audit trail (Change nodes) is not part of the ecosystem and is left out. Each ring is sorted
 * whole, then sliced: `ORDER BY … LIMIT` (Neo4j's Top) over an imported ring keeps the ring's list
 * in each kept row (29 MB for a limit of 200, the transaction memory limit at 4,999). A Top that
 * imports only the centre gives the same answers but needs a second pass for the count and an
 * EXISTS for "not in the first ring": measured in `npm run bench:top-k` (tests/bench/neighbourhood-top-k.ts)
 * on a 4,442-node star, 1.9–2.9× the db hits at depth 2, and less memory only at a limit of 200
 * (docs/BENCHMARKS.md, "The neighbourhood's second ring"), so the sort stays.
 */
const ringsCypher = `
MATCH CENTER
CALL (c) {
  MATCH (c)-[r]-(n) WHERE n <> c AND NOT n:Change AND ${keptRelationship}
  RETURN collect(DISTINCT n) AS ring1
}
CALL (c, ring1) {
  UNWIND CASE WHEN $depth = 2 THEN ring1 ELSE [] END AS m
  MATCH (m)-[r]-(n) WHERE n <> c AND NOT n:Change AND NOT n IN ring1 AND ${keptRelationship}
  RETURN collect(DISTINCT n) AS ring2
}
WITH c, [n IN ring1 WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)] AS near,
     [n IN ring2 WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)] AS far
CALL (near) {
  UNWIND near AS n WITH n ORDER BY coalesce(n.name, n.title) RETURN collect(n) AS sortedNear
}
CALL (far) {
  UNWIND far AS n WITH n ORDER BY coalesce(n.name, n.title) RETURN collect(n) AS sortedFar
}
RETURN c, (sortedNear + sortedFar)[0..$others] AS nodes, size(near) + size(far) + 1 AS total`;

/**
 * The relationships among a set of nodes, in a second query whose ids are a parameter: the planner
 * checks `IN $ids` against a set. (Collecting them in the rings' query with `y IN shown` was tried
 * together with a top-k and reverted with it; it was not measured on its own.)
 */
const edgesAmongCypher = `
MATCH (x)-[r]->(y)
WHERE elementId(x) IN $ids AND elementId(y) IN $ids AND ${keptRelationship}
RETURN r`;

/** The part of the graph around a node, capped, with a count of what the cap left out; null for an unknown node. */
export async function neighbourhood(reader: GraphDatabase, args: NeighbourhoodArgs): Promise<Neighbourhood | null> {
  const depth = assertIntInRange(args.depth, 1, 2, "depth");
  const limit = assertIntInRange(args.limit, 1, maxNeighbourhoodNodes, "limit");
  const center = parseRef(args.ref, "ref");
  const statuses = args.partnershipStatuses?.length
    ? allPartnershipStatuses.filter((status) => args.partnershipStatuses!.includes(status))
    : null;
  const [record] = await readQuery(reader, ringsCypher.replace("CENTER", nodePattern("c", center, "key")), {
    key: center.key,
    depth: neo4j.int(depth),
    others: neo4j.int(limit - 1),
    labels: args.labels ?? null,
    statedOnly: args.statedOnly,
    statuses,
  });
  if (!record) return null;
  const refs = new RefIndex();
  const shown = [record.get("c") as Node, ...(record.get("nodes") as Node[])];
  const nodes = refs.add(shown);
  const edgeRecords = await readQuery(reader, edgesAmongCypher, {
    ids: shown.map((node) => node.elementId),
    statedOnly: args.statedOnly,
    statuses,
  });
  const total = Number(record.get("total"));
  return {
    center: nodes[0]!,
    nodes,
    edges: edgeRecords.map((edgeRecord) => refs.edge(edgeRecord.get("r") as Relationship)),
    totalNodes: total,
    omittedNodes: total - nodes.length,
    truncated: total > nodes.length,
    partnershipStatuses: statuses ?? allPartnershipStatuses,
  };
}
