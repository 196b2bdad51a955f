import type { Node } from "neo4j-driver";
import { toGraphNode, type GraphNode } from "./graph-values.js";
import { nodePattern, parseRef } from "./node-ref.js";
import { readQuery, type GraphReader } from "./read-query.js";

/** One node by its `Label:key` reference, or null. */
export async function entity(reader: GraphReader, ref: string): Promise<GraphNode | null> {
  const parsed = parseRef(ref, "ref");
  const [record] = await readQuery(reader, `MATCH ${nodePattern("n", parsed, "key")} RETURN n`, { key: parsed.key });
  return record ? toGraphNode(record.get("n") as Node) : null;
}
