// What an import did, or (dry run) would do: the file as read, every problem by line and field,
// the ambiguous matches, what would be created or updated, and what the database reported.
import type { LoadReport } from "../../graph/load-facts.js";
import type { ImportKind } from "./columns.js";

/** Why a row (or the file) cannot be imported, or what the reader should check. */
export type IssueCode =
  | "EMPTY_FILE"
  | "NOT_A_CSV"
  | "UNREADABLE_ENCODING"
  | "NO_HEADER"
  | "NO_ROWS"
  | "MISSING_COLUMNS"
  | "DUPLICATE_COLUMN"
  | "POLE_NOT_FOUND"
  | "TRANSACTION_TOO_LARGE"
  | "MALFORMED_ROW"
  | "MISSING_VALUE"
  | "INVALID_VALUE"
  | "UNKNOWN_COMMUNE"
  | "UNKNOWN_MARKET"
  | "UNKNOWN_ID"
  | "AMBIGUOUS_MATCH"
  | "SIREN_CONFLICT"
  | "DUPLICATE_ROW"
  | "ENCODING_GUESSED"
  | "IGNORED_COLUMN"
  | "NOTE";

/** One problem: `line` is the file's line (header = 1), null for the file as a whole. */
export interface ImportIssue {
  line: number | null;
  /** The column header as the file writes it, when the problem is in one cell. */
  field: string | null;
  value?: string;
  code: IssueCode;
  message: string;
}

/** A name that more than one node of the graph (or of the file) answers to. */
export interface Ambiguity {
  line: number;
  field: string;
  value: string;
  candidates: Array<{ ref: string; name: string; siren: string | null }>;
}

/** A node the import creates or changes, and the lines that state it. */
export interface EntityChange {
  ref: string;
  name: string;
  lines: number[];
  /** For an update: what changes, e.g. `headcount: 12 → 15`. */
  changes?: string[];
}

/** Created and updated nodes of one label; lists stop at `listLimit` entries, counts do not. */
export interface ChangeGroup {
  created: number;
  updated: number;
  unchanged: number;
  createdList: EntityChange[];
  updatedList: EntityChange[];
}

export interface ImportChanges {
  organizations: ChangeGroup;
  events: ChangeGroup;
  projects: ChangeGroup;
  programmes: ChangeGroup;
  communes: ChangeGroup;
  /** Relationships the rows state (each with its evidence). */
  relationships: number;
}

export type ImportStatus =
  /** Dry run: no problem found, nothing written. */
  | "ready"
  /** Written, in one transaction. */
  | "committed"
  /** A problem in the file or a row: nothing written. */
  | "rejected";

export interface ImportReport {
  kind: ImportKind;
  fileName: string;
  /** The evidence `source` every relationship of the import carries. */
  source: string;
  sha256: string;
  status: ImportStatus;
  dryRun: boolean;
  /** One line saying what happened. */
  summary: string;
  file: {
    bytes: number;
    encoding: string | null;
    bom: boolean;
    separator: string | null;
    rows: number;
    /** Field → the header that filled it. */
    columns: Record<string, string>;
  };
  errorCount: number;
  warningCount: number;
  /** The first `listLimit` errors; any error means nothing is written. */
  errors: ImportIssue[];
  warnings: ImportIssue[];
  ambiguities: Ambiguity[];
  changes: ImportChanges;
  /** What Neo4j did (or, in a dry run, did and rolled back); null when nothing was sent to it. */
  database: LoadReport | null;
  /** The id of the audit entry (`Change`, action IMPORT) a commit wrote; null for a dry run or a rejected file. */
  changeId: string | null;
  timings: { readMs: number; matchMs: number; writeMs: number; totalMs: number; rowsPerSecond: number };
}

/** How many entries each list of the report holds at most (counts stay exact). */
export const listLimit = 1_000;

/** An empty change group. */
export function emptyChangeGroup(): ChangeGroup {
  return { created: 0, updated: 0, unchanged: 0, createdList: [], updatedList: [] };
}

/** Empty changes. */
export function emptyChanges(): ImportChanges {
  return {
    organizations: emptyChangeGroup(),
    events: emptyChangeGroup(),
    projects: emptyChangeGroup(),
    programmes: emptyChangeGroup(),
    communes: emptyChangeGroup(),
    relationships: 0,
  };
}
