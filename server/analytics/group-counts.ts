import type { Node } from "neo4j-driver";
import type { Label } from "../../schema/node-keys.js";
import { toGraphNode } from "../../graph/graph-values.js";
import type {
  QueryMembersByCommuneArgs,
  RequireFields,
  ResolversParentTypes,
} from "../__generated__/resolvers-types.js";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";

/** A count of nodes, in the shape of the schema's GroupCount. */
export type GroupCount = ResolversParentTypes["GroupCount"];

/** Members (MEMBER_OF or BUREAU_MEMBER_OF) of an organisation, per commune or per territory of location. */
export async function membersByPlace(
  reader: GraphDatabase,
  args: Omit<RequireFields<QueryMembersByCommuneArgs, "statedOnly">, "organizationRef"> & {
    organization: string;
    by: "commune" | "territory";
  },
): Promise<GroupCount[]> {
  const place = args.by === "commune" ? "c" : "t";
  const records = await readQuery(
    reader,
    `MATCH (m:Organization)-[r:MEMBER_OF|BUREAU_MEMBER_OF]->(:Organization {id: $organization})
     MATCH (m)-[l:LOCATED_IN]->(c:Commune)${args.by === "territory" ? "-[pt:PART_OF]->(t:Territory)" : ""}
     WHERE NOT $statedOnly OR (r.confidence = 'stated' AND l.confidence = 'stated')
     RETURN ${place} AS place, count(DISTINCT m) AS count ORDER BY count DESC, place.name`,
    { organization: args.organization, statedOnly: args.statedOnly },
  );
  return records.map((record) => {
    const group = toGraphNode(record.get("place") as Node);
    return { group, name: group.name, count: Number(record.get("count")) };
  });
}

/** How many nodes of a label there are per kind (the label comes from the EntityLabel enum). */
export async function countsByKind(reader: GraphDatabase, label: Label): Promise<GroupCount[]> {
  const records = await readQuery(
    reader,
    `MATCH (n:${label}) RETURN coalesce(toString(n.kind), 'NONE') AS kind, count(*) AS count ORDER BY count DESC, kind`,
  );
  return records.map((record) => ({
    group: null,
    name: record.get("kind") as string,
    count: Number(record.get("count")),
  }));
}
