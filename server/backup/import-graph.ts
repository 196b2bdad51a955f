import { createReadStream } from "node:fs";
import readline from "node:readline";
import { createGunzip } from "node:zlib";
import type { Driver } from "neo4j-driver";
import { groupBy } from "../../graph/collections.js";
import { bumpWriteGeneration } from "../../graph/write-generation.js";
import { decodeProperties, type BackupValue } from "./backup-values.js";
import type { BackupHeader, BackupTrailer } from "./export-graph.js";

/** A restore that cannot go on; what it had written is removed. */
export class RestoreError extends Error {
  override name = "RestoreError";
}

/** Marks nodes being restored, so relationships find their ends and a failed restore can be undone. */
const restoring = "MaillageRestoring";
const name = /^[A-Za-z_][A-Za-z0-9_]*$/u;

interface NodeLine {
  node: string;
  labels: string[];
  properties: Record<string, BackupValue>;
}
interface RelationshipLine {
  relationship: string;
  from: string;
  to: string;
  properties: Record<string, BackupValue>;
}

/** Restores a backup file into an EMPTY database, in batches; on failure it removes what it wrote. */
export async function importGraph(
  driver: Driver,
  file: string,
  options: { database?: string | undefined; batchSize?: number; onProgress?: (done: number) => void } = {},
): Promise<{ nodes: number; relationships: number }> {
  const database = options.database;
  const batchSize = options.batchSize ?? 5_000;
  const { records } = await driver.executeQuery("MATCH (n) RETURN count(n) > 0 AS used", {}, { database });
  if (records[0]?.get("used"))
    throw new RestoreError("the database is not empty: restore a backup into an empty database only");

  await driver.executeQuery(
    `CREATE INDEX maillage_restoring IF NOT EXISTS FOR (n:${restoring}) ON (n.backupId)`,
    {},
    { database },
  );
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
  let trailer: BackupTrailer | undefined;
  let nodes: NodeLine[] = [];
  let relationships: RelationshipLine[] = [];
  const written = { nodes: 0, relationships: 0 };
  const progress = () => options.onProgress?.(written.nodes + written.relationships);
  const flushNodes = async () => {
    written.nodes += await writeNodes(driver, database, nodes);
    nodes = [];
    progress();
  };
  const flushRelationships = async () => {
    written.relationships += await writeRelationships(driver, database, relationships);
    relationships = [];
    progress();
  };
  try {
    const lines = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber += 1;
      if (line.trim() === "") continue;
      const entry = JSON.parse(line) as BackupHeader | BackupTrailer | NodeLine | RelationshipLine;
      if (lineNumber === 1) {
        if ((entry as BackupHeader).format !== "maillage-backup")
          throw new RestoreError(`${file} is not a Maillage backup`);
      } else if ("end" in entry) {
        trailer = entry;
      } else if ("node" in entry) {
        if (!entry.labels.every((label) => name.test(label)))
          throw new RestoreError(`line ${lineNumber}: a label is not a plain name`);
        nodes.push(entry);
        if (nodes.length >= batchSize) await flushNodes();
      } else if ("relationship" in entry) {
        if (nodes.length > 0) await flushNodes();
        if (!name.test(entry.relationship))
          throw new RestoreError(`line ${lineNumber}: a relationship type is not a plain name`);
        relationships.push(entry);
        if (relationships.length >= batchSize) await flushRelationships();
      }
    }
    await flushNodes();
    await flushRelationships();
    if (!trailer) throw new RestoreError("the file has no end line: it is truncated");
    if (written.nodes !== trailer.nodes || written.relationships !== trailer.relationships) {
      throw new RestoreError(
        `restored ${written.nodes} nodes and ${written.relationships} relationships, the file announces ${trailer.nodes} and ${trailer.relationships}`,
      );
    }
    await runInBatches(
      driver,
      database,
      `MATCH (n:${restoring}) CALL (n) { REMOVE n:${restoring} REMOVE n.backupId } IN TRANSACTIONS OF 10000 ROWS`,
    );
    return written;
  } catch (error) {
    await runInBatches(
      driver,
      database,
      `MATCH (n:${restoring}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
    );
    throw error instanceof SyntaxError ? new RestoreError(`the file is damaged: ${error.message}`) : error;
  } finally {
    await driver.executeQuery("DROP INDEX maillage_restoring IF EXISTS", {}, { database });
  }
}

/** Creates a batch of nodes, grouped by label set. */
async function writeNodes(driver: Driver, database: string | undefined, lines: NodeLine[]): Promise<number> {
  const groups = groupBy(lines, (line) => line.labels.join(":"));
  for (const [labels, group] of groups) {
    await driver.executeQuery(
      `UNWIND $rows AS row CREATE (n:${restoring}${labels ? `:${labels}` : ""}) SET n = row.properties, n.backupId = row.id`,
      { rows: group.map((line) => ({ id: line.node, properties: decodeProperties(line.properties) })) },
      { database },
    );
  }
  return lines.length;
}

/** Creates a batch of relationships, grouped by type, between restored nodes. */
async function writeRelationships(
  driver: Driver,
  database: string | undefined,
  lines: RelationshipLine[],
): Promise<number> {
  const groups = groupBy(lines, (line) => line.relationship);
  let created = 0;
  for (const [type, group] of groups) {
    const { summary } = await driver.executeQuery(
      `UNWIND $rows AS row
       MATCH (a:${restoring} {backupId: row.from}) MATCH (b:${restoring} {backupId: row.to})
       CREATE (a)-[r:${type}]->(b) SET r = row.properties`,
      { rows: group.map((line) => ({ from: line.from, to: line.to, properties: decodeProperties(line.properties) })) },
      { database },
    );
    created += summary.counters.updates().relationshipsCreated;
  }
  return created;
}

/** Runs a `CALL … IN TRANSACTIONS` query, which needs an auto-commit transaction. */
async function runInBatches(driver: Driver, database: string | undefined, cypher: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run(cypher);
  } finally {
    bumpWriteGeneration();
    await session.close();
  }
}
