// Starts Maillage: the embedded Neo4j unless NEO4J_URI is set, the schema, the seed on an empty
// database, then the HTTP server. Stops all of it cleanly on Ctrl-C or SIGTERM.
import type { Server } from "node:http";
import { createApp } from "./app.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { createDriver, waitForDatabase } from "./neo4j/driver.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "./neo4j/embedded-neo4j.js";
import { EmbeddedNeo4jError } from "./neo4j/embedded-neo4j-error.js";
import { assertSchema } from "./neo4j/schema-constraints.js";

const log = (message: string) => console.log(`[maillage] ${message}`);

/** Starts the database (when embedded) and returns its connection settings. */
async function startDatabase(config: Config): Promise<{ uri: string; user?: string; password?: string; embedded?: EmbeddedNeo4j }> {
  if (config.neo4j.mode === "external") {
    log(`Using the Neo4j at ${config.neo4j.uri}`);
    return { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password };
  }
  log("No NEO4J_URI set: starting the embedded Neo4j…");
  const embedded = await startEmbeddedNeo4j({ ...config.neo4j, log });
  return { uri: embedded.uri, embedded };
}

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const database = await startDatabase(config);
  const driver = createDriver(database);
  let server: Server | undefined;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: stopping…`);
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await driver.close();
    await database.embedded?.stop();
    log("Stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  try {
    await waitForDatabase(driver);
    await assertSchema(driver, config.neo4j.database);
    const { app } = await createApp(driver, config);
    server = app.listen(config.http.port, config.http.host);
    await new Promise<void>((resolve, reject) => {
      server!.once("listening", resolve);
      server!.once("error", reject);
    });
  } catch (error) {
    await driver.close();
    await database.embedded?.stop();
    throw error;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`Maillage is ready in ${seconds} s at http://localhost:${config.http.port} (GraphQL at /graphql, health at /health)`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedNeo4jError) {
    console.error(`[maillage] ${error.message}`);
  } else if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    console.error(`[maillage] port ${(error as { port?: number }).port ?? ""} is already in use: stop the other process or set PORT`);
  } else {
    console.error("[maillage] failed to start:", error);
  }
  process.exit(1);
});
