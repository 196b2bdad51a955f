// An admin's review of a match. Accepting writes what the record states, all in one transaction with
// its audit entry (ACCEPT_REGISTRY_MATCH): the organisation's SIREN, head-office SIRET, activity, size
// band, legal category, creation date and closed status; the record itself as a `Document`
// (`sirene:<siret>`, dated with the file); LOCATED_IN the head-office commune (stated, quoting the
// record's location lines) and, when the import asked for all establishments, LOCATED_IN each open
// secondary establishment's commune, each with its own `sirene:<siret>` document and quote.
// Rejecting records the decision only.
import type { ManagedTransaction, Transaction } from "neo4j-driver";
import { loadFacts } from "../../graph/load-facts.js";
import { writeTransaction, type GraphDatabase } from "../../graph/graph-database.js";
import { recordChange } from "../editing/audit-trail.js";
import { EditValidationError } from "../editing/edit-errors.js";
import { acceptedFacts } from "./accepted-facts.js";
import { findMatch, type RegistryMatchView } from "./registry-matches.js";

/** Refuses a review of a match that does not exist or was already reviewed. */
function checkReviewable(match: RegistryMatchView | null, id: string): RegistryMatchView {
  if (!match)
    throw new EditValidationError([
      { field: "id", message: `no register match has the id "${id}"`, code: "NOT_FOUND" },
    ]);
  if (match.status !== "PENDING")
    throw new EditValidationError([
      {
        field: "id",
        message: `the match was already ${match.status === "ACCEPTED" ? "accepted" : "rejected"} by ${match.reviewedBy ?? "someone"}`,
        code: "ALREADY_REVIEWED",
        values: { status: match.status },
      },
    ]);
  return match;
}

/** Marks a match reviewed, in the write's transaction, unless someone reviewed it meanwhile. */
async function markReviewed(
  tx: ManagedTransaction | Transaction,
  id: string,
  status: "ACCEPTED" | "REJECTED",
  by: string,
  why: string,
) {
  const result = await tx.run(
    `MATCH (m:RegistryMatch {id: $id}) WHERE m.status = 'PENDING'
     SET m.status = $status, m.reviewedBy = $by, m.reviewedAt = toString(datetime()), m.reviewNote = $why
     RETURN m.organizationId AS organizationId`,
    { id, status, by, why },
  );
  if (result.records.length === 0)
    throw new EditValidationError([
      { field: "id", message: "the match was reviewed meanwhile", code: "ALREADY_REVIEWED" },
    ]);
}

/** Accepts a match: its facts, its review and its audit entry in one transaction. */
export async function acceptMatch(
  graph: GraphDatabase,
  id: string,
  by: string,
  why: string,
): Promise<RegistryMatchView> {
  const match = checkReviewable(await findMatch(graph, id), id);
  const facts = acceptedFacts(match);
  await loadFacts(graph.driver, facts, {
    database: graph.database,
    timeoutMs: graph.timeoutMs,
    hooks: {
      beforeWrite: (tx) => markReviewed(tx, id, "ACCEPTED", by, why),
      async beforeCommit(tx) {
        // The organisation's other candidates are settled by this choice.
        await tx.run(
          `MATCH (m:RegistryMatch {organizationId: $organization, status: 'PENDING'}) WHERE m.id <> $id
           SET m.status = 'REJECTED', m.reviewedBy = $by, m.reviewedAt = toString(datetime()),
               m.reviewNote = 'another register record was accepted: ' + $id`,
          { organization: match.organization.key, id, by },
        );
        await recordChange(tx, {
          by,
          action: "ACCEPT_REGISTRY_MATCH",
          entity: match.source,
          why: `Sirene register match accepted: ${why}`,
          after: {
            match: id,
            source: match.source,
            fileDate: match.fileDate,
            properties: facts.nodes[0]!.properties,
            establishments: match.establishments.map((establishment) => `sirene:${establishment.siret}`),
          },
          touches: [
            `Organization:${match.organization.key}`,
            ...facts.nodes.filter((node) => node.label === "Document").map((node) => `Document:${node.key}`),
            ...facts.relationships.filter((fact) => fact.type === "LOCATED_IN").map((fact) => fact.to),
          ],
        });
      },
    },
  });
  return (await findMatch(graph, id))!;
}

/** Rejects a match: the record's facts are not written. */
export async function rejectMatch(
  graph: GraphDatabase,
  id: string,
  by: string,
  why: string,
): Promise<RegistryMatchView> {
  checkReviewable(await findMatch(graph, id), id);
  await writeTransaction(graph, async (tx) => {
    await markReviewed(tx, id, "REJECTED", by, why);
  });
  return (await findMatch(graph, id))!;
}
