// The register import: stream the stock files (filtered early), reconcile the graph's organisations
// with the head offices kept, and store every candidate for review. A dry run does all of it and
// rolls the proposals back. Nothing becomes a fact until an admin accepts a match (review-match.ts).
import type { Readable } from "node:stream";
import type { GraphDatabase } from "../../graph/graph-database.js";
import { reconcileAll, type Reconciliation } from "./match-organizations.js";
import {
  readEstablishments,
  readLegalUnits,
  type EstablishmentScope,
  type StockReadStats,
} from "./read-stock-files.js";
import { checkRegistryFilter, type RegistryFilter } from "./registry-filter.js";
import { organizationsToReconcile, saveProposals, type ProposalCounts } from "./registry-matches.js";
import { registryRecord } from "./registry-record.js";

/** Where an import stands while it reads: which file, and its counts so far. */
export interface RegistryImportProgress {
  file: "establishments" | "units";
  stats: StockReadStats;
}

/** What to import. */
export interface RegistryImportInput {
  establishments: Readable;
  /**
   * The company file: a stream, or a function asked for it once the establishments are read (an
   * upload's next part), which answers undefined when there is none.
   */
  units?: Readable | (() => Promise<Readable | undefined>) | undefined;
  /** Which establishments an accepted match locates: the head office (default), or every open one too. */
  establishmentScope?: EstablishmentScope | undefined;
  /** The establishment file's name, kept with each match. */
  fileName: string;
  /** The files' date (ISO), the date of every fact they give. */
  fileDate: string;
  filter: RegistryFilter;
  /** Only these organisations (all French ones when absent). */
  organizationIds?: string[] | undefined;
  dryRun: boolean;
  onProgress?: ((message: string) => void) | undefined;
  /** The counts as they grow, file by file. */
  onRows?: ((progress: RegistryImportProgress) => void) | undefined;
}

/** One organisation's outcome, as the report lists it. */
export interface ReconciliationSummary {
  organization: { id: string; name: string };
  candidates: Array<{
    siren: string;
    siret: string;
    denomination: string;
    communeName: string;
    score: number;
    via: string;
    closed: boolean;
  }>;
}

/** What an import did (or would do, in a dry run). */
export interface RegistryImportReport {
  dryRun: boolean;
  fileName: string;
  fileDate: string;
  establishmentScope: EstablishmentScope;
  establishments: StockReadStats;
  units: StockReadStats | null;
  organizations: number;
  matched: ReconciliationSummary[];
  ambiguous: ReconciliationSummary[];
  notFound: ReconciliationSummary[];
  /** Matched organisations whose company the register says is closed. */
  closed: ReconciliationSummary[];
  proposals: ProposalCounts;
}

/** A file date that is not an ISO date. */
export class RegistryDateError extends Error {
  override name = "RegistryDateError";
}

/** Checks an ISO date (YYYY-MM-DD) that exists. */
export function checkFileDate(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
    throw new RegistryDateError(`the file date "${date}" is not a date written YYYY-MM-DD`);
  return date;
}

function summary(reconciliation: Reconciliation): ReconciliationSummary {
  return {
    organization: { id: reconciliation.organization.id, name: reconciliation.organization.name },
    candidates: reconciliation.candidates.map(({ record, score, via }) => ({
      siren: record.siren,
      siret: record.siret,
      denomination: record.denomination,
      communeName: record.communeName,
      score,
      via,
      closed: record.closed,
    })),
  };
}

/** Reads, reconciles and stores proposals; throws on a bad file, filter or date (nothing written). */
export async function importRegistry(graph: GraphDatabase, input: RegistryImportInput): Promise<RegistryImportReport> {
  const filter = checkRegistryFilter(input.filter);
  const fileDate = checkFileDate(input.fileDate);
  const establishmentScope = input.establishmentScope ?? "head-office";
  const onRows = (file: RegistryImportProgress["file"]) => (stats: StockReadStats) => input.onRows?.({ file, stats });
  const { headOffices, secondaries, stats } = await readEstablishments(input.establishments, filter, {
    onProgress: input.onProgress,
    onRows: onRows("establishments"),
    file: input.fileName,
    scope: establishmentScope,
  });
  const unitsFile = typeof input.units === "function" ? await input.units() : input.units;
  const units = unitsFile
    ? await readLegalUnits(unitsFile, new Set(headOffices.map((office) => office.siren!)), {
        onProgress: input.onProgress,
        onRows: onRows("units"),
      })
    : null;
  const records = headOffices.map((office) =>
    registryRecord(office, units?.units.get(office.siren!), secondaries.get(office.siren!)),
  );
  const organizations = await organizationsToReconcile(graph, input.organizationIds);
  const reconciliations = reconcileAll(organizations, records);
  const proposals = await saveProposals(graph, reconciliations, { fileName: input.fileName, fileDate }, input.dryRun);
  const withOutcome = (outcome: Reconciliation["outcome"]) =>
    reconciliations.filter((entry) => entry.outcome === outcome).map(summary);
  const matched = withOutcome("matched");
  return {
    dryRun: input.dryRun,
    fileName: input.fileName,
    fileDate,
    establishmentScope,
    establishments: stats,
    units: units?.stats ?? null,
    organizations: organizations.length,
    matched,
    ambiguous: withOutcome("ambiguous"),
    notFound: withOutcome("not-found"),
    closed: matched.filter((entry) => entry.candidates[0]?.closed),
    proposals,
  };
}

/** The report as text, for the command line. */
export function formatRegistryReport(report: RegistryImportReport): string {
  const line = (entry: ReconciliationSummary) =>
    `  ${entry.organization.name} (${entry.organization.id})${entry.candidates
      .map(
        (c) =>
          `\n      → ${c.denomination}, SIREN ${c.siren}, ${c.communeName}, score ${c.score} (${c.via})${c.closed ? ", FERMÉE" : ""}`,
      )
      .join("")}`;
  return [
    `${report.dryRun ? "Dry run (nothing written)" : "Imported"}: ${report.fileName} of ${report.fileDate}`,
    `Establishments: ${report.establishments.rows} rows read, ${report.establishments.kept} head offices kept${report.establishmentScope === "all" ? `, ${report.establishments.secondaryKept} other open establishments` : ""}, ${report.establishments.refused} refused`,
    ...report.establishments.problems.map((problem) => `  line ${problem.line}: ${problem.problem}`),
    report.units ? `Companies: ${report.units.rows} rows read, ${report.units.kept} kept` : "Companies: no file given",
    `Organisations reconciled: ${report.organizations}`,
    `Matched: ${report.matched.length}`,
    ...report.matched.map(line),
    `Ambiguous (to choose among the candidates): ${report.ambiguous.length}`,
    ...report.ambiguous.map(line),
    `Not found: ${report.notFound.length}`,
    ...report.notFound.map(line),
    `Closed in the register: ${report.closed.length}`,
    ...report.closed.map(line),
    `Matches for review: ${report.proposals.created} new, ${report.proposals.updated} restated`,
  ].join("\n");
}
