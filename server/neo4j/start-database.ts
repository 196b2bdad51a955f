import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { createDriver, waitForDatabase } from "./driver.js";
import { startEmbeddedNeo4j } from "./embedded-neo4j.js";
import { assertSchema } from "../../graph/store-schema.js";

/** A running database: the driver to use, and how to let go of it all. */
export interface Database {
  driver: Driver;
  database: string | undefined;
  /** Closes the driver, then stops the embedded Neo4j if this process started it. */
  close(): Promise<void>;
}

/** Connects to NEO4J_URI, or starts the embedded Neo4j; waits for it and asserts the schema. */
export async function startDatabase(config: Config, log: (message: string) => void): Promise<Database> {
  let stopEmbedded = async () => {};
  let uri: string;
  let user: string | undefined;
  let password: string | undefined;
  if (config.neo4j.mode === "external") {
    ({ uri, user, password } = config.neo4j);
    log(`Using the Neo4j at ${uri}`);
  } else {
    log("No NEO4J_URI set: starting the embedded Neo4j…");
    const embedded = await startEmbeddedNeo4j({ ...config.neo4j, log });
    ({ uri, user, password } = embedded);
    stopEmbedded = () => embedded.stop();
  }
  const driver = createDriver({ uri, user, password });
  const close = async () => {
    await driver.close();
    await stopEmbedded();
  };
  try {
    await waitForDatabase(driver);
    await assertSchema(driver, config.neo4j.database);
  } catch (error) {
    await close();
    throw error;
  }
  return { driver, database: config.neo4j.database, close };
}
