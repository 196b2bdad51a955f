// Register matches kept for review: one `RegistryMatch` node per (organisation, head office), status
// PENDING until an admin accepts or rejects it. They are review records, not facts: no analyst
// question reads them, and they link to their organisation by its id only.
import neo4j, { type Node } from "neo4j-driver";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import { toGraphNode, type GraphNode } from "../../graph/graph-values.js";
import type { MatchCandidate, OrganizationToReconcile, Reconciliation } from "./match-organizations.js";
import { fieldLines, locationQuote, recordSource } from "./registry-record.js";

/** The review states of a match. */
export type MatchStatus = "PENDING" | "ACCEPTED" | "REJECTED";

/** Where the records come from: a stock file (its name and date) or the search API (the day asked). */
export interface RecordOrigin {
  fileName: string;
  /** ISO date of the file (or of the API's answer). */
  fileDate: string;
}

/** An open secondary establishment a match will locate, with the text of its own source document. */
export interface MatchEstablishment {
  siret: string;
  communeCode: string;
  communeName: string;
  /** Its fields, `name: value` one per line: the text of `sirene:<siret>`. */
  text: string;
  /** Its location lines, the quote of its LOCATED_IN. */
  locationQuote: string;
}

/** A match as the API gives it. */
export interface RegistryMatchView {
  id: string;
  organization: GraphNode;
  status: MatchStatus;
  score: number;
  via: string;
  ambiguous: boolean;
  siren: string;
  siret: string;
  denomination: string;
  sigle: string | null;
  communeCode: string;
  communeName: string;
  nafCode: string | null;
  nafLabel: string | null;
  sizeBand: string | null;
  sizeBandLabel: string | null;
  legalCategory: string | null;
  companyCategory: string | null;
  creationDate: string | null;
  closed: boolean;
  communeAgrees: boolean;
  source: string;
  quote: string;
  locationQuote: string;
  /** The company's open secondary establishments (when the import asked for all of them). */
  establishments: MatchEstablishment[];
  fileName: string;
  fileDate: string;
  proposedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
}

/** The id of a match: the organisation and the head office. */
export function matchId(organizationId: string, siret: string): string {
  return `${organizationId}|${siret}`;
}

/** The organisations to reconcile (French or without a country), with the communes the graph gives them. */
export async function organizationsToReconcile(
  graph: GraphDatabase,
  ids?: string[],
): Promise<OrganizationToReconcile[]> {
  const records = await readQuery(
    graph,
    `MATCH (o:Organization) WHERE ($ids IS NULL OR o.id IN $ids) AND coalesce(o.country, 'FR') = 'FR'
     RETURN o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases, o.siren AS siren,
            [(o)-[:LOCATED_IN]->(c:Commune) WHERE c.inseeCode IS NOT NULL | c.inseeCode] AS communes
     ORDER BY o.id`,
    { ids: ids ?? null },
  );
  return records.map((record) => ({
    id: record.get("id") as string,
    name: record.get("name") as string,
    aliases: record.get("aliases") as string[],
    siren: (record.get("siren") as string | null) ?? null,
    communes: record.get("communes") as string[],
  }));
}

/** The properties a match node holds for one candidate. */
function matchProperties(
  organizationId: string,
  candidate: MatchCandidate,
  ambiguous: boolean,
  origin: RecordOrigin,
): Record<string, unknown> {
  const { record } = candidate;
  return {
    id: matchId(organizationId, record.siret),
    organizationId,
    score: candidate.score,
    via: candidate.via,
    ambiguous,
    communeAgrees: candidate.communeAgrees,
    siren: record.siren,
    siret: record.siret,
    denomination: record.denomination,
    sigle: record.sigle,
    communeCode: record.communeCode,
    communeName: record.communeName,
    nafCode: record.nafCode,
    nafLabel: record.nafLabel,
    sizeBand: record.sizeBand,
    sizeBandLabel: record.sizeBandLabel,
    legalCategory: record.legalCategory,
    companyCategory: record.companyCategory,
    creationDate: record.creationDate,
    closed: record.closed,
    source: recordSource(record),
    quote: fieldLines(record.fields),
    locationQuote: locationQuote(record),
    // A list of maps is no Neo4j property: kept as JSON (a review record, not a fact).
    establishmentsJson: JSON.stringify(
      record.establishments.map((establishment): MatchEstablishment => ({
        siret: establishment.siret,
        communeCode: establishment.communeCode,
        communeName: establishment.communeName,
        text: fieldLines(establishment.fields),
        locationQuote: locationQuote(establishment),
      })),
    ),
    fileName: origin.fileName,
    fileDate: origin.fileDate,
  };
}

