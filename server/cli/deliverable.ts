// `npm run deliverable -- --table participants-per-event --year 2024 --format xlsx --out file.xlsx`:
// generates a table of the 2024 convention from the configured Neo4j (the embedded one unless
// NEO4J_URI is set; while `npm start` runs, point NEO4J_URI at bolt://127.0.0.1:7687 and
// NEO4J_PASSWORD at data/neo4j-password's content). `--list` shows the tables. Without --out, CSV and JSON go to standard output.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.js";
import { EmbeddedNeo4jError } from "../neo4j/embedded-neo4j-error.js";
import { startDatabase } from "../neo4j/start-database.js";
import { toCsv, toXlsx } from "../deliverables/deliverable-files.js";
import { DeliverableError, type DeliverableParams } from "../deliverables/deliverable-table.js";
import { buildDeliverable, deliverableTables } from "../deliverables/deliverable-tables.js";

const log = (message: string) => console.error(`[deliverable] ${message}`);

const usage = `Usage: npm run deliverable -- --table ID [--year 2024] [--format csv|xlsx|json] [--out FILE]
       [--territory 242500361] [--pole pmt] [--programme pmt-animation-2024] [--markets HEALTH,ASD]
       npm run deliverable -- --list`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      table: { type: "string" },
      year: { type: "string" },
      format: { type: "string", default: "csv" },
      out: { type: "string" },
      territory: { type: "string" },
      pole: { type: "string" },
      programme: { type: "string" },
      markets: { type: "string" },
      list: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.list) {
    for (const table of deliverableTables)
      console.log(`${table.id.padEnd(24)} ${table.title} (${table.reference}; parameters: ${table.params.join(", ")})`);
    return 0;
  }
  if (values.help || !values.table) {
    console.log(usage);
    return values.help ? 0 : 1;
  }
  const format = values.format;
  if (format !== "csv" && format !== "xlsx" && format !== "json")
    throw new DeliverableError(`--format must be csv, xlsx or json (got ${format})`, "BAD_USER_INPUT");
  if (format === "xlsx" && !values.out)
    throw new DeliverableError("an XLSX file needs --out file.xlsx", "BAD_USER_INPUT");
  if (values.year !== undefined && !/^\d{4}$/u.test(values.year))
    throw new DeliverableError(`--year must be four digits (got ${values.year})`, "BAD_USER_INPUT");
  const params: DeliverableParams = {
    ...(values.year ? { year: Number(values.year) } : {}),
    ...(values.territory ? { territory: values.territory } : {}),
    ...(values.pole ? { pole: values.pole } : {}),
    ...(values.programme ? { programme: values.programme } : {}),
    ...(values.markets ? { markets: values.markets.split(",") } : {}),
  };
  const database = await startDatabase(loadConfig(), log);
  try {
    const table = await buildDeliverable(database.driver, values.table, params, { database: database.database });
    const content =
      format === "xlsx" ? await toXlsx(table) : format === "csv" ? toCsv(table) : JSON.stringify(table, null, 2);
    if (values.out) {
      await writeFile(values.out, content);
      log(`${table.title}: ${table.rows.length} rows written to ${values.out}`);
    } else {
      process.stdout.write(content);
    }
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = [ConfigError, EmbeddedNeo4jError, DeliverableError].some((type) => error instanceof type);
    console.error(known ? `[deliverable] ${(error as Error).message}` : error);
    process.exit(1);
  },
);
