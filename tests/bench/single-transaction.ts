// Can seed/load-facts.ts (the whole fact set in one transaction) load this scale into the embedded
// Neo4j as `npm start` configures it (1 GB heap)? Measured on a fresh store of its own.
import { rmSync } from "node:fs";
import path from "node:path";
import getPort from "get-port";
import { loadConfig, parseConfig, projectRoot } from "../../server/config.js";
import { createDriver, waitForDatabase } from "../../server/neo4j/driver.js";
import { startEmbeddedNeo4j } from "../../server/neo4j/embedded-neo4j.js";
import { assertSchema } from "../../graph/store-schema.js";
import { loadFacts } from "../../graph/load-facts.js";
import { toFactSet, type Ecosystem } from "./synthetic-ecosystem.js";

export interface SingleTransactionResult {
  heap: string;
  seconds: number;
  relationshipsPerSecond?: number;
  error?: string;
}

/** How long the one transaction may run before the probe gives up on it. */
const timeoutMinutes = 20;

export async function probeSingleTransaction(
  ecosystem: Ecosystem,
  log: (message: string) => void,
): Promise<SingleTransactionResult> {
  // The embedded Neo4j's defaults (NEO4J_HEAP, NEO4J_PAGECACHE_MB unset).
  const defaults = parseConfig({}).neo4j;
  const [heap, pageCacheMb] = defaults.mode === "embedded" ? [defaults.heap, defaults.pageCacheMb] : ["1g", 512];
  const dataDir = path.join(projectRoot, ".tmp", `bench-single-tx-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const config = loadConfig().neo4j;
  const javaHome = config.mode === "embedded" ? config.javaHome : undefined;
  const embedded = await startEmbeddedNeo4j({ dataDir, boltPort: await getPort(), heap, pageCacheMb, javaHome, log });
  const driver = createDriver(embedded);
  try {
    await waitForDatabase(driver);
    await assertSchema(driver);
    const facts = toFactSet(ecosystem);
    log(
      `single transaction: loadFacts with ${facts.relationships.length.toLocaleString("en")} relationships, ${heap} heap…`,
    );
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`did not commit within ${timeoutMinutes} min`)),
        timeoutMinutes * 60_000,
      );
    });
    try {
      const report = await Promise.race([loadFacts(driver, facts, { batchSize: 10_000 }), timeout]);
      const seconds = (performance.now() - started) / 1000;
      log(`single transaction: done in ${seconds.toFixed(1)} s`);
      return { heap, seconds, relationshipsPerSecond: report.relationships / seconds };
    } catch (error) {
      const seconds = (performance.now() - started) / 1000;
      log(`single transaction: failed after ${seconds.toFixed(1)} s: ${(error as Error).message.split("\n")[0]}`);
      return { heap, seconds, error: (error as Error).message.split("\n")[0]!.slice(0, 300) };
    } finally {
      clearTimeout(timer);
    }
  } finally {
    // A transaction still running is abandoned with its JVM.
    await embedded.stop(10_000);
    await driver.close().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
}
