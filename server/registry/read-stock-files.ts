// Streams the Sirene stock files in bounded memory: each row is parsed, tested and dropped unless it
// is a head office that passes the filter (establishments) — or, when all establishments are asked
// for, an open secondary establishment that passes it —, or the company of a kept head office (legal
// units). Memory grows with what is kept, never with the file.
import type { Readable } from "node:stream";
import Papa from "papaparse";
import { siretProblem } from "../../graph/registry/company-numbers.js";
import { rowFilter, type RegistryFilter } from "./registry-filter.js";
import {
  requiredEstablishmentColumns,
  requiredLegalUnitColumns,
  type EstablishmentColumn,
  type LegalUnitColumn,
  type StockRow,
} from "./sirene-columns.js";

/** A stock file that cannot be read (a missing column, not CSV); nothing is written. */
export class RegistryFileError extends Error {
  override name = "RegistryFileError";
  constructor(
    message: string,
    /** The official columns the file lacks (none when it is empty). */
    readonly missingColumns: string[] = [],
  ) {
    super(message);
  }
}

/** Which establishments an accepted match locates: the head office only, or every open one too. */
export type EstablishmentScope = "head-office" | "all";

/** The scopes, as the CLI and the upload route accept them. */
export const establishmentScopes: readonly EstablishmentScope[] = ["head-office", "all"];

/** A kept head office: the cells Maillage reads, by official column name. */
export type EstablishmentRow = Partial<Record<EstablishmentColumn, string>>;
/** A kept company: the cells Maillage reads, by official column name. */
export type LegalUnitRow = Partial<Record<LegalUnitColumn, string>>;

/** A row left out because it is not valid, with its line. */
export interface RowProblem {
  line: number;
  problem: string;
}

/** What reading a file did. */
export interface StockReadStats {
  rows: number;
  /** Head offices (establishment file) or companies (legal-unit file) kept. */
  kept: number;
  /** Open secondary establishments kept (establishment file, all establishments asked for). */
  secondaryKept: number;
  /** Rows refused (a bad SIRET); the first 20 are listed. */
  refused: number;
  problems: RowProblem[];
}

/** Progress every `every` rows as a message; the counts, as they grow, to `onRows`. */
export interface ProgressOptions {
  onProgress?: ((message: string) => void) | undefined;
  every?: number;
  /** Called with the counts every few hundred rows and at the end (an admin's progress bar). */
  onRows?: ((stats: StockReadStats) => void) | undefined;
}

const establishmentCells: EstablishmentColumn[] = [
  "siren",
  "siret",
  "etablissementSiege",
  "codeCommuneEtablissement",
  "libelleCommuneEtablissement",
  "etatAdministratifEtablissement",
  "activitePrincipaleEtablissement",
  "trancheEffectifsEtablissement",
  "dateCreationEtablissement",
  "enseigne1Etablissement",
  "enseigne2Etablissement",
  "enseigne3Etablissement",
  "denominationUsuelleEtablissement",
];

const legalUnitCells: LegalUnitColumn[] = [
  "siren",
  "denominationUniteLegale",
  "sigleUniteLegale",
  "denominationUsuelle1UniteLegale",
  "denominationUsuelle2UniteLegale",
  "denominationUsuelle3UniteLegale",
  "categorieJuridiqueUniteLegale",
  "categorieEntreprise",
  "dateCreationUniteLegale",
  "etatAdministratifUniteLegale",
  "trancheEffectifsUniteLegale",
  "activitePrincipaleUniteLegale",
];

/** The index of the last line break outside quotes (the end of the last whole record), or -1. */
function lastRecordEnd(text: string): number {
  let quotes = 0;
  let last = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 34) quotes++;
    else if (code === 10 && quotes % 2 === 0) last = index;
  }
  return last;
}

/**
 * Streams rows of a comma-separated file with a header. Each chunk read is cut after its last whole
 * record and parsed by papaparse at once; the next chunk is read only when its rows are consumed, so
 * memory holds one chunk, whatever the file's size.
 */
async function* streamRows(input: Readable, required: string[], file: string): AsyncGenerator<StockRow> {
  const decoder = new TextDecoder("utf-8");
  let header: string[] | null = null;
  let pending = "";
  function* rowsOf(text: string): Generator<StockRow> {
    const { data } = Papa.parse<string[]>(text, { delimiter: ",", skipEmptyLines: true });
    for (const cells of data) {
      if (!header) {
        header = cells.map((cell) => cell.trim());
        const missing = required.filter((column) => !header!.includes(column));
        if (missing.length > 0)
          throw new RegistryFileError(
            `${file} lacks the official column(s) ${missing.join(", ")}: is it a Sirene stock file (CSV, comma-separated, with its header)?`,
            missing,
          );
        continue;
      }
      const row: StockRow = {};
      for (let index = 0; index < header.length; index++) row[header[index]!] = cells[index];
      yield row;
    }
  }
  try {
    for await (const chunk of input as AsyncIterable<Buffer | string>) {
      pending += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
      const end = lastRecordEnd(pending);
      if (end < 0) continue;
      const whole = pending.slice(0, end + 1);
      pending = pending.slice(end + 1);
      yield* rowsOf(whole);
    }
    pending += decoder.decode();
    if (pending.trim() !== "") yield* rowsOf(pending);
  } finally {
    input.destroy();
  }
  if (!header) throw new RegistryFileError(`${file} holds no rows`, required);
}

