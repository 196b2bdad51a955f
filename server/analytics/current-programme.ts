// The programme the pole is running now: the views open on it instead of naming a year.
import type { Node } from "neo4j-driver";
import { toGraphNode, type GraphNode } from "../../graph/graph-values.js";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";

/** PMT's action programme with the greatest year, or null when the graph has none. */
export async function currentProgramme(reader: GraphDatabase): Promise<GraphNode | null> {
  const [record] = await readQuery(
    reader,
    `MATCH (:Organization {id: 'pmt'})-[:RUNS]->(p:Programme {kind: 'ACTION_PROGRAMME'})
     WHERE p.year IS NOT NULL
     RETURN p ORDER BY p.year DESC, p.id LIMIT 1`,
  );
  return record ? toGraphNode(record.get("p") as Node) : null;
}
