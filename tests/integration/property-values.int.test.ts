// One rule for stored values: a property has the Neo4j type the schema declares, whichever path
// wrote it (an import, an edit, a revert), and a malformed node reference is the caller's error.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  EntityDocument,
  RevertChangeDocument,
  UpdateOrganizationDocument,
} from "../../client/src/__generated__/graphql.js";
import { commitImport } from "../../server/import/import-csv.js";
import { anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";
import { aSiren, cleanUpImports, csvFile } from "../fixtures/import/import-fixtures.js";

describe("stored values", () => {
  let server: TestServer;
  let editor: string;
  let admin: string;
  let run: string;
  const database = inject("neo4j").database;

  /** The Neo4j type names of an organisation's revenue and headcount. */
  const storedTypes = async (where: { id?: string; name?: string }) => {
    const { records } = await server.driver.executeQuery(
      `MATCH (o:Organization) WHERE o.id = $id OR o.name = $name
       RETURN valueType(o.revenue) AS revenue, valueType(o.headcount) AS headcount, o.revenue AS value`,
      { id: where.id ?? null, name: where.name ?? null },
      { database },
    );
    return records[0]!.toObject();
  };

  beforeAll(async () => {
    server = await TestServer.start();
    run = server.uniqueId("values");
    [editor, admin] = await Promise.all([server.token("editor"), server.token("admin")]);
  });
  afterAll(async () => {
    if (server) await cleanUpImports(server.driver, database, run, server.source);
    await server?.close();
  });

  it("writes a whole revenue as a float and a headcount as an integer, by import, edit and revert alike", async () => {
    const pole = server.uniqueId("pole");
    const firm = server.uniqueId("firm");
    await server.save(
      factSet(
        anOrganization(pole).named(`Pôle ${run}`).ofKind("CLUSTER"),
        anOrganization(firm).named(`Firme éditée ${run}`),
      ),
    );

    const imported = `Firme importée ${run}`;
    const bytes = csvFile([
      "Nom;SIREN;Commune;Effectif;Chiffre d'affaires (€);Marchés",
      `${imported};${aSiren()};Besançon;12;3 200 000;`,
    ]);
    const report = await commitImport(server.driver, {
      kind: "members",
      fileName: `membres-${run}.csv`,
      bytes,
      database,
      pole,
      by: `${server.source}:admin`,
    });
    expect(report.errorCount).toBe(0);
    expect(await storedTypes({ name: imported })).toEqual({
      revenue: "FLOAT NOT NULL",
      headcount: "INTEGER NOT NULL",
      value: 3_200_000,
    });

    await server.execute(
      UpdateOrganizationDocument,
      { id: firm, changes: { revenue: 2_000_000, headcount: 9 }, why: "rapport annuel" },
      editor,
    );
    expect(await storedTypes({ id: firm })).toEqual({
      revenue: "FLOAT NOT NULL",
      headcount: "INTEGER NOT NULL",
      value: 2_000_000,
    });

    const second = await server.execute(
      UpdateOrganizationDocument,
      { id: firm, changes: { revenue: 2_500_000.5 }, why: "correction" },
      editor,
    );
    await server.execute(
      RevertChangeDocument,
      { id: second.updateOrganization.change.id, why: "la correction était fausse" },
      admin,
    );
    expect(await storedTypes({ id: firm })).toEqual({
      revenue: "FLOAT NOT NULL",
      headcount: "INTEGER NOT NULL",
      value: 2_000_000,
    });
  });

  it.each(["constructor:x", "toString:x", "__proto__:x"])(
    "answers BAD_USER_INPUT to the reference %s, which names no label",
    async (ref) => {
      const response = await server.post(EntityDocument, { ref });
      expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(response.body.errors?.[0]?.message).toMatch(/^ref must be a reference Label:key/);
    },
  );
});
