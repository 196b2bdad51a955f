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

/** Every constraint and index Maillage asserts: its name (also its backing index's) and statement. */
function schemaObjects(): Array<{ name: string; statement: string }> {
  const constraints = Object.entries(nodeKeys).map(([label, key]) => {
    const name = `${label.toLowerCase()}_${key}_unique`;
    return { name, statement: `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${key} IS UNIQUE` };
  });
  const indexes = propertyIndexes.map(([label, property]) => {
    const name = `${label.toLowerCase()}_${property}`;
    return { name, statement: `CREATE INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON (n.${property})` };
  });
  // Full-text search folds accents and case ("creer" finds "Créer"); writes are visible at once.
  const fulltext = {
    name: searchIndex.name,
    statement:
      `CREATE FULLTEXT INDEX ${searchIndex.name} IF NOT EXISTS FOR (n:${searchIndex.labels.join("|")}) ` +
      `ON EACH [${searchIndex.properties.map((property) => `n.${property}`).join(", ")}] ` +
      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}}",
  };
  return [...constraints, ...indexes, fulltext];
}

/** The Cypher statements that assert Maillage's constraints and indexes (idempotent). */
export function schemaStatements(): string[] {
  return schemaObjects().map((object) => object.statement);
}

/** The names of the indexes (constraint-backed or not) that /ready expects online. */
export function schemaObjectNames(): string[] {
  return schemaObjects().map((object) => object.name);
}

/** Creates any missing constraint or index and waits until all indexes are online. */
export async function assertSchema(driver: Driver, database?: string): Promise<void> {
  for (const statement of schemaStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
}