/** Copies the named cells of a row (the rest of the row is dropped at once). */
function pick<Column extends string>(row: StockRow, columns: Column[]): Partial<Record<Column, string>> {
  const picked: Partial<Record<Column, string>> = {};
  for (const column of columns) {
    const value = row[column];
    // A copy: a substring would keep the whole chunk it was cut from alive as long as the row is kept.
    if (value !== undefined && value !== "") picked[column] = Buffer.from(value, "utf8").toString("utf8");
  }
  return picked;
}

/** Reports progress: a message every `every` rows, the counts every 256 rows. */
function progress(options: ProgressOptions, file: string) {
  const every = options.every ?? 500_000;
  return (stats: StockReadStats) => {
    if (stats.rows % 256 === 0) options.onRows?.(stats);
    if (stats.rows % every === 0) options.onProgress?.(`${file}: ${stats.rows} rows read, ${stats.kept} kept`);
  };
}

/** The problem of a row's SIRET (its key, or not of its SIREN), or null. */
function rowSiretProblem(row: StockRow): string | null {
  const problem = siretProblem(row.siret ?? "");
  if (problem) return problem;
  return row.siret!.startsWith(row.siren ?? "") ? null : `SIRET ${row.siret} is not of SIREN ${row.siren}`;
}

/** What the establishment file gives: head offices, and the open secondary establishments of their companies. */
export interface EstablishmentsRead {
  headOffices: EstablishmentRow[];
  /** By SIREN, the open secondary establishments (none unless all establishments were asked for). */
  secondaries: Map<string, EstablishmentRow[]>;
  stats: StockReadStats;
}

/**
 * The head offices of the establishment file that pass the filter and, with the scope `all`, its open
 * secondary establishments that pass it (closed ones are not kept); bad SIRETs are refused with their line.
 */
export async function readEstablishments(
  input: Readable,
  filter: RegistryFilter,
  options: ProgressOptions & { file?: string; scope?: EstablishmentScope } = {},
): Promise<EstablishmentsRead> {
  const file = options.file ?? "StockEtablissement";
  const allEstablishments = options.scope === "all";
  const keep = rowFilter(filter);
  const stats: StockReadStats = { rows: 0, kept: 0, secondaryKept: 0, refused: 0, problems: [] };
  const report = progress(options, file);
  const headOffices: EstablishmentRow[] = [];
  const secondaries = new Map<string, EstablishmentRow[]>();
  for await (const row of streamRows(input, requiredEstablishmentColumns, file)) {
    stats.rows++;
    report(stats);
    // The cheap tests first: most rows are not head offices (nor open, when all are asked for) or lie elsewhere.
    const isHeadOffice = row.etablissementSiege === "true";
    if (!isHeadOffice && !(allEstablishments && row.etatAdministratifEtablissement === "A")) continue;
    if (!keep(row.codeCommuneEtablissement ?? "", row.siren ?? "")) continue;
    const problem = rowSiretProblem(row);
    if (problem) {
      stats.refused++;
      if (stats.problems.length < 20) stats.problems.push({ line: stats.rows + 1, problem });
      continue;
    }
    if (isHeadOffice) {
      headOffices.push(pick(row, establishmentCells));
      stats.kept++;
    } else {
      const ofCompany = secondaries.get(row.siren!) ?? [];
      ofCompany.push(pick(row, establishmentCells));
      secondaries.set(row.siren!, ofCompany);
      stats.secondaryKept++;
    }
  }
  // Only the establishments of a kept head office's company are kept.
  const kept = new Set(headOffices.map((office) => office.siren!));
  for (const siren of secondaries.keys()) if (!kept.has(siren)) secondaries.delete(siren);
  stats.secondaryKept = [...secondaries.values()].reduce((sum, rows) => sum + rows.length, 0);
  options.onRows?.(stats);
  options.onProgress?.(
    `${file}: ${stats.rows} rows read, ${stats.kept} head offices kept${allEstablishments ? `, ${stats.secondaryKept} other open establishments` : ""}`,
  );
  return { headOffices, secondaries, stats };
}

/** The companies of the legal-unit file whose SIREN is among `sirens`. */
export async function readLegalUnits(
  input: Readable,
  sirens: Set<string>,
  options: ProgressOptions & { file?: string } = {},
): Promise<{ units: Map<string, LegalUnitRow>; stats: StockReadStats }> {
  const file = options.file ?? "StockUniteLegale";
  const stats: StockReadStats = { rows: 0, kept: 0, secondaryKept: 0, refused: 0, problems: [] };
  const report = progress(options, file);
  const units = new Map<string, LegalUnitRow>();
  for await (const row of streamRows(input, requiredLegalUnitColumns, file)) {
    stats.rows++;
    report(stats);
    if (!sirens.has(row.siren ?? "")) continue;
    units.set(row.siren!, pick(row, legalUnitCells));
    stats.kept++;
  }
  options.onRows?.(stats);
  options.onProgress?.(`${file}: ${stats.rows} rows read, ${stats.kept} companies kept`);
  return { units, stats };
}
