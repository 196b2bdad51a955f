// A first load with Neo4j's own import tool (`neo4j-admin database import full`, the class
// org.neo4j.cli.AdminTool of the embedded build's jars): CSV files written into the store of an
// embedded Neo4j that has never started, before startEmbeddedNeo4j opens it. Constraints and
// indexes are not part of it: the first start asserts them (graph/store-schema.ts).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EmbeddedNeo4jError } from "./embedded-neo4j-error.js";
import { buildLauncherIfStale, embeddedClasspath, findJava } from "./embedded-neo4j.js";

/** One CSV input of the import: its header file and its data files. */
export interface ImportFiles {
  /** A node label, or a relationship type. */
  name: string;
  header: string;
  data: string[];
}

export interface EmbeddedImportOptions {
  /** The embedded Neo4j's data folder (MAILLAGE_DATA_DIR), as startEmbeddedNeo4j takes it. */
  dataDir: string;
  nodes: ImportFiles[];
  relationships: ImportFiles[];
  /** The character between the items of an array cell. */
  arrayDelimiter: string;
  /** Whether a quoted cell may hold a line break (slower: such files are not split across threads). */
  multilineFields: boolean;
  /** The import tool's JVM heap, e.g. "1g"; its caches live off heap. */
  heap: string;
  /** Off-heap memory the tool may use, e.g. "2G". */
  maxOffHeapMemory: string;
  javaHome?: string | undefined;
  log?: (message: string) => void;
}

export interface EmbeddedImportReport {
  /** From the tool's start to its exit, its JVM's start included. */
  seconds: number;
  /** The import's own time, as the tool reports it ("IMPORT DONE in 1m 2s 81ms"). */
  importSeconds: number | undefined;
  /** The tool's own summary lines ("IMPORT DONE in …", the counts). */
  summary: string[];
}

/** Imports CSV files into the never-started store under `dataDir`; resolves when the tool is done. */
export async function importIntoEmbeddedStore(options: EmbeddedImportOptions): Promise<EmbeddedImportReport> {
  const log = options.log ?? (() => {});
  const home = path.join(options.dataDir, "neo4j");
  if (existsSync(path.join(home, "data", "databases", "neo4j"))) {
    throw new EmbeddedNeo4jError(
      `the store at ${home} already holds a database: a first load with the import tool needs a data folder that was never started`,
    );
  }
  const java = findJava(options.javaHome);
  buildLauncherIfStale(options.javaHome, log);
  const conf = path.join(home, "conf");
  mkdirSync(conf, { recursive: true });
  mkdirSync(path.join(home, "logs"), { recursive: true });
  // The tool reads neo4j.conf from NEO4J_CONF; the embedded database keeps every default but these.
  writeFileSync(path.join(conf, "neo4j.conf"), "");
  const reportFile = path.join(home, "logs", "import.report");
  const files = (kind: "nodes" | "relationships", inputs: ImportFiles[]) =>
    inputs.map((input) => `--${kind}=${input.name}=${[input.header, ...input.data].join(",")}`);
  const args = [
    `-Xmx${options.heap}`,
    "-XX:+UseG1GC",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "-cp",
    embeddedClasspath,
    "org.neo4j.cli.AdminTool",
    "database",
    "import",
    "full",
    // Since 5.19 the database name comes before the options.
    "neo4j",
    // Prints the cause of a failure (the bad row, the missing node) instead of "Error in input data".
    "--verbose",
    `--array-delimiter=${options.arrayDelimiter}`,
    `--multiline-fields=${options.multilineFields}`,
    `--max-off-heap-memory=${options.maxOffHeapMemory}`,
    `--report-file=${reportFile}`,
    ...files("nodes", options.nodes),
    ...files("relationships", options.relationships),
  ];
  const started = performance.now();
  const output = await run(java, args, { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf });
  const seconds = (performance.now() - started) / 1000;
  if (output.code !== 0) {
    // Without --verbose the tool says only "Error in input data"; with it, the cause follows its stack trace.
    const cause = [
      ...new Set(
        output.lines
          .filter((line) => /IMPORT FAILED|data source:|in field:|original error:/u.test(line))
          .map((line) => line.trim()),
      ),
    ];
    const fallback = output.lines.filter((line) => !line.startsWith("..........") && !/^\s+at /u.test(line));
    throw new EmbeddedNeo4jError(
      `neo4j-admin database import failed (exit ${output.code}): ${(cause.length > 1 ? cause : fallback.slice(-8)).join("\n")}`,
    );
  }
  const summary = output.lines.filter((line) => /IMPORT DONE|Imported:|nodes$|relationships$|properties$/u.test(line));
  log(`import tool: ${summary.join("; ")}`);
  return { seconds, importSeconds: reportedSeconds(output.lines), summary };
}

/** The duration of the tool's "IMPORT DONE in 1h 2m 3s 81ms." line, in seconds. */
export function reportedSeconds(lines: string[]): number | undefined {
  const done = lines.find((line) => line.includes("IMPORT DONE in "));
  if (!done) return undefined;
  const factors: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001 };
  return [...done.slice(done.indexOf("IMPORT DONE in ")).matchAll(/(\d+)(ms|h|m|s)\b/gu)].reduce(
    (total, [, amount, unit]) => total + Number(amount) * factors[unit!]!,
    0,
  );
}

/** Runs a command to its end; resolves with its exit code and its output's lines (stdout and stderr). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    const chunks: string[] = [];
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => chunks.push(chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => chunks.push(chunk));
    child.once("error", reject);
    child.once("close", (code) =>
      resolve({
        code: code ?? 1,
        lines: chunks
          .join("")
          .split("\n")
          .map((line) => line.trimEnd())
          .filter(Boolean),
      }),
    );
  });
}
