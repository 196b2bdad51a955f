// `npm run import -- --kind members --file adherents.csv [--dry-run] [--json]`: imports a CSV table
// into the configured Neo4j (the embedded one unless NEO4J_URI is set; while `npm start` runs, point
// NEO4J_URI at its Bolt port, bolt://127.0.0.1:7687, and NEO4J_PASSWORD at data/neo4j-password's
// content). Exit code 0 when ready or imported, 2 when
// the file was rejected (nothing written), 1 on any other failure.
import { readFile } from "node:fs/promises";
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.js";
import { EmbeddedNeo4jError } from "../neo4j/embedded-neo4j-error.js";
import { startDatabase } from "../neo4j/start-database.js";
import { importKinds } from "../import/columns.js";
import { commitImport, ImportRequestError, planImport } from "../import/import-csv.js";
import { formatImportReport } from "../import/format-report.js";

const log = (message: string) => console.error(`[import] ${message}`);

const usage = `Usage: npm run import -- --kind ${importKinds.join("|")} --file path.csv [--dry-run] [--json] [--pole pmt] [--user marie]
  --dry-run  read, match and try the write in a transaction that is rolled back: report only
  --json     print the full report as JSON instead of text
  --pole     the pole a members file lists members of (default pmt)
  --user     who imports, for the audit trail (default: the system user)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      kind: { type: "string" },
      file: { type: "string" },
      pole: { type: "string" },
      user: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help || !values.kind || !values.file) {
    console.log(usage);
    return values.help ? 0 : 1;
  }
  const bytes = await readFile(values.file);
  const database = await startDatabase(loadConfig(), log);
  try {
    const by = values.user ?? `${userInfo().username} (command line)`;
    const input = {
      kind: values.kind,
      fileName: values.file,
      bytes,
      database: database.database,
      pole: values.pole,
      by,
    };
    const options = { onProgress: log };
    const report = values["dry-run"]
      ? await planImport(database.driver, input, options)
      : await commitImport(database.driver, input, options);
    console.log(values.json ? JSON.stringify(report, null, 2) : formatImportReport(report));
    return report.status === "rejected" ? 2 : 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known =
      [ConfigError, EmbeddedNeo4jError, ImportRequestError].some((type) => error instanceof type) ||
      (error as NodeJS.ErrnoException).code === "ENOENT";
    console.error(known ? `[import] ${(error as Error).message}` : error);
    process.exit(1);
  },
);
