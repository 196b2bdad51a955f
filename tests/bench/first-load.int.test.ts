// The first load with Neo4j's import tool: a tiny ecosystem imported into a store of its own (an
// embedded Neo4j started on it afterwards) holds exactly what the online loader writes into the test
// Neo4j, value types included; a started store and a dangling relationship are refused.
import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import getPort from "get-port";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { assertSchema } from "../../graph/store-schema.js";
import { loadConfig, projectRoot } from "../../server/config.js";
import { createDriver, waitForDatabase } from "../../server/neo4j/driver.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../server/neo4j/embedded-neo4j.js";
import { TestServer } from "../helpers/test-server.js";
import { bulkLoad } from "./bulk-load.js";
import { importEcosystem, type FirstLoadReport } from "./first-load.js";
import { generateEcosystem, ecosystemSize, type Ecosystem } from "./synthetic-ecosystem.js";

/** The JDK the test Neo4j runs on. */
function javaHome(): string | undefined {
  const { neo4j: settings } = loadConfig();
  return settings.mode === "embedded" ? settings.javaHome : undefined;
}

const importMemory = { heap: "512m", maxOffHeapMemory: "256M", log: () => {} };

/** A value with its Neo4j type, so that an Integer and a Float of the same number differ. */
function typed(value: unknown): unknown {
  if (neo4j.isInt(value)) return `int ${value.toString()}`;
  if (neo4j.isDate(value)) return `date ${value.toString()}`;
  if (typeof value === "number") return `float ${value}`;
  if (Array.isArray(value)) return value.map(typed);
  return value;
}

/** Every node and relationship of `source` as text: what identifies it, then its typed properties by name; sorted. */
async function dump(driver: Driver, database: string | undefined, source: string) {
  const rows = async (cypher: string) => {
    const { records } = await driver.executeQuery(cypher, { source }, { database });
    return records
      .map((record) => {
        const properties = record.get("properties") as Record<string, unknown>;
        const sorted = Object.entries(properties)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, value]) => [name, typed(value)]);
        return JSON.stringify([record.get("head"), sorted]);
      })
      .sort();
  };
  return {
    nodes: await rows("MATCH (n) WHERE $source IN n.sources RETURN labels(n) AS head, properties(n) AS properties"),
    relationships: await rows(
      `MATCH (a)-[r]->(b) WHERE r.source = $source
       RETURN [type(r), labels(a), coalesce(a.id, a.code), labels(b), coalesce(b.id, b.code)] AS head, properties(r) AS properties`,
    ),
  };
}

describe("the first load with Neo4j's import tool", () => {
  const database = inject("neo4j").database;
  const dataDirs: string[] = [];
  const newDataDir = () => {
    const dir = mkdtempSync(path.join(projectRoot, ".tmp", "import-test-"));
    dataDirs.push(dir);
    return dir;
  };
  let server: TestServer;
  let ecosystem: Ecosystem;
  let report: FirstLoadReport;
  let imported: EmbeddedNeo4j | undefined;
  let importedDriver: Driver | undefined;
  let importedDir: string;

  beforeAll(async () => {
    server = await TestServer.start();
    const tag = server.uniqueId("imp").replace("-", "");
    ecosystem = generateEcosystem({ scale: "tiny", source: server.source, keyPrefix: `${tag}-`, nameTag: tag });
    importedDir = newDataDir();
    report = await importEcosystem(ecosystem, importedDir, importMemory);
    imported = await startEmbeddedNeo4j({
      dataDir: importedDir,
      boltPort: await getPort(),
      heap: "512m",
      pageCacheMb: 64,
      javaHome: javaHome(),
    });
    importedDriver = createDriver(imported);
    await waitForDatabase(importedDriver);
    await assertSchema(importedDriver);
    await bulkLoad(server.driver, ecosystem, { database, batchSize: 100 });
  }, 300_000);

  afterAll(async () => {
    await importedDriver?.close();
    await imported?.stop();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
    await server?.close();
  });

  it("stores what the online loader stores: the same nodes and relationships, each value of the same type", async () => {
    const size = ecosystemSize(ecosystem);
    expect([report.nodes, report.relationships]).toEqual([size.nodes, size.relationships]);
    const fromImport = await dump(importedDriver!, undefined, server.source);
    const online = await dump(server.driver, database, server.source);
    expect(fromImport.nodes).toHaveLength(size.nodes);
    expect(fromImport.relationships).toHaveLength(size.relationships);
    expect(fromImport.nodes).toEqual(online.nodes);
    expect(fromImport.relationships).toEqual(online.relationships);
    // Spot checks of the typing the comparison relies on.
    expect(fromImport.nodes.join("\n")).toContain('["revenue","float ');
    expect(fromImport.relationships.join("\n")).toContain('["year","int ');
  });

  it("is followed by the constraints and indexes, online on the imported data", async () => {
    const { records } = await importedDriver!.executeQuery(
      "SHOW INDEXES YIELD name, state WHERE name IN ['organization_id_unique', 'entity_search'] RETURN name, state ORDER BY name",
    );
    expect(records.map((record) => [record.get("name"), record.get("state")])).toEqual([
      ["entity_search", "ONLINE"],
      ["organization_id_unique", "ONLINE"],
    ]);
  });

  it("refuses a data folder whose store has already started", async () => {
    await expect(importEcosystem(ecosystem, importedDir, importMemory)).rejects.toThrow(
      /already holds a database: a first load with the import tool needs a data folder that was never started/u,
    );
  });

  it("fails with the tool's own message when a relationship points at no node", async () => {
    const dangling: Ecosystem = {
      ...ecosystem,
      relationshipGroups: [
        {
          ...ecosystem.relationshipGroups[0]!,
          size: 1,
          fact: (index) => ({ ...ecosystem.relationshipGroups[0]!.fact(index), to: "Territory:nowhere" }),
        },
      ],
    };
    const dir = newDataDir();
    await expect(importEcosystem(dangling, dir, importMemory)).rejects.toThrow(
      /neo4j-admin database import failed \(exit \d+\)[\s\S]*nowhere/u,
    );
  });
});
