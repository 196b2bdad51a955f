// What an import needs to know of the graph before it matches rows: organisations (id, name,
// aliases, SIREN, figures), events, programmes, projects, markets, which communes exist, the pole.
import type { Driver } from "neo4j-driver";
import { readQuery } from "../../graph/graph-database.js";
import { toNumber, toPlain } from "../../graph/property-values.js";
import type { KnownOrganization } from "./organization-matcher.js";
import type { NamedNode } from "./named-index.js";

export interface GraphSnapshot {
  organizations: KnownOrganization[];
  events: NamedNode[];
  programmes: NamedNode[];
  projects: NamedNode[];
  markets: Array<{ code: string; name: string }>;
  poleExists: boolean;
}

/** Runs a read query through the data-access module and returns its records as plain objects. */
async function read(
  driver: Driver,
  database: string | undefined,
  cypher: string,
  parameters: Record<string, unknown> = {},
  timeoutMs?: number,
) {
  const records = await readQuery({ driver, database, timeoutMs }, cypher, parameters);
  return records.map((record) => record.toObject() as Record<string, unknown>);
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** A node's properties with Neo4j integers as numbers. */
function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([name, value]) => [name, toPlain(value)]));
}

/** Reads what matching needs, in a handful of queries (linear in the size of the graph's index). */
export async function readGraphSnapshot(
  driver: Driver,
  database: string | undefined,
  pole: string,
  timeoutMs?: number,
): Promise<GraphSnapshot> {
  const [organizations, events, programmes, projects, markets, poles] = await Promise.all([
    read(
      driver,
      database,
      "MATCH (o:Organization) RETURN o.id AS id, o.name AS name, o.kind AS kind, o.siren AS siren, o.aliases AS aliases, o.headcount AS headcount, o.revenue AS revenue",
      {},
      timeoutMs,
    ),
    read(
      driver,
      database,
      "MATCH (e:Event) RETURN e.id AS id, e.name AS name, e.year AS year, e.aliases AS aliases",
      {},
      timeoutMs,
    ),
    read(
      driver,
      database,
      "MATCH (p:Programme) RETURN p.id AS id, p.name AS name, p.year AS year, coalesce(p.aliases, []) + CASE WHEN p.fullName IS NULL THEN [] ELSE [p.fullName] END AS aliases",
      {},
      timeoutMs,
    ),
    read(
      driver,
      database,
      "MATCH (p:Project) RETURN p.id AS id, p.name AS name, p.year AS year, p.aliases AS aliases, properties(p) AS properties",
      {},
      timeoutMs,
    ),
    read(driver, database, "MATCH (m:Market) RETURN m.code AS code, m.name AS name", {}, timeoutMs),
    read(driver, database, "MATCH (o:Organization {id: $pole}) RETURN o.id AS id", { pole }, timeoutMs),
  ]);
  const named = (row: Record<string, unknown>): NamedNode => ({
    id: String(row.id),
    name: String(row.name ?? row.id),
    year: toNumber(row.year),
    aliases: strings(row.aliases),
    isNew: false,
    ...(row.properties ? { properties: plainProperties(row.properties as Record<string, unknown>) } : {}),
  });
  return {
    organizations: organizations.map((row) => ({
      id: String(row.id),
      name: String(row.name ?? row.id),
      kind: text(row.kind),
      siren: text(row.siren),
      aliases: strings(row.aliases),
      headcount: toNumber(row.headcount),
      revenue: toNumber(row.revenue),
      isNew: false,
    })),
    events: events.map(named),
    programmes: programmes.map(named),
    projects: projects.map(named),
    markets: markets.map((row) => ({ code: String(row.code), name: String(row.name ?? row.code) })),
    poleExists: poles.length > 0,
  };
}

/** The INSEE codes among `codes` that have no Commune node yet. */
export async function missingCommunes(
  driver: Driver,
  database: string | undefined,
  codes: string[],
  timeoutMs?: number,
): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await read(
    driver,
    database,
    "UNWIND $codes AS code OPTIONAL MATCH (c:Commune {id: code}) WITH code, c WHERE c IS NULL RETURN code",
    { codes },
    timeoutMs,
  );
  return rows.map((row) => String(row.code));
}
