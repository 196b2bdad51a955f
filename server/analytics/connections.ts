import type { Path } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { assertIntInRange } from "../graphql/errors.js";
import { RefIndex, weakest, type EvidencePath } from "../../graph/graph-values.js";
import { nodePattern } from "../../graph/node-ref.js";
import { parseRef } from "../graphql/ref-argument.js";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import type { QueryConnectionsArgs, RequireFields } from "../__generated__/resolvers-types.js";

/** The question's arguments, as the schema declares them (defaults applied). */
export type ConnectionsArgs = RequireFields<QueryConnectionsArgs, "maxLength" | "statedOnly" | "limit">;

/** The longest path `connections` looks for: beyond it, everything connects through hubs. */
export const maxConnectionLength = 6;

/** The shortest paths between two nodes, in either direction, with the evidence of every edge. */
export async function connections(reader: GraphDatabase, args: ConnectionsArgs): Promise<EvidencePath[]> {
  // The bound of a variable-length pattern cannot be a parameter: it is validated, then written in.
  const maxLength = assertIntInRange(args.maxLength, 1, maxConnectionLength, "maxLength");
  const limit = assertIntInRange(args.limit, 1, 20, "limit");
  const from = parseRef(args.from, "from");
  const to = parseRef(args.to, "to");
  const records = await readQuery(
    reader,
    `MATCH ${nodePattern("a", from, "fromKey")}
     MATCH ${nodePattern("b", to, "toKey")}
     WITH a, b WHERE a <> b
     MATCH p = allShortestPaths((a)-[*..${maxLength}]-(b))
     WHERE none(n IN nodes(p) WHERE n:Change)
       AND (NOT $statedOnly OR all(r IN relationships(p) WHERE r.confidence = 'stated'))
     RETURN p LIMIT $limit`,
    { fromKey: from.key, toKey: to.key, statedOnly: args.statedOnly, limit: neo4j.int(limit) },
  );
  return records.map((record) => {
    const path = record.get("p") as Path;
    const refs = new RefIndex();
    const nodes = refs.add([path.start, ...path.segments.map((segment) => segment.end)]);
    const edges = path.segments.map((segment) => refs.edge(segment.relationship));
    return { nodes, edges, length: edges.length, confidence: weakest(edges) };
  });
}
