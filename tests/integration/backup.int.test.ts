// Backup and restore in Community edition: a round trip is lossless; a bad file changes nothing.
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, rmSync, statSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import getPort from "get-port";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportGraph } from "../../server/backup/export-graph.js";
import { importGraph, RestoreError } from "../../server/backup/import-graph.js";
import { projectRoot } from "../../server/config.js";
import { createDriver } from "../../server/neo4j/driver.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../server/neo4j/embedded-neo4j.js";
import { assertSchema } from "../../graph/store-schema.js";
import { seedDatabase } from "../../seed/seed-database.js";

/** Reads a backup's lines. */
async function lines(file: string): Promise<string[]> {
  const result: string[] = [];
  for await (const line of readline.createInterface({ input: createReadStream(file).pipe(createGunzip()) }))
    result.push(line);
  return result;
}

/** The graph of a backup file without element ids: sorted node and relationship descriptions. */
async function canonical(file: string): Promise<string[]> {
  const entries = (await lines(file)).slice(1, -1).map((line) => JSON.parse(line) as Record<string, unknown>);
  const sorted = (value: unknown) =>
    JSON.stringify(value, (_, v: unknown) =>
      v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
    );
  const nodes = new Map(
    entries
      .filter((entry) => "node" in entry)
      .map((entry) => [entry.node as string, sorted({ labels: entry.labels, properties: entry.properties })]),
  );
  const relationships = entries
    .filter((entry) => "relationship" in entry)
    .map((entry) =>
      sorted({
        type: entry.relationship,
        from: nodes.get(entry.from as string),
        to: nodes.get(entry.to as string),
        properties: entry.properties,
      }),
    );
  return [...nodes.values(), ...relationships].sort();
}

describe("backup and restore", () => {
  const dir = path.join(projectRoot, ".tmp", `backup-${randomUUID().slice(0, 8)}`);
  let neo4j: EmbeddedNeo4j;
  let driver: Driver;
  const wipe = () => driver.executeQuery("MATCH (n) DETACH DELETE n");
  const count = async () => {
    const { records } = await driver.executeQuery("MATCH (n) RETURN count(n) AS count");
    return Number(records[0]!.get("count"));
  };

  beforeAll(async () => {
    neo4j = await startEmbeddedNeo4j({
      dataDir: path.join(dir, "db"),
      boltPort: await getPort(),
      heap: "512m",
      pageCacheMb: 64,
    });
    driver = createDriver(neo4j);
    await assertSchema(driver);
    await seedDatabase(driver);
    await driver.executeQuery(
      "CREATE (:Organization {id: 'types', name: 'Types « variés »', kind: 'OTHER', headcount: 9007199254740, revenue: 1.5, aliases: ['a', 'b'], active: true, sources: ['test']})",
    );
  });
  afterAll(async () => {
    await driver?.close();
    await neo4j?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("restores into an empty database exactly what was exported: nodes, relationships, properties, evidence", async () => {
    const first = path.join(dir, "first.jsonl.gz");
    const second = path.join(dir, "second.jsonl.gz");
    await exportGraph(driver, first);
    const exported = await canonical(first);
    expect(exported.length).toBeGreaterThan(1_000);
    await wipe();
    const restored = await importGraph(driver, first);
    expect(restored.nodes + restored.relationships).toBe(exported.length);
    await exportGraph(driver, second);
    expect(await canonical(second)).toEqual(exported);
    const { records } = await driver.executeQuery(
      "MATCH (o:Organization {id: 'types'}) RETURN o.headcount AS headcount, o.revenue AS revenue",
    );
    expect(records[0]!.get("headcount").toString()).toBe("9007199254740");
    expect(records[0]!.get("revenue")).toBe(1.5);
  });

  it("refuses to restore into a database that is not empty", async () => {
    const file = path.join(dir, "again.jsonl.gz");
    await exportGraph(driver, file);
    await expect(importGraph(driver, file)).rejects.toThrow(/not empty/);
  });

  it("keeps accounts but not their sign-in sessions, in a file only its owner can read", async () => {
    await driver.executeQuery(
      `CREATE (:Session {id: 'backup-session', createdAt: datetime()})-[:SESSION_OF]->(:Account {id: 'backup-account', email: 'sauvegarde@example.org'})`,
    );
    const file = path.join(dir, "accounts.jsonl.gz");
    await exportGraph(driver, file);
    const entries = (await lines(file)).map((line) => JSON.parse(line) as { labels?: string[]; relationship?: string });
    expect(entries.some((entry) => entry.labels?.includes("Account"))).toBe(true);
    expect(entries.filter((entry) => entry.labels?.includes("Session") || entry.relationship === "SESSION_OF")).toEqual(
      [],
    );
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await driver.executeQuery("MATCH (n) WHERE n.id IN ['backup-session', 'backup-account'] DETACH DELETE n");
  });

  it("leaves nothing behind when the file is truncated", async () => {
    const full = path.join(dir, "full.jsonl.gz");
    const truncated = path.join(dir, "truncated.jsonl.gz");
    await exportGraph(driver, full);
    const all = await lines(full);
    await pipeline(
      Readable.from(all.slice(0, Math.floor(all.length / 2)).map((line) => `${line}\n`)),
      createGzip(),
      createWriteStream(truncated),
    );
    await wipe();
    await expect(importGraph(driver, truncated)).rejects.toThrow(RestoreError);
    expect(await count()).toBe(0);
  });
});
