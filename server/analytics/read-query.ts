import neo4j, { type Driver, type Record as Neo4jRecord } from "neo4j-driver";

/** Where analytics read from: the driver and the database name. */
export interface GraphReader {
  driver: Driver;
  database: string | undefined;
  /** How long Neo4j may run one query before cancelling it. */
  timeoutMs?: number | undefined;
}

/** Runs a read query (routed to readers in a cluster) and returns its records. */
export async function readQuery(reader: GraphReader, cypher: string, parameters: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
  const { records } = await reader.driver.executeQuery(cypher, parameters, {
    database: reader.database,
    routing: neo4j.routing.READ,
    transactionConfig: reader.timeoutMs ? { timeout: reader.timeoutMs } : undefined,
  });
  return records;
}
