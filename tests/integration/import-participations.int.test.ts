// Importing the participations table (evenement;annee;organisation;role) against the real Neo4j:
// events matched by name and year or created, organisations matched or created, duplicates.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { commitImport, planImport, type ImportInput } from "../../server/import/import-csv.js";
import { aNode, anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";
import { aSiren, cleanUpImports, csvFile, plain } from "../fixtures/import/import-fixtures.js";

describe("importing participations", () => {
  let server: TestServer;
  const database = inject("neo4j").database;
  let run: string;
  let firm: { id: string; name: string; siren: string };
  let fair: { id: string; name: string };
  let twin: string;

  const participations = (name: string, bytes: Buffer): ImportInput => ({
    kind: "participations",
    fileName: `${name}-${run}.csv`,
    bytes,
    database,
    by: `${server.source}:admin`,
  });

  /** Who took part in events whose name contains the run marker, with the evidence. */
  const participationsOf = async (source: string) => {
    const { records } = await server.driver.executeQuery(
      `MATCH (o:Organization)-[p:PARTICIPATED_IN]->(e:Event) WHERE p.source = $source
       RETURN o.name AS organization, e.id AS event, e.name AS eventName, e.year AS eventYear, p.role AS role, p.year AS year, p.quote AS quote
       ORDER BY quote`,
      { source },
      { database },
    );
    return records.map((record) => plain(record.toObject()));
  };

  beforeAll(async () => {
    server = await TestServer.start();
    run = server.uniqueId("participations");
    firm = { id: server.uniqueId("firm"), name: `Microtechnique Participante ${run}`, siren: aSiren() };
    fair = { id: server.uniqueId("salon"), name: `Salon d'essai ${run}` };
    twin = `Jumeaux ${run}`;
    await server.save(
      factSet(
        aNode("Organization", firm.id).with({ name: firm.name, kind: "COMPANY", siren: firm.siren }),
        aNode("Event", fair.id).with({ name: fair.name, year: 2024, kind: "salon" }),
        aNode("Event", server.uniqueId("twin-a")).with({ name: twin, year: 2024 }),
        aNode("Event", server.uniqueId("twin-b")).with({ name: twin, year: 2024 }),
        anOrganization(server.uniqueId("other")).named(`Autre ${run}`),
      ),
    );
  });

  afterAll(async () => {
    if (server) await cleanUpImports(server.driver, database, run, server.source);
    await server?.close();
  });

  describe("a file of known and new events and organisations", () => {
    let bytes: Buffer;
    beforeAll(() => {
      bytes = csvFile([
        "Évènement;Année;Organisation;Rôle;SIREN",
        `SALON D'ESSAI ${run};2024;${firm.name};exposant;`,
        `Convention Nouvelle ${run};2024;Nom Différent ${run};visiteur;${firm.siren}`,
        `Salon d'essai ${run} 2024;2024;Firme Nouvelle ${run};co-exposant;`,
        `Salon d'essai ${run};2024;${firm.name};exposant;`,
      ]);
    });

    it("matches events by name and year, creates the others, and counts a repeated row once", async () => {
      const report = await planImport(server.driver, participations("participations", bytes));
      expect(report.errors).toEqual([]);
      expect(report.status).toBe("ready");
      expect(report.warnings).toContainEqual(
        expect.objectContaining({
          line: 5,
          code: "DUPLICATE_ROW",
          message: "the same participation as line 2: counted once",
        }),
      );
      expect(report.changes.events).toMatchObject({ created: 1, unchanged: 1 });
      expect(report.changes.events.createdList).toEqual([
        {
          ref: expect.stringMatching(/^Event:convention-nouvelle-participations-[0-9a-f]{8}-2024$/),
          name: `Convention Nouvelle ${run}`,
          lines: [3],
        },
      ]);
      expect(report.changes.organizations).toMatchObject({ created: 1, updated: 1 });
      expect(report.changes.relationships).toBe(3);
    });

    it("commits the participations with role, year and the row as evidence; a second import adds nothing", async () => {
      const report = await commitImport(server.driver, participations("participations", bytes));
      expect(report).toMatchObject({ status: "committed", database: { nodesCreated: 2, relationshipsCreated: 3 } });
      expect(await participationsOf(report.source)).toEqual([
        {
          organization: firm.name,
          event: fair.id,
          eventName: fair.name,
          eventYear: 2024,
          role: "exposant",
          year: 2024,
          quote: `ligne 2 : SALON D'ESSAI ${run};2024;${firm.name};exposant;`,
        },
        {
          organization: firm.name,
          event: expect.stringMatching(/^convention-nouvelle-/),
          eventName: `Convention Nouvelle ${run}`,
          eventYear: 2024,
          role: "visiteur",
          year: 2024,
          quote: expect.stringMatching(/^ligne 3 : /),
        },
        {
          organization: `Firme Nouvelle ${run}`,
          event: fair.id,
          eventName: fair.name,
          eventYear: 2024,
          role: "co-exposant",
          year: 2024,
          quote: expect.stringMatching(/^ligne 4 : /),
        },
      ]);
      const again = await commitImport(server.driver, participations("participations", bytes));
      expect(again).toMatchObject({ status: "committed", database: { nodesCreated: 0, relationshipsCreated: 0 } });
      expect(again.changes.organizations.created + again.changes.events.created).toBe(0);
    });
  });

  it("refuses two rows that give the same participation different roles", async () => {
    const bytes = csvFile([
      "evenement;annee;organisation;role",
      `${fair.name};2024;Autre ${run};exposant`,
      `${fair.name};2024;Autre ${run};visiteur`,
    ]);
    const report = await commitImport(server.driver, participations("conflict", bytes));
    expect(report.status).toBe("rejected");
    expect(report.errors).toEqual([
      expect.objectContaining({
        line: 3,
        field: "role",
        code: "DUPLICATE_ROW",
        message: expect.stringMatching(/line 2 gives .* the role "exposant"/),
      }),
    ]);
  });

  it("lists an event two nodes answer to as ambiguous, and accepts the id written instead", async () => {
    const ambiguous = await planImport(
      server.driver,
      participations("twin", csvFile(["evenement;annee;organisation;role", `${twin};2024;Autre ${run};`])),
    );
    expect(ambiguous.ambiguities).toEqual([
      {
        line: 2,
        field: "evenement",
        value: twin,
        candidates: [expect.objectContaining({ name: twin }), expect.objectContaining({ name: twin })],
      },
    ]);
    const id = ambiguous.ambiguities[0]!.candidates[0]!.ref.replace("Event:", "");
    const chosen = await planImport(
      server.driver,
      participations("twin-id", csvFile(["evenement;annee;organisation;role", `${id};2024;Autre ${run};`])),
    );
    expect(chosen).toMatchObject({ status: "ready", errorCount: 0, changes: { events: { created: 0, unchanged: 1 } } });
  });

  it("names the missing columns", async () => {
    const report = await planImport(
      server.driver,
      participations("missing", csvFile(["evenement;organisation", `${fair.name};Autre ${run}`])),
    );
    expect(report.errors).toEqual([
      expect.objectContaining({
        code: "MISSING_COLUMNS",
        message: expect.stringMatching(/missing columns: annee .*; role\b/),
      }),
    ]);
  });
});
