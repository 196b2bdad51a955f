// An editor's decision on a suggestion, through the editing path (server/editing/): an accepted
// suggestion becomes a fact quoting its passage (or a new organisation), audited and revertible like
// any edit; a rejected one is kept as rejected, so that no later scan proposes it again.
import type { ManagedTransaction, Node } from "neo4j-driver";
import { communeNodeFact } from "../../graph/communes/gbm-territory.js";
import { nodeProperties } from "../../graph/property-values.js";
import { takesDetail, type RelationshipDetail } from "../../graph/relationship-details.js";
import { FieldChecks } from "../editing/edit-errors.js";
import { createOrganization } from "../editing/organization-edits.js";
import { addRelationship } from "../editing/relationship-edits.js";
import type { EditableRelationship, SuggestionChanges } from "../__generated__/resolvers-types.js";
import { toSuggestion, type StoredSuggestion } from "./suggestion-store.js";

/** The pending suggestion `id`, or a field error naming why it cannot be decided. */
async function pendingSuggestion(tx: ManagedTransaction, id: string): Promise<StoredSuggestion> {
  const found = await tx.run("MATCH (s:Suggestion {id: $id}) RETURN s", { id });
  const node = found.records[0]?.get("s") as Node | undefined;
  const suggestion = node ? toSuggestion(node) : undefined;
  new FieldChecks()
    .check(!!suggestion, "id", `no suggestion has the id "${id}"`, { code: "UNKNOWN_SUGGESTION", values: { id } })
    .check(
      !suggestion || suggestion.status === "PENDING",
      "id",
      `this suggestion was already ${suggestion?.status.toLowerCase()}`,
      { code: "SUGGESTION_DECIDED", values: { status: suggestion?.status ?? "" } },
    )
    .throwIfAny();
  return suggestion!;
}

/** Marks a suggestion decided, with who decided, when and why. */
async function decide(
  tx: ManagedTransaction,
  id: string,
  status: "ACCEPTED" | "REJECTED",
  by: string,
  why: string,
  factId: string | null,
): Promise<StoredSuggestion> {
  const updated = await tx.run(
    `MATCH (s:Suggestion {id: $id})
     SET s.status = $status, s.decidedBy = $by, s.decidedAt = toString(datetime()), s.why = $why, s.factId = $factId
     RETURN s`,
    { id, status, by, why, factId },
  );
  return toSuggestion(updated.records[0]!.get("s") as Node);
}

/** A commune of the reference that the graph does not hold yet is added before a fact points at it. */
export async function ensureCommune(tx: ManagedTransaction, ref: string): Promise<void> {
  const [label, code] = ref.split(":");
  if (label !== "Commune" || !code) return;
  const exists = await tx.run("MATCH (c:Commune {id: $code}) RETURN count(c) > 0 AS found", { code });
  if (exists.records[0]!.get("found") === true) return;
  let fact;
  try {
    fact = communeNodeFact(code);
  } catch {
    return; // Not a commune of the reference: addRelationship reports the unknown ref.
  }
  await tx.run("CREATE (c:Commune {id: $code}) SET c += $properties", {
    code,
    properties: { ...nodeProperties("Commune", fact.properties), sources: fact.sources },
  });
}

/** Sets where a fact's quote is in its document's text. */
export async function setQuoteOffsets(tx: ManagedTransaction, factId: string, start: number, end: number) {
  await tx.run("MATCH ()-[r {factId: $factId}]->() SET r.quoteStart = $start, r.quoteEnd = $end", {
    factId,
    start,
    end,
  });
}

/** Accepts a suggestion (with the editor's changes): a fact quoting its passage, or a new organisation. */
export async function acceptSuggestion(
  tx: ManagedTransaction,
  id: string,
  changes: SuggestionChanges | null | undefined,
  by: string,
  why: string,
) {
  const suggestion = await pendingSuggestion(tx, id);
  if (suggestion.kind === "NEW_ORGANIZATION") {
    const name = (changes?.name ?? suggestion.name ?? "").trim();
    new FieldChecks()
      .check(name !== "", "changes.name", "give the organisation a name", { code: "NAME_REQUIRED" })
      .throwIfAny();
    const result = await createOrganization(tx, { name, kind: "COMPANY" }, by, why);
    await decide(tx, id, "ACCEPTED", by, why, result.node.ref);
    return result;
  }
  const to = changes?.to ?? suggestion.to!;
  await ensureCommune(tx, to);
  const type = changes?.type ?? (suggestion.kind as EditableRelationship);
  // A detail the new type does not take is left out (a role kept from a LOCATED_IN made FUNDS).
  const takes = (detail: RelationshipDetail) => takesDetail(type, detail);
  // A detail given (null clears it) replaces the suggestion's; one left out keeps it.
  const changed = <Key extends RelationshipDetail>(key: Key, kept: SuggestionChanges[Key]) =>
    changes?.[key] === undefined ? kept : changes[key];
  const result = await addRelationship(
    tx,
    {
      type,
      from: changes?.from ?? suggestion.from!,
      to,
      role: takes("role") ? changed("role", suggestion.role) : null,
      year: takes("year") ? changed("year", suggestion.year) : null,
      amount: takes("amount") ? changed("amount", suggestion.amount) : null,
      context: takes("context") ? changed("context", null) : null,
      evidence: { source: suggestion.documentId, quote: suggestion.quote, confidence: "stated" },
    },
    by,
    why,
  );
  await setQuoteOffsets(tx, result.edge.id, suggestion.start, suggestion.end);
  await decide(tx, id, "ACCEPTED", by, why, result.edge.id);
  return result;
}

/** Rejects a suggestion: kept as rejected, never proposed again for this document. */
export async function rejectSuggestion(tx: ManagedTransaction, id: string, by: string, why: string) {
  await pendingSuggestion(tx, id);
  return decide(tx, id, "REJECTED", by, why, null);
}
