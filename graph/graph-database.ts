// Data access for the API's reads and edits: the database name, the query time-out, retries and
// bookmarks set in one place. (The loader, backup and health probe open sessions of their own.)
import neo4j, {
  isRetryableError,
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
} from "neo4j-driver";
import { bumpWriteGeneration } from "./write-generation.js";

/** Where the graph is: the driver, the database name and the time-out of one query. */
export interface GraphDatabase {
  driver: Driver;
  database: string | undefined;
  /** How long Neo4j may run one query or transaction before cancelling it. */
  timeoutMs?: number | undefined;
}

/** The transaction settings of a time-out in milliseconds (none when unset). */
export function transactionConfig(timeoutMs: number | undefined): { timeout?: number } | undefined {
  return timeoutMs ? { timeout: timeoutMs } : undefined;
}

/**
 * Runs a read query (routed to readers in a cluster) and returns its records.
 *
 * An auto-commit transaction: RUN and PULL in one round trip, where a managed transaction adds
 * BEGIN and COMMIT. On the entity lookup that is 20 % less CPU in the server and in Neo4j
 * (docs/BENCHMARKS.md). A managed transaction's retries are kept where they matter: a read that
 * fails with a retryable error (a pooled connection broken by a restart, a leader change) is run
 * once more on a fresh session; reads have no side effect to repeat.
 */
export async function readQuery(
  graph: GraphDatabase,
  cypher: string,
  parameters: Record<string, unknown> = {},
): Promise<Neo4jRecord[]> {
  try {
    return await runRead(graph, cypher, parameters);
  } catch (error) {
    if (!isRetryableError(error)) throw error;
    return runRead(graph, cypher, parameters);
  }
}

async function runRead(
  graph: GraphDatabase,
  cypher: string,
  parameters: Record<string, unknown>,
): Promise<Neo4jRecord[]> {
  // The bookmarks `executeQuery` writes leave, as before: in a cluster a read follows the writes.
  const session = graph.driver.session({
    database: graph.database,
    defaultAccessMode: neo4j.session.READ,
    bookmarkManager: graph.driver.executeQueryBookmarkManager,
  });
  try {
    const { records } = await session.run(cypher, parameters, transactionConfig(graph.timeoutMs));
    return records;
  } finally {
    await session.close();
  }
}

/** Runs `work` in one write transaction (all or nothing), retried by the driver on transient errors. */
export async function writeTransaction<T>(
  graph: GraphDatabase,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = graph.driver.session({
    database: graph.database,
    defaultAccessMode: neo4j.session.WRITE,
    bookmarkManager: graph.driver.executeQueryBookmarkManager,
  });
  try {
    return await session.executeWrite(work, transactionConfig(graph.timeoutMs));
  } finally {
    // Caches computed from the graph are dropped whatever the outcome (a failed commit may have landed).
    bumpWriteGeneration();
    await session.close();
  }
}
