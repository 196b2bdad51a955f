// Starts one real Neo4j for the integration and end-to-end tests: the embedded one on a free port
// with a fresh store under .tmp/ (and the password it generates there), or the database NEO4J_URI points at, and loads the seed graph
// (idempotent). Tests read the seed but never change it; the data a test writes carries ids and a
// source of its own, and the test removes it.
import { rmSync } from "node:fs";
import path from "node:path";
import getPort from "get-port";
import type { TestProject } from "vitest/node";
import { loadConfig, projectRoot } from "../../server/config.js";
import { createDriver, waitForDatabase } from "../../server/neo4j/driver.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../server/neo4j/embedded-neo4j.js";
import { embeddedPasswordFile } from "../../server/neo4j/embedded-password.js";
import { assertSchema } from "../../graph/store-schema.js";
import { seedDatabase } from "../../seed/seed-database.js";
import type { Neo4jConnection } from "../helpers/neo4j-connection.js";

let embedded: EmbeddedNeo4j | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const config = loadConfig();
  let connection: Neo4jConnection;
  if (config.neo4j.mode === "external") {
    connection = {
      uri: config.neo4j.uri,
      user: config.neo4j.user,
      password: config.neo4j.password,
      database: config.neo4j.database,
    };
  } else {
    // A store of its own per run, so two runs on one machine never share or lock each other's.
    dataDir = path.join(projectRoot, ".tmp", `test-neo4j-${process.pid}`);
    rmSync(dataDir, { recursive: true, force: true });
    embedded = await startEmbeddedNeo4j({
      dataDir,
      boltPort: await getPort(),
      heap: "768m",
      pageCacheMb: 256,
      javaHome: config.neo4j.javaHome,
      log: (message) => console.log(`[test neo4j] ${message}`),
    });
    connection = {
      uri: embedded.uri,
      user: embedded.user,
      password: embedded.password,
      passwordFile: embeddedPasswordFile(dataDir),
    };
  }
  const driver = createDriver(connection);
  try {
    await waitForDatabase(driver);
    await assertSchema(driver, connection.database);
    await seedDatabase(driver, { database: connection.database });
  } finally {
    await driver.close();
  }
  project.provide("neo4j", connection);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
