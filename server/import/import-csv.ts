// CSV import of the tables PMT keeps: read the file, match every row against the graph, then write
// all the rows in one transaction through the seed loader — or, when any row has a problem, nothing.
// planImport is the dry run (the write is done and rolled back, so the report counts what Neo4j
// would create); commitImport is the real thing. The same file imported twice changes nothing.
import { createHash } from "node:crypto";
import path from "node:path";
import { Neo4jError, type Driver } from "neo4j-driver";
import { loadFacts, type LoadReport } from "../../graph/load-facts.js";
import { columnSpecs, isImportKind, mapColumns, type ImportKind } from "./columns.js";
import { decodeCsv } from "./decode-csv.js";
import type { GraphDatabase } from "../../graph/graph-database.js";
import { missingCommunes, readGraphSnapshot } from "./graph-snapshot.js";
import { importAudit } from "./import-audit.js";
import { ImportPlanner, PlannedRow } from "./import-planner.js";
import type { ImportReport } from "./import-report.js";
import { ImportResolver } from "./import-resolver.js";
import { planMembers, type TablePlan } from "./plan-members.js";
import { planParticipations } from "./plan-participations.js";
import { planProjects } from "./plan-projects.js";
import { readCsv, type CsvTable } from "./read-csv.js";
import { overBudget, transactionMemoryLimit } from "./transaction-budget.js";

/** A file to import. */
export interface ImportInput {
  /** One of the import kinds; anything else is refused with the list of kinds. */
  kind: string;
  /** The file's name as uploaded; it goes into the evidence source. */
  fileName: string;
  bytes: Uint8Array;
  database?: string | undefined;
  /** The pole a members table lists members of; `pmt` unless told. */
  pole?: string | undefined;
  /** Who imports (a user id), for the audit entry a commit writes. */
  by: string;
}

export interface ImportOptions {
  /** Told each step as it starts (for a CLI's progress). */
  onProgress?: (message: string) => void;
  /** How long Neo4j may run each query of the import, the transaction included; none when absent (the CLI). */
  timeoutMs?: number | undefined;
}

/** A request that cannot be an import (an unknown kind); answered 400/404, never a row problem. */
export class ImportRequestError extends Error {
  override name = "ImportRequestError";
  readonly code = "BAD_REQUEST";
}

const planners: Record<ImportKind, (plan: TablePlan) => void> = {
  members: planMembers,
  participations: planParticipations,
  projects: planProjects,
};

/** The evidence source of an import: `import:<kind>:<file name>:<first 12 hex digits of its SHA-256>`. */
export function importSource(kind: ImportKind, fileName: string, sha256: string): string {
  return `import:${kind}:${safeFileName(fileName)}:${sha256.slice(0, 12)}`;
}

/** The base name of an uploaded file, without the characters a source id cannot hold. */
function safeFileName(fileName: string): string {
  const base = path
    .basename(fileName.replace(/\\/gu, "/"))
    .replace(/[:\p{Cc}]+/gu, "_")
    .replace(/\s+/gu, " ")
    .trim();
  return base.slice(0, 120) || "upload.csv";
}

/** Dry run: reads and matches every row, writes and rolls back; says what a commit would do. */
export function planImport(driver: Driver, input: ImportInput, options: ImportOptions = {}): Promise<ImportReport> {
  return runImport(driver, input, true, options);
}

/** Imports the file in one transaction, all rows or none; refuses (writes nothing) on any row problem. */
export function commitImport(driver: Driver, input: ImportInput, options: ImportOptions = {}): Promise<ImportReport> {
  return runImport(driver, input, false, options);
}

