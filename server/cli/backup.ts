// `npm run export -- [--out file]` writes the whole graph to a gzipped JSON-lines backup;
// `npm run import-backup -- --file file` restores one into an empty database.
import { statSync } from "node:fs";
import { parseArgs } from "node:util";
import { exportGraph } from "../backup/export-graph.js";
import { importGraph, RestoreError } from "../backup/import-graph.js";
import { loadConfig } from "../config.js";
import { EmbeddedNeo4jError } from "../neo4j/embedded-neo4j-error.js";
import { startDatabase } from "../neo4j/start-database.js";

const log = (message: string) => console.error(`[backup] ${message}`);
const progress = (done: number) => log(`${done} nodes and relationships…`);

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({ args: rest, options: { out: { type: "string" }, file: { type: "string" } } });
  if (command !== "export" && command !== "import") {
    console.error(
      "Usage: npm run export -- [--out maillage-backup.jsonl.gz] | npm run import-backup -- --file <backup>",
    );
    process.exit(2);
  }
  const file =
    command === "export"
      ? (values.out ?? `maillage-backup-${new Date().toISOString().slice(0, 10)}.jsonl.gz`)
      : values.file;
  if (!file) {
    console.error("Usage: npm run import-backup -- --file <backup>");
    process.exit(2);
  }
  const config = loadConfig();
  const database = await startDatabase(config, log);
  try {
    const started = performance.now();
    if (command === "export") {
      await exportGraph(database.driver, file, {
        database: database.database,
        timeoutMs: config.backupTimeoutMs,
        onProgress: progress,
      });
      log(`wrote ${file} (${statSync(file).size} bytes) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } else {
      const restored = await importGraph(database.driver, file, { database: database.database, onProgress: progress });
      log(
        `restored ${restored.nodes} nodes and ${restored.relationships} relationships in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof RestoreError || error instanceof EmbeddedNeo4jError ? `[backup] ${error.message}` : error,
  );
  process.exit(1);
});
