// Imports leave an audit entry: one Change per committed import (action IMPORT), written in the
// import's transaction, saying who imported which file and what it did, linked to every node the
// import created or changed, so their history shows it; it cannot be reverted.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { HistoryDocument, RevertChangeDocument } from "../../client/src/__generated__/graphql.js";
import type { ImportReport } from "../../server/import/import-report.js";
import { aNode, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";
import { cleanUpImports, csvFile } from "../fixtures/import/import-fixtures.js";

describe("the audit entry of an import", () => {
  let server: TestServer;
  const database = inject("neo4j").database;
  let run: string;
  let admin: string;
  let firm: { id: string; name: string };
  let fair: { id: string; name: string };
  let bystander: string;
  let committed: ImportReport;

  /** Posts a participations file to the app's import route as the admin. */
  const importFile = async (fileName: string, lines: string[], dryRun = false) => {
    const response = await fetch(
      `${server.url}/api/import/participations?fileName=${encodeURIComponent(fileName)}${dryRun ? "&dryRun=true" : ""}`,
      {
        method: "POST",
        headers: { authorization: `Bearer ${admin}`, "content-type": "text/csv" },
        body: new Uint8Array(csvFile(lines)),
      },
    );
    return { status: response.status, report: (await response.json()) as ImportReport };
  };

  /** The import changes of this run, each with the refs it is linked to. */
  const importChanges = async () => {
    const { records } = await server.driver.executeQuery(
      `MATCH (c:Change {action: 'IMPORT'}) WHERE c.entity CONTAINS $run
       RETURN c.id AS id, c.by AS by, c.why AS why, c.after AS after,
              [(c)-[:CHANGED]->(n) | labels(n)[0] + ':' + n.id] AS linked
       ORDER BY c.at`,
      { run },
      { database },
    );
    return records.map((record) => ({
      ...(record.toObject() as { id: string; by: string; why: string; after: string; linked: string[] }),
    }));
  };

  beforeAll(async () => {
    server = await TestServer.start();
    admin = await server.token("admin");
    run = server.uniqueId("audit");
    firm = { id: server.uniqueId("firm"), name: `Décolletage Audité ${run}` };
    fair = { id: server.uniqueId("salon"), name: `Salon Audité ${run}` };
    bystander = server.uniqueId("bystander");
    await server.save(
      factSet(
        aNode("Organization", firm.id).with({ name: firm.name, kind: "COMPANY" }),
        aNode("Organization", bystander).with({ name: `Spectateur ${run}`, kind: "COMPANY" }),
        aNode("Event", fair.id).with({ name: fair.name, year: 2024, kind: "salon" }),
      ),
    );
  });

  afterAll(async () => {
    if (server) await cleanUpImports(server.driver, database, run, server.source);
    await server?.close();
  });

  it("is written once per committed import, by the admin, with the file, the counts and the nodes it changed", async () => {
    const fileName = `salons-${run}.csv`;
    const { status, report } = await importFile(fileName, [
      "evenement;annee;organisation;role",
      `${fair.name};2024;${firm.name};exposant`,
      `${fair.name};2024;Nouvelle Firme ${run};visiteur`,
    ]);
    expect(status).toBe(200);
    expect(report).toMatchObject({ status: "committed", changeId: expect.any(String) });
    committed = report;

    const changes = await importChanges();
    expect(changes).toHaveLength(1);
    const [change] = changes;
    expect(change!.id).toBe(report.changeId);
    expect(change!.by).toBe(`${server.source}:admin`);
    expect(change!.why).toBe(`participations import of ${fileName}`);
    expect(JSON.parse(change!.after)).toMatchObject({
      kind: "participations",
      fileName,
      source: report.source,
      rows: 2,
      nodesCreated: 1,
      relationshipsCreated: 2,
      organizations: { created: 1, updated: 0 },
    });
    const created = report.changes.organizations.createdList[0]!.ref;
    expect([...change!.linked].sort()).toEqual([`Event:${fair.id}`, `Organization:${firm.id}`, created].sort());
  });

  it("shows in the history of each node it changed, and in no other", async () => {
    for (const ref of [`Organization:${firm.id}`, `Event:${fair.id}`]) {
      const { history } = await server.execute(HistoryDocument, { ref }, admin);
      expect(history[0]).toMatchObject({
        id: committed.changeId,
        action: "IMPORT",
        by: `${server.source}:admin`,
        entity: committed.source,
      });
    }
    const { history } = await server.execute(HistoryDocument, { ref: `Organization:${bystander}` });
    expect(history).toEqual([]);
  });

  it("is not written by a dry run nor by a rejected file", async () => {
    const dryRun = await importFile(
      `essai-${run}.csv`,
      ["evenement;annee;organisation;role", `${fair.name};2024;Firme Essai ${run};visiteur`],
      true,
    );
    expect(dryRun.report).toMatchObject({ status: "ready", changeId: null });
    const rejected = await importFile(`rejet-${run}.csv`, [
      "evenement;annee;organisation;role",
      `${fair.name};deux mille;Firme Rejet ${run};visiteur`,
    ]);
    expect(rejected).toMatchObject({ status: 422, report: { status: "rejected", changeId: null } });
    expect(await importChanges()).toHaveLength(1);
  });

  it("is written again for the same file, linked to nothing since nothing changed", async () => {
    const { report } = await importFile(`salons-${run}.csv`, [
      "evenement;annee;organisation;role",
      `${fair.name};2024;${firm.name};exposant`,
      `${fair.name};2024;Nouvelle Firme ${run};visiteur`,
    ]);
    expect(report).toMatchObject({ status: "committed", database: { nodesCreated: 0, relationshipsCreated: 0 } });
    const changes = await importChanges();
    expect(changes).toHaveLength(2);
    expect(changes[1]).toMatchObject({ id: report.changeId, linked: [] });
    expect(JSON.parse(changes[1]!.after)).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
  });

  it("links a restated fact whose evidence changes: a new file stating the same participation", async () => {
    const { report } = await importFile(`salons-corriges-${run}.csv`, [
      "evenement;annee;organisation;role",
      `${fair.name};2024;${firm.name};exposant`,
    ]);
    expect(report).toMatchObject({ status: "committed", database: { relationshipsCreated: 0 } });
    const changes = await importChanges();
    expect([...changes.at(-1)!.linked].sort()).toEqual([`Event:${fair.id}`, `Organization:${firm.id}`].sort());
  });

  it("cannot be reverted, and the refusal says why", async () => {
    const response = await server.post(RevertChangeDocument, { id: committed.changeId!, why: "essai" }, admin);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [
        { field: "id", message: expect.stringMatching(/^an import cannot be reverted/), code: "IMPORT_NOT_REVERTIBLE" },
      ],
    });
    expect(await importChanges()).toHaveLength(3);
  });
});
