// `npm run seed [-- --dry-run]`: extracts the seed graph from seed/sources and loads it into the
// configured Neo4j (the embedded one unless NEO4J_URI is set), then prints what the graph holds.
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../server/config.js";
import { EmbeddedNeo4jError } from "../server/neo4j/embedded-neo4j-error.js";
import { startDatabase } from "../server/neo4j/start-database.js";
import { SeedError } from "./build-seed.js";
import { FactLoadError } from "../graph/load-facts.js";
import { graphCounts, seedDatabase } from "./seed-database.js";

const log = (message: string) => console.log(`[seed] ${message}`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { "dry-run": { type: "boolean", default: false }, help: { type: "boolean", default: false } },
  });
  if (values.help) {
    console.log(
      "Usage: npm run seed [-- --dry-run]\n  --dry-run  load in a transaction that is rolled back, and report what would change",
    );
    return;
  }
  const database = await startDatabase(loadConfig(), log);
  try {
    const report = await seedDatabase(database.driver, { database: database.database, dryRun: values["dry-run"] });
    for (const warning of report.warnings) log(`warning: ${warning}`);
    log(
      `${report.dryRun ? "dry run, nothing written — would create" : "created"} ${report.nodesCreated} nodes and ${report.relationshipsCreated} relationships, ` +
        `${report.dryRun ? "remove" : "removed"} ${report.relationshipsDeleted} stale relationships, ${report.nodesDeleted} retired nodes and ${report.retiredPropertiesRemoved} retired properties, set ${report.propertiesSet} properties ` +
        `(seed: ${report.nodes} nodes, ${report.relationships} relationships)`,
    );
    const counts = await graphCounts(database.driver, database.database);
    log(
      `the graph holds: ${Object.entries(counts.labels)
        .map(([label, count]) => `${label} ${count}`)
        .join(", ")}`,
    );
    log(
      `relationships: ${Object.entries(counts.types)
        .map(([type, count]) => `${type} ${count}`)
        .join(", ")}`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  const known = [ConfigError, EmbeddedNeo4jError, SeedError, FactLoadError].some((type) => error instanceof type);
  console.error(known ? `[seed] ${(error as Error).message}` : error);
  process.exit(1);
});
