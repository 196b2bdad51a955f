// Starts Maillage: the embedded Neo4j unless NEO4J_URI is set, the schema, the seed on an empty
// database, then the HTTP server. Stops all of it cleanly on Ctrl-C or SIGTERM.
import type { Server } from "node:http";
import { createApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { EmbeddedNeo4jError } from "./neo4j/embedded-neo4j-error.js";
import { startDatabase, type Database } from "./neo4j/start-database.js";
import { isDatabaseEmpty, seedDatabase } from "../seed/seed-database.js";

const log = (message: string) => console.log(`[maillage] ${message}`);

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  // Assigned once started; the stop handler, registered before, reads it.
  // eslint-disable-next-line prefer-const
  let database: Database | undefined;
  let server: Server | undefined;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: stopping…`);
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await database?.close();
    log("Stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  database = await startDatabase(config, log);
  try {
    if (config.seedOnEmpty && (await isDatabaseEmpty(database.driver, database.database))) {
      log("The database is empty: loading the seed graph (set SEED_ON_EMPTY=false to skip)…");
      const report = await seedDatabase(database.driver, { database: database.database });
      log(
        `Seeded ${report.nodesCreated} nodes and ${report.relationshipsCreated} relationships (${report.warnings.length} extraction notes: npm run seed -- --dry-run lists them)`,
      );
    }
    ({ httpServer: server } = await createApp(database.driver, config));
    server.listen(config.http.port, config.http.host);
    await new Promise<void>((resolve, reject) => {
      server!.once("listening", resolve);
      server!.once("error", reject);
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `Maillage is ready in ${seconds} s at http://localhost:${config.http.port} (GraphQL at /graphql, health at /health)`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedNeo4jError) {
    console.error(`[maillage] ${error.message}`);
  } else if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    console.error("[maillage] the HTTP port is already in use: stop the other process or set PORT");
  } else {
    console.error("[maillage] failed to start:", error);
  }
  process.exit(1);
});