async function runImport(
  driver: Driver,
  input: ImportInput,
  dryRun: boolean,
  options: ImportOptions,
): Promise<ImportReport> {
  const { kind } = input;
  if (!isImportKind(kind))
    throw new ImportRequestError(`"${kind}" is not a kind of import: members, participations or projects`);
  const progress = options.onProgress ?? (() => {});
  const started = performance.now();
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const planner = new ImportPlanner(importSource(kind, input.fileName, sha256));
  const report: ImportReport = {
    kind,
    fileName: input.fileName,
    source: planner.source,
    sha256,
    status: "rejected",
    dryRun,
    summary: "",
    file: { bytes: input.bytes.length, encoding: null, bom: false, separator: null, rows: 0, columns: {} },
    errorCount: 0,
    warningCount: 0,
    errors: [],
    warnings: [],
    ambiguities: [],
    changes: planner.summary(),
    database: null,
    changeId: null,
    timings: { readMs: 0, matchMs: 0, writeMs: 0, totalMs: 0, rowsPerSecond: 0 },
  };
  const finish = (database: LoadReport | null, marks: { read: number; match: number; wrote?: boolean }) => {
    const now = performance.now();
    Object.assign(report, {
      errorCount: planner.errorCount,
      warningCount: planner.warningCount,
      errors: planner.errors,
      warnings: planner.warnings,
      ambiguities: planner.ambiguities,
      changes: planner.summary(),
      database,
    });
    report.status = planner.errorCount > 0 ? "rejected" : dryRun ? "ready" : "committed";
    report.timings = {
      readMs: Math.round(marks.read - started),
      matchMs: Math.round(Math.max(0, marks.match - marks.read)),
      writeMs: database || marks.wrote ? Math.round(now - marks.match) : 0,
      totalMs: Math.round(now - started),
      rowsPerSecond: Math.round(report.file.rows / Math.max((now - started) / 1000, 0.001)),
    };
    report.summary = summarize(report);
    return report;
  };

  progress(`Reading ${input.fileName} (${input.bytes.length.toLocaleString("en")} bytes)…`);
  const table = readTable(planner, report, input.bytes);
  const readDone = performance.now();
  if (!table) return finish(null, { read: readDone, match: readDone });
  const mapping = mapColumns(kind, table.header);
  report.file.columns = Object.fromEntries(mapping.headerOf);
  checkColumns(planner, kind, mapping, table);
  if (planner.errorCount > 0) return finish(null, { read: readDone, match: readDone });
  const rows = table.records.map((record) => new PlannedRow(record, mapping.indexOf, mapping.headerOf));
  checkRowShapes(planner, rows, table.header.length);

  progress(`Matching ${rows.length.toLocaleString("en")} rows against the graph…`);
  const pole = input.pole ?? "pmt";
  const graph: GraphDatabase = { driver, database: input.database, timeoutMs: options.timeoutMs };
  const snapshot = await readGraphSnapshot(graph, pole);
  if (kind === "members" && !snapshot.poleExists) {
    planner.error(
      null,
      null,
      "POLE_NOT_FOUND",
      `the pole Organization:${pole} is not in the graph: load the seed (npm run seed) before importing members`,
    );
  }
  const resolver = new ImportResolver(planner, snapshot);
  planners[kind]({ planner, resolver, rows, pole });
  resolver.addMissingCommunes(await missingCommunes(graph, [...resolver.communeCodes.keys()]));
  const matchDone = performance.now();
  if (planner.errorCount > 0) return finish(null, { read: readDone, match: matchDone });

  const facts = planner.facts();
  // The audit entry links to at most every node the facts name.
  const auditLinks = new Set([
    ...facts.nodes.map((node) => `${node.label}:${node.key}`),
    ...facts.relationships.flatMap((fact) => [fact.from, fact.to]),
  ]).size;
  const tooLarge = overBudget(
    facts.nodes.length + facts.relationships.length + auditLinks,
    rows.length,
    await transactionMemoryLimit(driver, input.database),
  );
  if (tooLarge) {
    planner.error(null, null, "TRANSACTION_TOO_LARGE", tooLarge);
    return finish(null, { read: readDone, match: matchDone });
  }
  progress(
    `${dryRun ? "Trying" : "Writing"} ${facts.nodes.length.toLocaleString("en")} nodes and ${facts.relationships.length.toLocaleString("en")} relationships in one transaction${dryRun ? " (rolled back)" : ""}…`,
  );
  const audit = dryRun
    ? undefined
    : importAudit({
        by: input.by,
        kind,
        fileName: input.fileName,
        source: planner.source,
        sha256,
        rows: rows.length,
        relationships: facts.relationships,
        changedRefs: () => planner.changedRefs(),
        changes: () => planner.summary(),
      });
  try {
    const loaded = await loadFacts(driver, facts, {
      database: input.database,
      dryRun,
      hooks: audit,
      timeoutMs: options.timeoutMs,
    });
    report.changeId = audit?.recorded()?.id ?? null;
    return finish(loaded, { read: readDone, match: matchDone });
  } catch (error) {
    if (!isMemoryLimit(error)) throw error;
    planner.error(
      null,
      null,
      "TRANSACTION_TOO_LARGE",
      `Neo4j refused the transaction for lack of memory (${(error as Neo4jError).code}); nothing was written. Split the file, or give Neo4j more heap (NEO4J_HEAP).`,
    );
    return finish(null, { read: readDone, match: matchDone, wrote: true });
  }
}

