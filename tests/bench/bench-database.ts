// The benchmark's own Neo4j: the embedded one on a free port with a fresh store under .tmp/ (removed
// afterwards), or the database NEO4J_URI points at, which must then be empty (it is emptied again
// at the end). The schema (constraints, indexes, full-text index) is asserted before anything loads.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import getPort from "get-port";
import type { Driver } from "neo4j-driver";
import { loadConfig, projectRoot } from "../../server/config.js";
import { createDriver, waitForDatabase } from "../../server/neo4j/driver.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../server/neo4j/embedded-neo4j.js";
import { assertSchema } from "../../graph/store-schema.js";

export interface BenchDatabase {
  driver: Driver;
  uri: string;
  user?: string | undefined;
  password?: string | undefined;
  database: string | undefined;
  mode: "embedded" | "external";
  /** e.g. "5.26.19 community". */
  version: string;
  /** Heap and page cache, for the embedded database. */
  memory?: { heap: string; pageCacheMb: number };
  /** The process id of the embedded Neo4j's JVM, to read its memory. */
  jvmPid?: number | undefined;
  /** Where the embedded Neo4j keeps its store, to measure its size. */
  storeDir?: string | undefined;
  /** How long asserting the constraints and indexes took (after an import: building them over the data). */
  schemaSeconds: number;
  close(): Promise<void>;
}

/** A database can only be benchmarked empty: the load would mix with what it holds. */
export class BenchDatabaseError extends Error {
  override name = "BenchDatabaseError";
}

export async function startBenchDatabase(options: {
  heap: string;
  pageCacheMb: number;
  log: (message: string) => void;
  /** Runs on the embedded Neo4j's data folder before its first start (a first load with the import
   *  tool); not for a database NEO4J_URI names, which is already running. */
  beforeFirstStart?: (dataDir: string) => Promise<void>;
}): Promise<BenchDatabase> {
  const config = loadConfig();
  if (config.neo4j.mode === "external") {
    const { uri, user, password, database } = config.neo4j;
    const driver = createDriver({ uri, user, password });
    await waitForDatabase(driver);
    const { records } = await driver.executeQuery("MATCH (n) RETURN count(n) AS nodes", {}, { database });
    if (Number(records[0]?.get("nodes")) > 0) {
      await driver.close();
      throw new BenchDatabaseError(
        `the database at ${uri} is not empty: the benchmark needs an empty database (or unset NEO4J_URI to use a fresh embedded one)`,
      );
    }
    const schemaStarted = performance.now();
    await assertSchema(driver, database);
    const schemaSeconds = (performance.now() - schemaStarted) / 1000;
    const close = async () => {
      // CALL … IN TRANSACTIONS needs an implicit transaction: session.run, not executeQuery.
      const session = driver.session({ database });
      try {
        await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
      } finally {
        await session.close();
        await driver.close();
      }
    };
    return {
      driver,
      uri,
      user,
      password,
      database,
      mode: "external",
      version: await neo4jVersion(driver, database),
      schemaSeconds,
      close,
    };
  }

  const dataDir = path.join(projectRoot, ".tmp", `bench-neo4j-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  try {
    await options.beforeFirstStart?.(dataDir);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const embedded: EmbeddedNeo4j = await startEmbeddedNeo4j({
    dataDir,
    boltPort: await getPort(),
    heap: options.heap,
    pageCacheMb: options.pageCacheMb,
    javaHome: config.neo4j.javaHome,
    log: options.log,
  });
  const driver = createDriver(embedded);
  const close = async () => {
    await driver.close();
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForDatabase(driver);
    const schemaStarted = performance.now();
    // Over an imported store the indexes are built from the data: give them time.
    await assertSchema(driver, undefined, 3_600);
    const schemaSeconds = (performance.now() - schemaStarted) / 1000;
    return {
      driver,
      uri: embedded.uri,
      user: embedded.user,
      password: embedded.password,
      database: undefined,
      mode: "embedded",
      version: await neo4jVersion(driver, undefined),
      memory: { heap: options.heap, pageCacheMb: options.pageCacheMb },
      jvmPid: findJvm(path.join(dataDir, "neo4j")),
      storeDir: path.join(dataDir, "neo4j", "data"),
      schemaSeconds,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function neo4jVersion(driver: Driver, database: string | undefined): Promise<string> {
  const { records } = await driver.executeQuery(
    "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
    {},
    { database },
  );
  return `${records[0]?.get("version")} ${records[0]?.get("edition")}`;
}

/** The pid of the JVM started with this Neo4j home (the launcher does not expose it). */
function findJvm(home: string): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(`-Dmaillage.home=${home}`)) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
}
