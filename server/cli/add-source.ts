// `npm run add-source -- <file> [--dry-run] [--title …] [--publisher …] [--url …] [--kind …]
// [--language fr] [--date YYYY-MM-DD] [--user marie] [--json]`: adds a source document (PDF, web
// page, plain text) to the configured Neo4j, as the upload route does: its text, its original file
// under SOURCES_DIR, a deliberation's council facts, the suggestions found in it.
// Exit code 0 when added (or ready, or already known), 2 when the file was refused (nothing
// written), 1 on any other failure.
import { readFile, stat } from "node:fs/promises";
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.js";
import { EmbeddedNeo4jError } from "../neo4j/embedded-neo4j-error.js";
import { startDatabase } from "../neo4j/start-database.js";
import { addSource, type AddSourceReport } from "../sources/add-source.js";
import { SourceError } from "../sources/source-errors.js";
import { describeProgress } from "../sources/source-progress.js";

const log = (message: string) => console.error(`[add-source] ${message}`);

const usage = `Usage: npm run add-source -- <file> [--dry-run] [--title …] [--publisher …] [--url …] [--kind ARTICLE] [--language fr] [--date YYYY-MM-DD] [--user marie] [--json]
  --dry-run  read the file, find its facts and suggestions, try the write and roll it back: report only`;

/** The report in a few lines. */
function formatReport(report: AddSourceReport): string {
  const { document } = report;
  const lines = [
    `${report.status === "known" ? "Already known" : report.dryRun ? "Ready (dry run, nothing written)" : "Added"}: ${document.id}`,
    `  "${document.title}" — ${document.kind}, ${document.format}, ${document.pages} page(s), ${document.characters} characters`,
    `  suggestions: ${report.suggestions}`,
  ];
  if (report.councilFacts)
    lines.push(
      `  council facts: ${report.councilFacts.relationships} relationships, ${report.councilFacts.nodes} nodes`,
      ...report.councilFacts.warnings.map((warning) => `  warning: ${warning}`),
    );
  return lines.join("\n");
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: "string" },
      publisher: { type: "string" },
      url: { type: "string" },
      kind: { type: "string" },
      language: { type: "string" },
      date: { type: "string" },
      user: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  const file = positionals[0];
  if (values.help || !file) {
    console.log(usage);
    return values.help ? 0 : 1;
  }
  const config = loadConfig();
  const size = (await stat(file)).size;
  if (size > config.sources.maxBytes)
    throw new SourceError(
      "TOO_LARGE",
      `${file} is larger than the limit of ${config.sources.maxBytes} bytes (SOURCE_MAX_MB).`,
    );
  const bytes = await readFile(file);
  const database = await startDatabase(config, log);
  try {
    const report = await addSource(
      { driver: database.driver, database: database.database, dir: config.sources.dir },
      database.driver,
      {
        bytes,
        fileName: file,
        metadata: values,
        by: values.user ?? `${userInfo().username} (command line)`,
        dryRun: values["dry-run"],
        onProgress: (progress) => {
          // Every page (or part) of a short document, every 25th of a long one, and the last.
          const [done, total] =
            progress.stage === "read"
              ? [progress.page, progress.pages]
              : progress.stage === "scan"
                ? [progress.part, progress.parts]
                : [1, 1];
          if (total <= 50 || done % 25 === 0 || done === total) log(describeProgress(progress));
        },
      },
    );
    console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof SourceError) {
      console.error(`[add-source] ${error.message}`);
      process.exit(2);
    }
    const known =
      [ConfigError, EmbeddedNeo4jError].some((type) => error instanceof type) ||
      (error as NodeJS.ErrnoException).code === "ENOENT";
    console.error(known ? `[add-source] ${(error as Error).message}` : error);
    process.exit(1);
  },
);
