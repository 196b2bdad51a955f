// The store's schema: a uniqueness constraint per node key, the property indexes, and the
// accent-folding full-text index of the search, asserted at every start.
import type { Driver } from "neo4j-driver";
import { nodeKeys } from "../schema/node-keys.js";

/** The full-text index behind the API's `search`: names and aliases, and documents by their title. */
export const searchIndex = {
  name: "entity_search",
  labels: [
    "Organization",
    "Person",
    "Event",
    "Programme",
    "Action",
    "Project",
    "Commune",
    "EventSeries",
    "Place",
    "Convention",
    "Document",
  ],
  properties: ["name", "aliases", "fullName", "title"],
} as const;

/** Indexes on properties that analysts and the API filter by, beside the key constraints. */
const propertyIndexes: Array<[label: string, property: string]> = [
  ["Organization", "name"],
  ["Organization", "kind"],
  ["Organization", "siren"],
  ["Person", "name"],
  ["Commune", "inseeCode"],
  ["Commune", "name"],
  ["Event", "year"],
  ["Event", "name"],
  ["Document", "checksum"],
  ["Suggestion", "documentId"],
  ["Programme", "name"],
];

/**
 * The staff accounts' unique properties (server/accounts/). Not graph vocabulary: these labels are
 * left out of schema/node-keys.ts so that no `ref` of the API can name an account, a session or a token.
 */
const accountKeys: Array<[label: string, property: string]> = [
  ["Account", "id"],
  ["Account", "email"],
  ["Session", "id"],
  ["ApiToken", "id"],
];

/** One constraint or index Maillage asserts: its name (also its backing index's) and how to assert it. */
interface SchemaObject {
  name: string;
  assert(driver: Driver, database: string | undefined): Promise<unknown>;
}

/** Every constraint and index Maillage asserts. */
function schemaObjects(): SchemaObject[] {
  const created = (name: string, statement: string): SchemaObject => ({
    name,
    assert: (driver, database) => driver.executeQuery(statement, {}, { database }),
  });
  const constraints = Object.entries(nodeKeys).map(([label, key]) => {
    const name = `${label.toLowerCase()}_${key}_unique`;
    return created(name, `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${key} IS UNIQUE`);
  });
  const accountConstraints = accountKeys.map(([label, property]) => {
    const name = `${label.toLowerCase()}_${property}_unique`;
    return created(name, `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${property} IS UNIQUE`);
  });
  const indexes = propertyIndexes.map(([label, property]) => {
    const name = `${label.toLowerCase()}_${property}`;
    return created(name, `CREATE INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`);
  });
  const fulltext: SchemaObject = {
    name: searchIndex.name,
    assert: (driver, database) => assertFulltextIndex(driver, searchIndex, database),
  };
  return [...constraints, ...accountConstraints, ...indexes, fulltext];
}

/** A full-text index: its name, the labels it covers and the properties it reads. */
export interface FulltextIndex {
  name: string;
  labels: readonly string[];
  properties: readonly string[];
}

/** Full-text search folds accents and case ("creer" finds "Créer"); writes are visible at once. */
function fulltextIndexStatement(index: FulltextIndex): string {
  return (
    `CREATE FULLTEXT INDEX ${index.name} IF NOT EXISTS FOR (n:${index.labels.join("|")}) ` +
    `ON EACH [${index.properties.map((property) => `n.${property}`).join(", ")}] ` +
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}}"
  );
}

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/**
 * Creates a full-text index, or re-creates it when the one in the database covers other labels or
 * properties: `CREATE … IF NOT EXISTS` leaves an index of an older definition as it is (a store from
 * before projects were searchable). Re-creating repopulates it; /ready waits until it is online.
 */
export async function assertFulltextIndex(
  driver: Driver,
  index: FulltextIndex,
  database?: string,
): Promise<"created" | "recreated" | "unchanged"> {
  const { records } = await driver.executeQuery(
    "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name = $name RETURN labelsOrTypes, properties",
    { name: index.name },
    { database },
  );
  const existing = records[0];
  if (
    existing &&
    sameMembers(existing.get("labelsOrTypes") as string[], index.labels) &&
    sameMembers(existing.get("properties") as string[], index.properties)
  ) {
    return "unchanged";
  }
  if (existing) await driver.executeQuery(`DROP INDEX ${index.name}`, {}, { database });
  await driver.executeQuery(fulltextIndexStatement(index), {}, { database });
  return existing ? "recreated" : "created";
}

/** The names of the indexes (constraint-backed or not) that /ready expects online. */
export function schemaObjectNames(): string[] {
  return schemaObjects().map((object) => object.name);
}

/** Creates any missing constraint or index, brings the full-text index up to its definition, and waits
 *  (at most `awaitSeconds`) until all indexes are online. */
export async function assertSchema(driver: Driver, database?: string, awaitSeconds = 300): Promise<void> {
  for (const object of schemaObjects()) await object.assert(driver, database);
  await driver.executeQuery(`CALL db.awaitIndexes(${Math.round(awaitSeconds)})`, {}, { database });
}