/** What storing proposals did. */
export interface ProposalCounts {
  created: number;
  updated: number;
}

/**
 * Stores each candidate of each reconciliation as a match, in one transaction: new ones PENDING, known
 * ones restated (their review kept). A dry run rolls the transaction back and reports the same counts.
 */
export async function saveProposals(
  graph: GraphDatabase,
  reconciliations: Reconciliation[],
  origin: RecordOrigin,
  dryRun: boolean,
): Promise<ProposalCounts> {
  const rows = reconciliations.flatMap((reconciliation) =>
    reconciliation.candidates.map((candidate) =>
      matchProperties(reconciliation.organization.id, candidate, reconciliation.outcome === "ambiguous", origin),
    ),
  );
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction(graph.timeoutMs ? { timeout: graph.timeoutMs } : undefined);
  try {
    const result = await tx.run(
      `UNWIND $rows AS row
       MERGE (m:RegistryMatch {id: row.id})
       ON CREATE SET m.status = 'PENDING', m.proposedAt = toString(datetime()), m.created = true
       SET m += row
       WITH m, coalesce(m.created, false) AS created
       REMOVE m.created
       RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, count(*) AS total`,
      { rows },
    );
    const created = (result.records[0]?.get("created") as { toNumber(): number } | number | undefined) ?? 0;
    const total = (result.records[0]?.get("total") as { toNumber(): number } | number | undefined) ?? 0;
    const asNumber = (value: { toNumber(): number } | number) => (typeof value === "number" ? value : value.toNumber());
    if (dryRun) await tx.rollback();
    else await tx.commit();
    return { created: asNumber(created), updated: asNumber(total) - asNumber(created) };
  } catch (error) {
    if (tx.isOpen()) await tx.rollback();
    throw error;
  } finally {
    await session.close();
  }
}

/** A match node and its organisation as the API gives them. */
export function toMatchView(match: Node, organization: Node): RegistryMatchView {
  const props = match.properties as Record<string, unknown>;
  const text = (name: string) => (typeof props[name] === "string" ? (props[name] as string) : null);
  return {
    id: String(props.id),
    organization: toGraphNode(organization),
    status: props.status as MatchStatus,
    score: Number(props.score),
    via: String(props.via),
    ambiguous: props.ambiguous === true,
    siren: String(props.siren),
    siret: String(props.siret),
    denomination: String(props.denomination),
    sigle: text("sigle"),
    communeCode: text("communeCode") ?? "",
    communeName: text("communeName") ?? "",
    nafCode: text("nafCode"),
    nafLabel: text("nafLabel"),
    sizeBand: text("sizeBand"),
    sizeBandLabel: text("sizeBandLabel"),
    legalCategory: text("legalCategory"),
    companyCategory: text("companyCategory"),
    creationDate: text("creationDate"),
    closed: props.closed === true,
    communeAgrees: props.communeAgrees === true,
    source: String(props.source),
    quote: String(props.quote),
    locationQuote: String(props.locationQuote),
    establishments: JSON.parse(text("establishmentsJson") ?? "[]") as MatchEstablishment[],
    fileName: String(props.fileName),
    fileDate: String(props.fileDate),
    proposedAt: String(props.proposedAt),
    reviewedBy: text("reviewedBy"),
    reviewedAt: text("reviewedAt"),
    reviewNote: text("reviewNote"),
  };
}

/** Matches for review: of one status and/or one organisation, the best first. */
export async function listMatches(
  graph: GraphDatabase,
  options: { status?: MatchStatus | null; organizationId?: string | null; limit: number },
): Promise<RegistryMatchView[]> {
  const records = await readQuery(
    graph,
    `MATCH (m:RegistryMatch)
     WHERE ($status IS NULL OR m.status = $status) AND ($organization IS NULL OR m.organizationId = $organization)
     MATCH (o:Organization {id: m.organizationId})
     RETURN m, o ORDER BY o.name, m.score DESC, m.siret LIMIT $limit`,
    { status: options.status ?? null, organization: options.organizationId ?? null, limit: neo4j.int(options.limit) },
  );
  return records.map((record) => toMatchView(record.get("m") as Node, record.get("o") as Node));
}

/** One match by id, or null. */
export async function findMatch(graph: GraphDatabase, id: string): Promise<RegistryMatchView | null> {
  const records = await readQuery(
    graph,
    `MATCH (m:RegistryMatch {id: $id}) MATCH (o:Organization {id: m.organizationId}) RETURN m, o`,
    { id },
  );
  const record = records[0];
  return record ? toMatchView(record.get("m") as Node, record.get("o") as Node) : null;
}
