import { createWriteStream } from "node:fs";
import { chmod } from "node:fs/promises";
import { once } from "node:events";
import { createGzip } from "node:zlib";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type { Driver } from "neo4j-driver";
import { transactionConfig } from "../../graph/graph-database.js";
import { encodeProperties } from "./backup-values.js";

/** The first line of a backup file. */
export interface BackupHeader {
  format: "maillage-backup";
  version: 1;
  createdAt: string;
}

/** The last line of a backup file: what it holds, so a truncated file is recognised. */
export interface BackupTrailer {
  end: true;
  nodes: number;
  relationships: number;
}

/**
 * Every line of the backup: a header, each node but sign-in sessions, each relationship between exported nodes, and a
 * trailer with the counts. Neo4j Community reads committed data, not a snapshot: a relationship
 * whose end node was created after the node scan is left out, so the file is always consistent.
 */
async function* backupLines(
  driver: Driver,
  database: string | undefined,
  timeoutMs: number | undefined,
  onProgress: (done: number) => void,
): AsyncGenerator<string> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  const tx = await session.beginTransaction(transactionConfig(timeoutMs));
  try {
    const header: BackupHeader = { format: "maillage-backup", version: 1, createdAt: new Date().toISOString() };
    yield `${JSON.stringify(header)}\n`;
    const exported = new Set<string>();
    let relationships = 0;
    // Sign-in sessions are left out: restoring one would bring a signed-out (or stolen) cookie back.
    for await (const record of tx.run(
      "MATCH (n) WHERE NOT n:Session RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties",
    )) {
      const id = record.get("id") as string;
      exported.add(id);
      yield `${JSON.stringify({ node: id, labels: record.get("labels") as string[], properties: encodeProperties(record.get("properties") as Record<string, unknown>, `node ${id}`) })}\n`;
      if (exported.size % 10_000 === 0) onProgress(exported.size);
    }
    for await (const record of tx.run(
      "MATCH (a)-[r]->(b) RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS properties",
    )) {
      const from = record.get("from") as string;
      const to = record.get("to") as string;
      if (!exported.has(from) || !exported.has(to)) continue;
      yield `${JSON.stringify({ relationship: record.get("type") as string, from, to, properties: encodeProperties(record.get("properties") as Record<string, unknown>, `relationship from ${from}`) })}\n`;
      if (++relationships % 10_000 === 0) onProgress(exported.size + relationships);
    }
    const trailer: BackupTrailer = { end: true, nodes: exported.size, relationships };
    yield `${JSON.stringify(trailer)}\n`;
    onProgress(exported.size + relationships);
  } finally {
    await tx.close();
    await session.close();
  }
}

/**
 * Writes the whole graph (nodes, relationships, all properties) to a gzipped JSON-lines file, in one
 * read transaction that Neo4j cancels after `timeoutMs` (BACKUP_TIMEOUT_MS for the CLI).
 */
export async function exportGraph(
  driver: Driver,
  file: string,
  options: { database?: string | undefined; timeoutMs?: number | undefined; onProgress?: (done: number) => void } = {},
): Promise<void> {
  // Readable by its owner only: the file holds the accounts' password hashes and API-token digests.
  const out = createWriteStream(file, { mode: 0o600 });
  await once(out, "open");
  // `mode` applies only to a new file: an older backup overwritten keeps its permissions otherwise.
  await chmod(file, 0o600);
  await pipeline(
    Readable.from(backupLines(driver, options.database, options.timeoutMs, options.onProgress ?? (() => {}))),
    createGzip(),
    out,
  );
}
