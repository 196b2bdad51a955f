// What an import needs to know of the graph before it matches rows: organisations (id, name,
// aliases, SIREN, figures), events, programmes, projects, markets, which communes exist, the pole.
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import { plainProperties, toNumber } from "../../graph/property-values.js";
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
async function read(graph: GraphDatabase, cypher: string, parameters: Record<string, unknown> = {}) {
  const records = await readQuery(graph, cypher, parameters);
  return records.map((record) => record.toObject() as Record<string, unknown>);
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** Reads what matching needs, in a handful of queries (linear in the size of the graph's index). */
export async function readGraphSnapshot(graph: GraphDatabase, pole: string): Promise<GraphSnapshot> {
  const [organizations, events, programmes, projects, markets, poles] = await Promise.all([
    read(
      graph,
      "MATCH (o:Organization) RETURN o.id AS id, o.name AS name, o.kind AS kind, o.siren AS siren, o.aliases AS aliases, o.headcount AS headcount, o.revenue AS revenue",
      {},
    ),
    read(graph, "MATCH (e:Event) RETURN e.id AS id, e.name AS name, e.year AS year, e.aliases AS aliases", {}),
    read(
      graph,
      "MATCH (p:Programme) RETURN p.id AS id, p.name AS name, p.year AS year, coalesce(p.aliases, []) + CASE WHEN p.fullName IS NULL THEN [] ELSE [p.fullName] END AS aliases",
      {},
    ),
    read(
      graph,
      "MATCH (p:Project) RETURN p.id AS id, p.name AS name, p.year AS year, p.aliases AS aliases, properties(p) AS properties",
      {},
    ),
    read(graph, "MATCH (m:Market) RETURN m.code AS code, m.name AS name"),
    read(graph, "MATCH (o:Organization {id: $pole}) RETURN o.id AS id", { pole }),
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
export async function missingCommunes(graph: GraphDatabase, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await read(
    graph,
    "UNWIND $codes AS code OPTIONAL MATCH (c:Commune {id: code}) WITH code, c WHERE c IS NULL RETURN code",
    { codes },
  );
  return rows.map((row) => String(row.code));
}
