// `npm run registry -- --establishments StockEtablissement.csv [--units StockUniteLegale.csv]
//   [--departement 25 | --communes 25056,25527 | --sirens 123456789,…] [--date 2024-11-01]
//   [--establishment-scope head-office|all] [--dry-run] [--json]`
// Streams the Sirene stock files (bounded memory, progress on stderr), reconciles the graph's
// organisations and stores every match for an admin's review (the app's "Registre" page). Exit code
// 0 when done, 2 for a bad file, filter or date (nothing written), 1 on any other failure.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.js";
import { EmbeddedNeo4jError } from "../neo4j/embedded-neo4j-error.js";
import { startDatabase } from "../neo4j/start-database.js";
import { establishmentScopes, RegistryFileError, type EstablishmentScope } from "../registry/read-stock-files.js";
import { RegistryFilterError } from "../registry/registry-filter.js";
import { formatRegistryReport, importRegistry, RegistryDateError } from "../registry/registry-import.js";

const log = (message: string) => console.error(`[registry] ${message}`);

const usage = `Usage: npm run registry -- --establishments StockEtablissement.csv [--units StockUniteLegale.csv]
       [--departement 25 | --communes 25056,25527 | --sirens 123456789,...] [--date YYYY-MM-DD]
       [--establishment-scope head-office|all] [--dry-run] [--json]
  --establishments  the establishment stock file (CSV, official columns), read as a stream
  --units           the company stock file: names, acronyms, legal category, closed status
  --departement     keep head offices in this département (the filters add up)
  --communes        keep head offices in these communes (INSEE codes, comma-separated)
  --sirens          keep these companies (SIRENs, comma-separated)
  --date            the files' date, the date of every fact they give (default: the file's modification day)
  --establishment-scope
                    head-office (default): an accepted match locates the head office; all: also each open
                    secondary establishment that passes the filter, each with its own sirene:<siret> source
  --dry-run         read, reconcile and try the write in a transaction that is rolled back: report only
  --json            print the full report as JSON`;

const split = (value: string | undefined) =>
  value
    ?.split(",")
    .map((item) => item.trim())
    .filter(Boolean);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      establishments: { type: "string" },
      units: { type: "string" },
      departement: { type: "string" },
      communes: { type: "string" },
      sirens: { type: "string" },
      date: { type: "string" },
      "establishment-scope": { type: "string", default: "head-office" },
      "dry-run": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help || !values.establishments) {
    console.log(usage);
    return values.help ? 0 : 1;
  }
  const scope = values["establishment-scope"];
  if (!(establishmentScopes as readonly string[]).includes(scope)) {
    console.error(`[registry] --establishment-scope "${scope}" is not one of ${establishmentScopes.join(", ")}`);
    return 2;
  }
  const fileDate = values.date ?? (await stat(values.establishments)).mtime.toISOString().slice(0, 10);
  if (values.units) await stat(values.units);
  const database = await startDatabase(loadConfig(), log);
  try {
    const report = await importRegistry(database, {
      establishments: createReadStream(values.establishments),
      units: values.units ? createReadStream(values.units) : undefined,
      fileName: path.basename(values.establishments),
      fileDate,
      filter: { departement: values.departement, communes: split(values.communes), sirens: split(values.sirens) },
      establishmentScope: scope as EstablishmentScope,
      dryRun: values["dry-run"],
      onProgress: log,
    });
    console.log(values.json ? JSON.stringify(report, null, 2) : formatRegistryReport(report));
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if ([RegistryFileError, RegistryFilterError, RegistryDateError].some((type) => error instanceof type)) {
      console.error(`[registry] ${(error as Error).message}`);
      process.exit(2);
    }
    const known =
      [ConfigError, EmbeddedNeo4jError].some((type) => error instanceof type) ||
      (error as NodeJS.ErrnoException).code === "ENOENT";
    console.error(known ? `[registry] ${(error as Error).message}` : error);
    process.exit(1);
  },
);