/** Decodes and parses the file; null (with the problem recorded) when it cannot be read as a table. */
function readTable(planner: ImportPlanner, report: ImportReport, bytes: Uint8Array): CsvTable | null {
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) {
    planner.error(null, null, decoded.code, decoded.message);
    return null;
  }
  report.file.encoding = decoded.encoding;
  report.file.bom = decoded.bom;
  if (decoded.note) planner.warning(null, null, "ENCODING_GUESSED", decoded.note);
  const table = readCsv(decoded.text);
  report.file.separator = table.separator;
  report.file.rows = table.records.length;
  if (table.header.length === 0) {
    planner.error(null, null, "NO_HEADER", "The file has no header line: its first line must name the columns.");
    return null;
  }
  return table;
}

/** Missing, doubled and unknown columns; a file without data rows. */
function checkColumns(
  planner: ImportPlanner,
  kind: ImportKind,
  mapping: ReturnType<typeof mapColumns>,
  table: CsvTable,
): void {
  if (mapping.missing.length > 0) {
    const listed = mapping.missing
      .map((spec) =>
        spec.headers.length > 1 ? `${spec.headers[0]} (or ${spec.headers.slice(1, 4).join(", ")})` : spec.headers[0],
      )
      .join("; ");
    const expected = columnSpecs[kind]
      .filter((spec) => spec.required)
      .map((spec) => spec.headers[0])
      .join(table.separator);
    planner.error(
      table.headerLine,
      null,
      "MISSING_COLUMNS",
      `missing column${mapping.missing.length > 1 ? "s" : ""}: ${listed}. A ${kind} file starts with the header ${expected}`,
    );
  }
  for (const duplicate of mapping.duplicates) {
    planner.error(
      table.headerLine,
      duplicate.headers.join(", "),
      "DUPLICATE_COLUMN",
      `these columns all mean ${duplicate.field}: keep one`,
    );
  }
  for (const header of mapping.ignored)
    planner.warning(
      table.headerLine,
      header,
      "IGNORED_COLUMN",
      `column "${header}" is not one Maillage reads: ignored`,
    );
  if (table.records.length === 0) planner.error(null, null, "NO_ROWS", "The file has a header but no data rows.");
}

/** Rows papaparse could not read, and rows with more cells than the header has columns. */
function checkRowShapes(planner: ImportPlanner, rows: PlannedRow[], columns: number): void {
  for (const row of rows) {
    const { cells, problem, line } = row.record;
    if (problem) planner.error(line, null, "MALFORMED_ROW", problem);
    else if (cells.length > columns && cells.slice(columns).some((cell) => cell.trim() !== "")) {
      planner.error(
        line,
        null,
        "MALFORMED_ROW",
        `${cells.length} cells but the header has ${columns} columns: a separator inside a value that is not between quotes?`,
      );
    }
  }
}

/** True for Neo4j's "transaction too large for the memory allowed" errors. */
function isMemoryLimit(error: unknown): boolean {
  return error instanceof Neo4jError && /Memory/iu.test(error.code);
}

/** One line saying what the import did or would do. */
function summarize(report: ImportReport): string {
  const { changes } = report;
  const what = `${report.kind} file ${report.fileName} (${report.file.rows.toLocaleString("en")} rows)`;
  if (report.status === "rejected") {
    return `Rejected ${what}: ${report.errorCount} problem${report.errorCount > 1 ? "s" : ""}${report.ambiguities.length > 0 ? `, ${report.ambiguities.length} ambiguous match(es)` : ""}; nothing was written.`;
  }
  const counts = [
    `${changes.organizations.created} organisation(s) created, ${changes.organizations.updated} updated`,
    report.kind === "participations" ? `${changes.events.created} event(s) created` : "",
    report.kind === "projects"
      ? `${changes.projects.created} project(s) created, ${changes.projects.updated} updated, ${changes.programmes.created} programme(s) created`
      : "",
    `${report.database?.relationshipsCreated ?? 0} new relationship(s) of ${changes.relationships} stated`,
  ].filter((part) => part !== "");
  return `${report.status === "ready" ? "Dry run of" : "Imported"} ${what}: ${counts.join("; ")}${report.status === "ready" ? " — nothing written yet" : ""}.`;
}
