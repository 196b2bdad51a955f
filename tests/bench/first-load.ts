// The benchmark's first load: the ecosystem written as CSV, imported by Neo4j's own import tool into
// the store of an embedded Neo4j that has not started yet (server/neo4j/embedded-import.ts). The
// constraints and indexes are built when the database first starts (bench-database.ts times them).
import { rmSync } from "node:fs";
import path from "node:path";
import { loadConfig, projectRoot } from "../../server/config.js";
import { importIntoEmbeddedStore } from "../../server/neo4j/embedded-import.js";
import { arrayDelimiter, writeImportCsv } from "./import-csv.js";
import { cpuMeter, exitedChildrenCpuSeconds } from "./process-stats.js";
import { ecosystemSize, type Ecosystem } from "./synthetic-ecosystem.js";

export interface FirstLoadReport {
  nodes: number;
  relationships: number;
  /** Writing the CSV files (the benchmark's own work, not the import's). */
  csvSeconds: number;
  csvMb: number;
  /** The import tool, from start to exit (its JVM's start included). */
  importSeconds: number;
  /** Building the constraints and indexes at the first start, over the imported data. */
  schemaSeconds?: number | undefined;
  /** The import's own time, as the tool reports it (without its JVM's start). */
  toolReportedSeconds?: number | undefined;
  /** Relationships per second of the import tool, from its start to its exit. */
  relationshipsPerSecond: number;
  /** CPU seconds of the import tool's JVM and of the benchmark (which wrote the CSV). */
  cpuSeconds: { importTool: number | undefined; csv: number | undefined };
}

/** The JDK the embedded Neo4j runs on (JAVA_HOME), for the import tool too. */
function embeddedJavaHome(): string | undefined {
  const { neo4j } = loadConfig();
  return neo4j.mode === "embedded" ? neo4j.javaHome : undefined;
}

/** Writes the ecosystem's CSV under .tmp/, imports it into `dataDir`'s store, deletes the CSV. */
export async function importEcosystem(
  ecosystem: Ecosystem,
  dataDir: string,
  options: { heap: string; maxOffHeapMemory: string; log: (message: string) => void },
): Promise<FirstLoadReport> {
  const csvDir = path.join(projectRoot, ".tmp", `bench-import-${process.pid}`);
  rmSync(csvDir, { recursive: true, force: true });
  try {
    options.log("writing the import tool's CSV files…");
    const csvMeter = cpuMeter({});
    const csv = await writeImportCsv(ecosystem, csvDir);
    const csvCpu = csvMeter.stop().bench;
    options.log(`${Math.round(csv.bytes / 2 ** 20)} MB of CSV in ${csv.seconds.toFixed(1)} s; importing…`);
    const childrenBefore = exitedChildrenCpuSeconds();
    const imported = await importIntoEmbeddedStore({
      dataDir,
      nodes: csv.nodes,
      relationships: csv.relationships,
      arrayDelimiter,
      multilineFields: csv.multilineFields,
      heap: options.heap,
      maxOffHeapMemory: options.maxOffHeapMemory,
      javaHome: embeddedJavaHome(),
      log: options.log,
    });
    const childrenAfter = exitedChildrenCpuSeconds();
    const size = ecosystemSize(ecosystem);
    options.log(
      `imported in ${imported.seconds.toFixed(1)} s: ${Math.round(size.relationships / imported.seconds).toLocaleString("en")} relationships/s`,
    );
    return {
      nodes: size.nodes,
      relationships: size.relationships,
      csvSeconds: csv.seconds,
      csvMb: csv.bytes / 2 ** 20,
      importSeconds: imported.seconds,
      toolReportedSeconds: imported.importSeconds,
      relationshipsPerSecond: size.relationships / imported.seconds,
      cpuSeconds: {
        importTool:
          childrenBefore === undefined || childrenAfter === undefined ? undefined : childrenAfter - childrenBefore,
        csv: csvCpu,
      },
    };
  } finally {
    rmSync(csvDir, { recursive: true, force: true });
  }
}
