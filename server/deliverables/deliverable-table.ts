// The shape of a deliverable table of the 2024 convention: typed columns with French headers, rows
// of plain values, and the parameters it was generated with. CSV and XLSX are made from this.
import type { GraphNode } from "../../graph/graph-values.js";
import type { GraphDatabase } from "../../graph/graph-database.js";
import { gbmEpciCode } from "../../graph/communes/reference-data.js";

export type CellValue = string | number | boolean | null;

/** How a column's values are written: text, a whole number, euros, a share (0.25 = 25 %), yes/no. */
export type ColumnType = "text" | "integer" | "amount" | "percent" | "flag";

export interface DeliverableColumn {
  key: string;
  /** The header, in French. */
  header: string;
  type: ColumnType;
}

export type DeliverableRow = Record<string, CellValue>;

/** What a table can be asked for; each table reads the ones it lists. */
export interface DeliverableParams {
  /** The year of the participations, memberships, projects (null: every year). */
  year?: number | null;
  /** The territory whose organisations are flagged: GBM's EPCI `242500361` unless told. */
  territory?: string;
  /** The pole whose members are listed: `pmt` unless told. */
  pole?: string;
  /** The programme of the funding table: `pmt-animation-<year>` unless told. */
  programme?: string;
  /** The markets of the research-projects table: HEALTH and ASD unless told. */
  markets?: string[];
}

/** The parameters with their defaults filled in. */
export interface ResolvedParams {
  year: number | null;
  territory: string;
  pole: string;
  programme: string | null;
  markets: string[];
}

/** A generated table. */
export interface DeliverableTable {
  id: string;
  title: string;
  /** Where the convention asks for it. */
  reference: string;
  params: ResolvedParams;
  generatedAt: string;
  columns: DeliverableColumn[];
  rows: DeliverableRow[];
}

/** A table the convention asks for, and how to build it from the graph. */
export interface DeliverableDefinition {
  id: string;
  title: string;
  reference: string;
  description: string;
  /** The parameters it reads. */
  params: Array<keyof DeliverableParams>;
  build(
    reader: GraphDatabase,
    params: ResolvedParams,
  ): Promise<{ columns: DeliverableColumn[]; rows: DeliverableRow[] }>;
}

/** A request for a table that cannot be answered: an unknown table or programme, a bad parameter. */
export class DeliverableError extends Error {
  override name = "DeliverableError";
  constructor(
    message: string,
    readonly code: "NOT_FOUND" | "BAD_USER_INPUT",
  ) {
    super(message);
  }
}

/** The parameters with defaults: GBM's territory, PMT, health and aeronautics. */
export function resolveParams(params: DeliverableParams): ResolvedParams {
  const year = params.year ?? null;
  if (year !== null && (!Number.isInteger(year) || year < 1990 || year > 2100))
    throw new DeliverableError(`year must be a year such as 2024 (got ${year})`, "BAD_USER_INPUT");
  return {
    year,
    territory: params.territory || gbmEpciCode,
    pole: params.pole || "pmt",
    programme: params.programme || (year === null ? null : `pmt-animation-${year}`),
    markets: params.markets && params.markets.length > 0 ? params.markets : ["HEALTH", "ASD"],
  };
}

/** "GBM" for Grand Besançon Métropole's territory, else the territory's code. */
export function territoryLabel(code: string): string {
  return code === gbmEpciCode ? "GBM" : code;
}

/** Organisation kinds in French, as the tables write them. */
export const kindLabels: Record<string, string> = {
  COMPANY: "entreprise",
  RESEARCH: "entité de recherche",
  SCHOOL: "école",
  CLUSTER: "pôle / cluster",
  PUBLIC_BODY: "organisme public",
  ASSOCIATION: "association",
  OTHER: "autre",
};

/** The Cypher condition "organisation `o` is located in a commune of territory `$territory`". */
export const inTerritory = "EXISTS { (o)-[:LOCATED_IN]->(:Commune)-[:PART_OF]->(:Territory {code: $territory}) }";

/** Distinct values in order, joined for a cell. */
export function joined(values: unknown): string {
  return [
    ...new Set(Array.isArray(values) ? values.filter((value) => value !== null && value !== "").map(String) : []),
  ].join(", ");
}

/** A property of a GraphNode, or null. */
export function propertyOf(node: GraphNode, name: string): string | null {
  return node.properties.find((property) => property.name === name)?.value ?? null;
}
