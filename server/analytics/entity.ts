import type { Node } from "neo4j-driver";
import { toGraphNode, type GraphNode } from "../../graph/graph-values.js";
import { nodePattern } from "../../graph/node-ref.js";
import { parseRef } from "../graphql/ref-argument.js";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";

/** One node by its `Label:key` reference, or null. */
export async function entity(reader: GraphDatabase, ref: string): Promise<GraphNode | null> {
  const parsed = parseRef(ref, "ref");
  const [record] = await readQuery(reader, `MATCH ${nodePattern("n", parsed, "key")} RETURN n`, { key: parsed.key });
  return record ? toGraphNode(record.get("n") as Node) : null;
}
