// Suggestions as the graph keeps them: one `Suggestion` node per candidate fact of a document,
// pending until an editor accepts or rejects it. A decided suggestion stays, so that a rescan of
// the document never proposes again what an editor rejected (or already accepted).
import { randomUUID } from "node:crypto";
import type { ManagedTransaction, Node, Transaction } from "neo4j-driver";
import { plainProperties, toNumber } from "../../graph/property-values.js";
import type { SuggestedFact } from "./mentions/suggest-facts.js";

/** A stored suggestion, as the API gives it. */
export interface StoredSuggestion {
  id: string;
  documentId: string;
  kind: SuggestedFact["kind"];
  status: "PENDING" | "ACCEPTED" | "REJECTED";
  from: string | null;
  fromName: string | null;
  to: string | null;
  toName: string | null;
  name: string | null;
  year: number | null;
  amount: number | null;
  role: string | null;
  quote: string;
  start: number;
  end: number;
  pattern: string;
  factId: string | null;
}

/** What tells two suggestions of a document apart, wherever their passage is. */
export function fingerprint(suggestion: SuggestedFact): string {
  return [suggestion.kind, suggestion.from?.ref ?? suggestion.name ?? "", suggestion.to?.ref ?? ""].join("|");
}

/** The API's view of a Suggestion node. */
export function toSuggestion(node: Node): StoredSuggestion {
  return plainProperties(node.properties) as unknown as StoredSuggestion;
}

/**
 * Replaces a document's pending suggestions by `suggestions`, leaving out those already decided
 * (accepted or rejected) and the facts the graph already holds; `by` scanned. Returns how many are new.
 */
export async function storeSuggestions(
  tx: ManagedTransaction | Transaction,
  documentId: string,
  suggestions: SuggestedFact[],
  by: string,
): Promise<number> {
  await tx.run("MATCH (s:Suggestion {documentId: $documentId, status: 'PENDING'}) DELETE s", { documentId });
  const rows = new Map<string, Record<string, unknown>>();
  for (const suggestion of suggestions) {
    const key = fingerprint(suggestion);
    if (rows.has(key)) continue;
    rows.set(key, {
      id: randomUUID(),
      documentId,
      fingerprint: key,
      kind: suggestion.kind,
      status: "PENDING",
      from: suggestion.from?.ref ?? null,
      fromName: suggestion.from?.name ?? null,
      to: suggestion.to?.ref ?? null,
      toName: suggestion.to?.name ?? null,
      name: suggestion.name ?? null,
      year: suggestion.year ?? null,
      amount: suggestion.amount ?? null,
      role: suggestion.role ?? null,
      quote: suggestion.quote,
      start: suggestion.start,
      end: suggestion.end,
      pattern: suggestion.pattern,
      sources: [`entered by ${by}`],
    });
  }
  const result = await tx.run(
    `UNWIND $rows AS row
     WITH row WHERE NOT EXISTS { MATCH (s:Suggestion {documentId: $documentId, fingerprint: row.fingerprint}) }
       AND (row.kind <> 'NEW_ORGANIZATION' OR NOT EXISTS {
             MATCH (o:Organization) WHERE toLower(o.name) = toLower(row.name) })
       AND (row.kind = 'NEW_ORGANIZATION' OR NOT EXISTS {
             MATCH (a:Organization {id: split(row.from, ':')[1]})-[r]->(b) WHERE type(r) = row.kind AND b.id = split(row.to, ':')[1] })
     CREATE (s:Suggestion) SET s = row
     RETURN count(s) AS created`,
    { rows: [...rows.values()], documentId },
  );
  return toNumber(result.records[0]?.get("created")) ?? 0;
}
