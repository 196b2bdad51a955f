// The communes organisations are located in, for the tables' "Commune" column.
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";

/** Organisation id → the names of its communes, in one query. */
export async function communesOf(reader: GraphDatabase, organizationIds: string[]): Promise<Map<string, string>> {
  if (organizationIds.length === 0) return new Map();
  const records = await readQuery(
    reader,
    `MATCH (o:Organization)-[:LOCATED_IN]->(c:Commune) WHERE o.id IN $ids
     WITH o, c ORDER BY c.name
     RETURN o.id AS id, collect(DISTINCT c.name) AS communes`,
    { ids: [...new Set(organizationIds)] },
  );
  return new Map(
    records.map((record) => [record.get("id") as string, (record.get("communes") as string[]).join(", ")]),
  );
}
