// The full text of a source document, as kept on its Document node.
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import type { ResolversParentTypes } from "../__generated__/resolvers-types.js";

/** A document's id and full text, in the shape of the schema's SourceText. */
export type SourceText = ResolversParentTypes["SourceText"];

/** The text of the Document `id`, or null when there is no such document or it keeps no text. */
export async function sourceText(graph: GraphDatabase, id: string): Promise<SourceText | null> {
  const records = await readQuery(
    graph,
    "MATCH (d:Document {id: $id}) WHERE d.text IS NOT NULL RETURN d.text AS text",
    { id },
  );
  const text = records[0]?.get("text") as string | undefined;
  return text === undefined ? null : { id, text };
}
