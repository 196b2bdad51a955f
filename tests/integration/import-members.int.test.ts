// Importing the members table against the real Neo4j: the dry run, the commit in one transaction,
// the rollback of a file with one bad row, an idempotent re-import, ambiguous matches, and files as
// French Excel writes them (semicolons, BOM, Windows-1252) or with columns missing.
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { commitImport, planImport, type ImportInput } from "../../server/import/import-csv.js";
import { importRouter } from "../../server/import/import-router.js";
import { aNode, anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";
import { aSiren, cleanUpImports, csvFile, plain } from "../fixtures/import/import-fixtures.js";

/** An organisation as the members import leaves it: its properties, commune, membership, markets. */
interface OrganizationRow {
  organization: Record<string, unknown>;
  commune: string | null;
  located: Record<string, unknown> | null;
  member: Record<string, unknown> | null;
  markets: string[];
}

describe("importing members", () => {
  let server: TestServer;
  const database = inject("neo4j").database;
  let run: string;
  let pole: string;
  /** In the graph before any import: a firm with a SIREN, one without, and two homonyms. */
  let known: { id: string; name: string; siren: string };
  let unnamed: { id: string; name: string };
  let homonym: string;

  const members = (name: string, bytes: Buffer): ImportInput => ({
    kind: "members",
    fileName: `${name}-${run}.csv`,
    bytes,
    database,
    pole,
    by: `${server.source}:admin`,
  });

  /** The organisations named `name`, with what the import wrote about them. */
  const organization = async (name: string) => {
    const { records } = await server.driver.executeQuery(
      `MATCH (o:Organization {name: $name})
       OPTIONAL MATCH (o)-[l:LOCATED_IN]->(c:Commune)
       OPTIONAL MATCH (o)-[m:MEMBER_OF]->(:Organization {id: $pole})
       RETURN o {.*} AS organization, c.id AS commune, l {.*} AS located, m {.*} AS member,
              [(o)-[:ACTIVE_IN]->(k:Market) | k.code] AS markets`,
      { name, pole },
      { database },
    );
    return records.map((record) => plain(record.toObject()) as OrganizationRow);
  };

  beforeAll(async () => {
    server = await TestServer.start();
    run = server.uniqueId("members");
    pole = server.uniqueId("pole");
    known = { id: server.uniqueId("known"), name: `Mécanique Connue ${run}`, siren: aSiren() };
    unnamed = { id: server.uniqueId("unnamed"), name: `Usinage Sans Siren ${run}` };
    homonym = `Homonyme ${run}`;
    await server.save(
      factSet(
        anOrganization(pole).named(`Pôle d'essai ${run}`).ofKind("CLUSTER"),
        aNode("Organization", known.id).with({ name: known.name, kind: "COMPANY", siren: known.siren, headcount: 10 }),
        anOrganization(unnamed.id).named(unnamed.name),
        anOrganization(server.uniqueId("homonym-a")).named(homonym),
        anOrganization(server.uniqueId("homonym-b")).named(homonym.toUpperCase()),
      ),
    );
  });

  afterAll(async () => {
    if (server) await cleanUpImports(server.driver, database, run, server.source);
    await server?.close();
  });

  describe("a French Excel file (semicolons, BOM)", () => {
    let bytes: Buffer;
    const newFirm = () => `Décolletage Nouveau ${run}`;
    const newSiren = aSiren();

    beforeAll(() => {
      bytes = csvFile(
        [
          "Nom;SIREN;Commune;Effectif;Chiffre d'affaires (€);Marchés",
          `MECANIQUE CONNUE SAS ${run};${known.siren};Besançon;12;1 250 000,50;ASD`,
          `usinage sans siren ${run};${aSiren()};École-Valentin;8;;santé | aéronautique`,
          `${newFirm()};${newSiren.slice(0, 3)} ${newSiren.slice(3, 6)} ${newSiren.slice(6)};besancon;45;3,2 M€;`,
        ],
        { bom: true },
      );
    });

    it("reports in a dry run what it would do, line by line, and writes nothing", async () => {
      const report = await planImport(server.driver, members("adherents", bytes));
      expect(report.errors).toEqual([]);
      expect(report).toMatchObject({
        status: "ready",
        dryRun: true,
        file: { encoding: "utf-8", bom: true, separator: ";", rows: 3 },
      });
      expect(report.changes.organizations).toMatchObject({ created: 1, updated: 2 });
      expect(report.changes.organizations.createdList).toEqual([
        { ref: expect.stringMatching(/^Organization:decolletage-nouveau-/), name: newFirm(), lines: [4] },
      ]);
      const updates = Object.fromEntries(
        report.changes.organizations.updatedList.map((change) => [change.ref, change.changes]),
      );
      expect(updates[`Organization:${known.id}`]).toEqual([
        `alias: + MECANIQUE CONNUE SAS ${run}`,
        "headcount: 10 → 12",
        "revenue: — → 1250000.5",
      ]);
      expect(updates[`Organization:${unnamed.id}`]).toEqual([
        expect.stringMatching(/^siren: — → \d{9}$/),
        "headcount: — → 8",
      ]);
      expect(report.database).toMatchObject({ dryRun: true, nodesCreated: 1, relationshipsCreated: 3 + 3 + 3 });
      expect(await organization(newFirm())).toEqual([]);
    });

    it("commits every row in one transaction, each relationship with its evidence", async () => {
      const report = await commitImport(server.driver, members("adherents", bytes));
      expect(report).toMatchObject({
        status: "committed",
        errorCount: 0,
        database: { nodesCreated: 1, relationshipsCreated: 9 },
      });
      const [created] = await organization(newFirm());
      expect(created).toMatchObject({
        organization: {
          name: newFirm(),
          kind: "COMPANY",
          siren: newSiren,
          headcount: 45,
          revenue: 3_200_000,
          country: "FR",
          sources: [report.source],
        },
        commune: "25056",
        located: {
          source: report.source,
          quote: `ligne 4 : ${newFirm()};${newSiren.slice(0, 3)} ${newSiren.slice(3, 6)} ${newSiren.slice(6)};besancon;45;3,2 M€;`,
          confidence: "stated",
        },
        member: { source: report.source, confidence: "stated" },
        markets: [],
      });
      expect(report.source).toMatch(new RegExp(`^import:members:adherents-${run}\\.csv:[0-9a-f]{12}$`));
      const [updated] = await organization(known.name);
      expect(updated).toMatchObject({
        organization: {
          siren: known.siren,
          headcount: 12,
          revenue: 1_250_000.5,
          aliases: [`MECANIQUE CONNUE SAS ${run}`],
        },
        markets: ["ASD"],
      });
      const [withSiren] = await organization(unnamed.name);
      expect(withSiren!.organization.siren).toMatch(/^\d{9}$/);
      expect([...withSiren!.markets].sort()).toEqual(["ASD", "HEALTH"]);
    });

    it("changes nothing when the same file is imported again", async () => {
      const report = await commitImport(server.driver, members("adherents", bytes));
      expect(report).toMatchObject({ status: "committed", database: { nodesCreated: 0, relationshipsCreated: 0 } });
      expect(report.changes.organizations).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
      expect(await organization(newFirm())).toHaveLength(1);
    });
  });

  it("writes nothing when one row is bad, and says which line, field and why", async () => {
    const good = `Bonne Ligne ${run}`;
    const bytes = csvFile([
      "nom;siren;commune;effectif;chiffre_affaires;marches",
      `${good};;Besançon;3;100000;`,
      `Mauvaise Ligne ${run};123456789;Villeinconnue-sur-Doubs;douze;;spatial;`,
    ]);
    const report = await commitImport(server.driver, members("rollback", bytes));
    expect(report.status).toBe("rejected");
    expect(report.database).toBeNull();
    expect(report.errors.map(({ line, field, code }) => ({ line, field, code }))).toEqual([
      { line: 3, field: "siren", code: "INVALID_VALUE" },
      { line: 3, field: "effectif", code: "INVALID_VALUE" },
      { line: 3, field: "commune", code: "UNKNOWN_COMMUNE" },
    ]);
    expect(report.errors[2]!.message).toMatch(/no commune .* is named so/);
    expect(report.summary).toMatch(/nothing was written/);
    expect(await organization(good)).toEqual([]);
  });

  it("lists ambiguous matches with their candidates instead of guessing", async () => {
    const bytes = csvFile(["nom;siren;commune;effectif;chiffre_affaires", `Homonyme ${run};;Besançon;;`]);
    const report = await planImport(server.driver, members("ambiguous", bytes));
    expect(report.status).toBe("rejected");
    expect(report.ambiguities).toEqual([
      {
        line: 2,
        field: "nom",
        value: homonym,
        candidates: expect.arrayContaining([
          expect.objectContaining({ name: homonym }),
          expect.objectContaining({ name: homonym.toUpperCase() }),
        ]),
      },
    ]);
    expect(report.errors[0]).toMatchObject({
      line: 2,
      code: "AMBIGUOUS_MATCH",
      message: expect.stringMatching(/give its SIREN, or its Maillage id/),
    });
  });

  it("reads English headers and a comma separator", async () => {
    const name = `English Header Firm ${run}`;
    const bytes = csvFile(
      ["name,siren,city,headcount,turnover,markets", `"${name}",,Dijon,7,"1,500,000.00","ASD, HEALTH"`],
      { lineEnd: "\n" },
    );
    const report = await commitImport(server.driver, members("english", bytes));
    expect(report).toMatchObject({ status: "committed", file: { separator: ",", bom: false } });
    const [created] = await organization(name);
    expect(created).toMatchObject({ organization: { headcount: 7, revenue: 1_500_000 }, commune: "21231" });
    expect([...created!.markets].sort()).toEqual(["ASD", "HEALTH"]);
  });

  it("reads a Windows-1252 (Latin-1) file as such, and says so", async () => {
    const name = `Horlogerie Comtoise Pâquerette ${run}`;
    const bytes = csvFile(["Nom;SIREN;Commune;Effectif;Chiffre d'affaires", `${name};;Besançon;5;250000`], {
      encoding: "latin1",
    });
    expect(bytes.includes(Buffer.from("Besançon", "utf8"))).toBe(false);
    const report = await commitImport(server.driver, members("latin1", bytes));
    expect(report).toMatchObject({ status: "committed", file: { encoding: "windows-1252" } });
    expect(report.warnings).toContainEqual(expect.objectContaining({ line: null, code: "ENCODING_GUESSED" }));
    const [created] = await organization(name);
    expect(created).toMatchObject({
      organization: { name },
      commune: "25056",
      located: { quote: `ligne 2 : ${name};;Besançon;5;250000` },
    });
  });

  it("names the missing columns and writes nothing", async () => {
    const bytes = csvFile(["nom;siren;ville", `Sans Colonnes ${run};;Besançon`]);
    const report = await commitImport(server.driver, members("missing", bytes));
    expect(report.status).toBe("rejected");
    expect(report.errors).toEqual([
      expect.objectContaining({
        line: 1,
        code: "MISSING_COLUMNS",
        message: expect.stringMatching(/missing columns: effectif .*; chiffre_affaires /),
      }),
    ]);
    expect(await organization(`Sans Colonnes ${run}`)).toEqual([]);
  });

  describe("over HTTP", () => {
    let url: string;
    let close: () => Promise<void>;
    beforeAll(async () => {
      const app = express().use("/api/import", importRouter(server.driver, database, { limit: "2kb" }));
      const listening = app.listen(0, "127.0.0.1");
      await new Promise<void>((resolve) => listening.once("listening", resolve));
      url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}/api/import`;
      close = () => new Promise<void>((resolve) => listening.close(() => resolve()));
    });
    afterAll(async () => {
      await close?.();
    });

    const post = (path: string, body: Buffer | string) =>
      fetch(`${url}${path}`, {
        method: "POST",
        headers: { "content-type": "text/csv" },
        body: typeof body === "string" ? body : new Uint8Array(body),
      });

    it("answers a dry run with the report, a rejected file with 422, and refuses what is not an import", async () => {
      const name = `Par HTTP ${run}`;
      // The router imports into Maillage's default pole, PMT, so this row names a firm of its own.
      const good = await post(
        `/members?dryRun=true&fileName=${encodeURIComponent(`http-${run}.csv`)}`,
        csvFile(["nom;siren;commune;effectif;chiffre_affaires", `${name};;Besançon;2;`]),
      );
      expect(good.status).toBe(200);
      expect(await good.json()).toMatchObject({
        status: "ready",
        dryRun: true,
        fileName: `http-${run}.csv`,
        changes: { organizations: { created: 1 } },
      });
      expect(await organization(name)).toEqual([]);

      const bad = await post(
        `/members?fileName=http-bad-${run}.csv`,
        csvFile(["nom;siren;commune;effectif;chiffre_affaires", `${name};;Nulle-Part-Sur-Rien;2;`]),
      );
      expect(bad.status).toBe(422);
      expect(await bad.json()).toMatchObject({
        status: "rejected",
        errors: [{ line: 2, field: "commune", code: "UNKNOWN_COMMUNE" }],
      });

      expect((await post("/suppliers", "nom\r\nx")).status).toBe(404);
      expect((await post("/members", "")).status).toBe(400);
      const tooLarge = await post("/members", "x".repeat(4_000));
      expect(tooLarge.status).toBe(413);
      expect(await tooLarge.json()).toMatchObject({ errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
    });
  });

  it("refuses a workbook saved as .csv with a clear message", async () => {
    const report = await planImport(
      server.driver,
      members("workbook", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])),
    );
    expect(report).toMatchObject({
      status: "rejected",
      errors: [expect.objectContaining({ code: "NOT_A_CSV", message: expect.stringMatching(/Excel workbook/) })],
    });
  });
});
