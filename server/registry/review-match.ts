// An admin's review of a match. Accepting writes what the record states, all in one transaction with
// its audit entry: the organisation's SIREN, head-office SIRET, activity, size band, legal category,
// creation date and closed status; the record itself as a `Document` (`sirene:<siret>`, dated with
// the file); LOCATED_IN the head-office commune (stated, quoting the record's location lines).
// Rejecting records the decision only.
import { createHash } from "node:crypto";
import type { ManagedTransaction, Transaction } from "neo4j-driver";
import { communeFacts, gbmTerritoryFacts } from "../../graph/communes/gbm-territory.js";
import { knownCommuneByCode } from "../../graph/communes/resolve-commune.js";
import { loadFacts } from "../../graph/load-facts.js";
import { writeTransaction, type GraphDatabase } from "../../graph/graph-database.js";
import type { FactSet, NodeFact, RelationshipFact } from "../../graph/fact-model.js";
import { recordChange } from "../editing/audit-trail.js";
import { EditValidationError } from "../editing/edit-errors.js";
import { findMatch, type RegistryMatchView } from "./registry-matches.js";

/** What an accepted match writes, as facts. */
export function acceptedFacts(match: RegistryMatchView): FactSet {
  const source = match.source;
  const organization: NodeFact = {
    label: "Organization",
    key: match.organization.key,
    properties: {
      siren: match.siren,
      headOfficeSiret: match.siret,
      nafCode: match.nafCode,
      nafLabel: match.nafLabel,
      sizeBand: match.sizeBand,
      sizeBandLabel: match.sizeBandLabel,
      legalCategory: match.legalCategory,
      companyCategory: match.companyCategory,
      creationDate: match.creationDate,
      closed: match.closed,
      registrySource: source,
      registryDate: match.fileDate,
      registryQuote: match.quote,
    },
    sources: [source],
  };
  const document: NodeFact = {
    label: "Document",
    key: source,
    properties: {
      title: `Répertoire Sirene — ${match.denomination} (siège, SIRET ${match.siret})`,
      text: match.quote,
      checksum: createHash("sha256").update(match.quote).digest("hex"),
      kind: "REGISTER_EXTRACT",
      date: match.fileDate,
      publisher: "INSEE, répertoire Sirene",
      number: match.siret,
    },
    sources: [source],
  };
  const commune = knownCommuneByCode(match.communeCode);
  if (!commune) return { nodes: [organization, document], relationships: [] };
  const territory = gbmTerritoryFacts();
  const located: RelationshipFact = {
    type: "LOCATED_IN",
    from: `Organization:${match.organization.key}`,
    to: `Commune:${commune.code}`,
    key: source,
    properties: { role: "siège" },
    source,
    quote: match.locationQuote,
    confidence: "stated",
  };
  const partOf = territory.relationships.filter((fact) => fact.from === `Commune:${commune.code}`);
  return {
    nodes: [
      organization,
      document,
      ...communeFacts([commune.code]).nodes,
      ...(partOf.length > 0 ? territory.nodes.filter((node) => node.label === "Territory") : []),
    ],
    relationships: [...communeFacts([commune.code]).relationships, ...partOf, located],
  };
}

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
          action: "IMPORT",
          entity: match.source,
          why: `Sirene register match accepted: ${why}`,
          after: { match: id, source: match.source, fileDate: match.fileDate, properties: facts.nodes[0]!.properties },
          touches: [
            `Organization:${match.organization.key}`,
            `Document:${match.source}`,
            ...facts.relationships.map((fact) => fact.to),
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
