import type { Driver } from "neo4j-driver";
import { nodeKeys } from "../../schema/node-keys.js";
import { searchIndex } from "../analytics/search.js";

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
  ["Programme", "name"],
];

/** The Cypher statements that assert Maillage's constraints and indexes (idempotent). */
export function schemaStatements(): string[] {
  const constraints = Object.entries(nodeKeys).map(
    ([label, key]) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_${key}_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.${key} IS UNIQUE`,
  );
  const indexes = propertyIndexes.map(
    ([label, property]) => `CREATE INDEX ${label.toLowerCase()}_${property} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`,
  );
  // Full-text search folds accents and case ("creer" finds "Créer"); writes are visible at once.
  const fulltext =
    `CREATE FULLTEXT INDEX ${searchIndex.name} IF NOT EXISTS FOR (n:${searchIndex.labels.join("|")}) ` +
    `ON EACH [${searchIndex.properties.map((property) => `n.${property}`).join(", ")}] ` +
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}}";
  return [...constraints, ...indexes, fulltext];
}

/** Creates any missing constraint or index and waits until all indexes are online. */
export async function assertSchema(driver: Driver, database?: string): Promise<void> {
  for (const statement of schemaStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
}
