// A 100,000-row members file: the dry run and the commit each get a clear outcome — every row
// written in one transaction, or the whole file refused with a reason and nothing written. The
// rates are measured and printed, not asserted (they depend on the machine and Neo4j's memory).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { commitImport, planImport, type ImportInput } from "../../server/import/import-csv.js";
import type { ImportReport } from "../../server/import/import-report.js";
import { anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";
import { cleanUpImports, csvFile, withCheckDigit } from "../fixtures/import/import-fixtures.js";

const rows = 100_000;
/** GBM communes no other import test links to, so this long transaction locks nothing they need. */
const communes = ["Chalezeule", "Thise", "Pirey", "Serre-les-Sapins", "Devecey"];

describe("importing a 100,000-row members file", () => {
  let server: TestServer;
  const database = inject("neo4j").database;
  let run: string;
  let input: ImportInput;

  const importedOrganizations = async (source: string) => {
    const { records } = await server.driver.executeQuery(
      "MATCH (o:Organization) WHERE $source IN o.sources RETURN count(o) AS organizations",
      { source },
      { database },
    );
    return Number(records[0]!.get("organizations"));
  };

  const measured = (report: ImportReport) =>
    `${report.status} in ${(report.timings.totalMs / 1000).toFixed(1)} s (read ${report.timings.readMs} ms, match ${report.timings.matchMs} ms, ` +
    `write ${report.timings.writeMs} ms): ${report.timings.rowsPerSecond.toLocaleString("en")} rows/s${report.errors[0] ? ` — ${report.errors[0].code}` : ""}`;

  beforeAll(async () => {
    server = await TestServer.start();
    run = server.uniqueId("large");
    const pole = server.uniqueId("pole");
    await server.save(factSet(anOrganization(pole).ofKind("CLUSTER")));
    const lines = ["nom;siren;commune;effectif;chiffre_affaires;marches"];
    for (let index = 0; index < rows; index++) {
      const siren = withCheckDigit(String(10_000_000 + index));
      lines.push(
        `Firme ${index} ${run};${siren};${communes[index % communes.length]};${index % 500};${index * 1000},50;${index % 10 === 0 ? "santé" : ""}`,
      );
    }
    input = {
      kind: "members",
      fileName: `adherents-${run}.csv`,
      bytes: csvFile(lines),
      database,
      pole,
      by: `${server.source}:admin`,
    };
  });

  afterAll(async () => {
    if (server) await cleanUpImports(server.driver, database, run, server.source);
    await server?.close();
  });

  it("is planned, then committed whole or refused whole, with nothing half-written", { timeout: 900_000 }, async () => {
    const plan = await planImport(server.driver, input);
    console.log(`[100k members] dry run ${measured(plan)}`);
    expect(plan.file).toMatchObject({ rows, encoding: "utf-8", separator: ";" });
    if (plan.status === "ready") {
      expect(plan.changes.organizations.created).toBe(rows);
      expect(plan.database).toMatchObject({ nodesCreated: rows, relationshipsCreated: 2 * rows + rows / 10 });
    } else {
      expect(plan.errors.map((error) => error.code)).toEqual(["TRANSACTION_TOO_LARGE"]);
    }
    expect(await importedOrganizations(plan.source)).toBe(0);

    const commit = await commitImport(server.driver, input);
    console.log(`[100k members] commit ${measured(commit)}`);
    if (commit.status === "committed") {
      expect(commit.database).toMatchObject({ nodesCreated: rows, relationshipsCreated: 2 * rows + rows / 10 });
      expect(await importedOrganizations(commit.source)).toBe(rows);
    } else {
      expect(commit.errors).toEqual([
        expect.objectContaining({
          code: "TRANSACTION_TOO_LARGE",
          message: expect.stringMatching(/nothing was written/i),
        }),
      ]);
      expect(await importedOrganizations(commit.source)).toBe(0);
    }
  });
});
