// The admin upload of the Sirene stock files (POST /api/registry/import): streamed into the reader
// part by part, with the counts readable while it runs; every refusal answered with its own status
// (403 non-admin, 400 missing file part, 413 past REGISTRY_MAX_MB before the body ends, 422 not the
// official layout), nothing written on any. Firms and SIRENs are unique to this file, and the
// uploads are filtered on its SIRENs, so no other test's organisations are reconciled.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { RegistryImportProgressByIdDocument, RegistryMatchesDocument } from "../../client/src/__generated__/graphql.js";
import { establishmentColumns } from "../../server/registry/sirene-columns.js";
import {
  aSiren,
  aSiret,
  establishmentFile,
  headOffice,
  legalUnit,
  legalUnitFile,
  secondaryEstablishment,
  stockHeader,
  stockLine,
} from "../fixtures/registry/stock-files.js";
import { anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";
import { openStockUpload, uploadStockFiles } from "../helpers/upload-stock-files.js";

const besancon = { code: "25056", name: "Besançon" };
const thise = { code: "25560", name: "Thise" };

/** Polls `read` until `done` holds of its answer (at most `tries` times). */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, tries = 200): Promise<T> {
  let value = await read();
  for (let attempt = 1; attempt < tries && !done(value); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

describe("the register upload", () => {
  let server: TestServer;
  let admin: string;
  const firmSiren = aSiren();
  const firm = { id: "", name: "" };
  const progressIds: string[] = [];
  const database = () => inject("neo4j").database;
  const matchesOfFirm = async () =>
    (await server.execute(RegistryMatchesDocument, { organizationRef: `Organization:${firm.id}` }, admin))
      .registryMatches;
  const progressOf = async (id: string) =>
    (await server.execute(RegistryImportProgressByIdDocument, { id }, admin)).registryImportProgress;
  /** Rows of other companies, all filtered out by the SIREN filter. */
  const fillerRows = (count: number) =>
    Array.from({ length: count }, () => stockLine(establishmentColumns, headOffice(aSiren(), besancon))).join("\n") +
    "\n";
  const query = (more: Record<string, string> = {}) => ({ fileDate: "2024-11-01", sirens: firmSiren, ...more });

  beforeAll(async () => {
    server = await TestServer.start({ environment: { REGISTRY_MAX_MB: "1" } });
    admin = await server.token("admin");
    firm.id = server.uniqueId("televerse");
    // A name of its own (letters only), so the upload proposes this firm and no other.
    firm.name = `Téléversement ${server.uniqueId("nom").replace(/[^a-z]/gi, "")}`;
    await server.save(factSet(anOrganization(firm.id).named(firm.name)));
  });

  afterAll(async () => {
    await server.driver.executeQuery(
      `MATCH (m:RegistryMatch {organizationId: $id}) DETACH DELETE m
       WITH count(*) AS done
       MATCH (r:RegistryImportRun) WHERE r.id IN $runs DETACH DELETE r`,
      { id: firm.id, runs: progressIds },
      { database: database() },
    );
    await server.close();
  });

  it("refuses a non-admin with 403, and a form without the establishment file, or not a form, with 400", async () => {
    const editor = await server.token("editor");
    const forbidden = await uploadStockFiles(server.url, editor, { establishments: establishmentFile([]) }, query());
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.errors[0].extensions.code).toBe("FORBIDDEN");
    const missing = await uploadStockFiles(server.url, admin, { fields: { note: "sans fichier" } }, query());
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT" },
      message: expect.stringMatching(/establishment file \(StockEtablissement\).*`establishments`/),
    });
    // Not a multipart form, or the company file before the establishment file: a malformed request.
    const notForm = await fetch(`${server.url}/api/registry/import`, {
      method: "POST",
      headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
      body: "{}",
    });
    expect(notForm.status).toBe(400);
    expect(((await notForm.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(
      /multipart form: establishments \(required\), then units/,
    );
    const unitsFirst = openStockUpload(server.url, admin, query());
    unitsFirst.part("units", "StockUniteLegale.csv");
    unitsFirst.write(legalUnitFile([]));
    unitsFirst.part("establishments", "StockEtablissement.csv");
    unitsFirst.write(establishmentFile([]));
    unitsFirst.end();
    const misplaced = await unitsFirst.response;
    expect(misplaced.status).toBe(400);
    expect(misplaced.body.errors[0]).toMatchObject({
      extensions: { code: "BAD_REQUEST" },
      message: expect.stringMatching(/sends `units` before `establishments`/),
    });
    const badScope = await uploadStockFiles(
      server.url,
      admin,
      { establishments: establishmentFile([]) },
      query({ establishmentScope: "everything" }),
    );
    expect(badScope.status).toBe(400);
    expect(badScope.body.errors[0].message).toMatch(/establishmentScope "everything" is not one of head-office, all/);
  });

  it("refuses a file that is not in the official layout with 422, naming the missing columns", async () => {
    const progressId = randomUUID();
    progressIds.push(progressId);
    const answer = await uploadStockFiles(
      server.url,
      admin,
      { establishments: "siren,siret,nom\n123456789,12345678900011,ACME\n" },
      query({ progressId }),
    );
    expect(answer.status).toBe(422);
    expect(answer.body.errors[0].extensions.code).toBe("INVALID_FILE_LAYOUT");
    expect(answer.body.errors[0].message).toMatch(
      /lacks the official column\(s\) etablissementSiege, codeCommuneEtablissement/,
    );
    expect(await progressOf(progressId)).toMatchObject({ state: "FAILED", message: expect.stringMatching(/lacks/) });
    expect(await matchesOfFirm()).toEqual([]);
  });

  it("refuses a file past REGISTRY_MAX_MB with 413 while it is still being sent", async () => {
    const upload = openStockUpload(server.url, admin, query());
    upload.part("establishments", "StockEtablissement_national.csv");
    upload.write(`${stockHeader(establishmentColumns)}\n`);
    // About 1.2 MB, past the 1 MB limit; the request is never ended: the answer comes before.
    while (upload.written() < 1.2 * 1024 * 1024) upload.write(fillerRows(100));
    const answer = await upload.response;
    upload.destroy();
    expect(answer.status).toBe(413);
    expect(answer.body.errors[0]).toMatchObject({
      extensions: { code: "PAYLOAD_TOO_LARGE" },
      message: expect.stringMatching(
        /StockEtablissement_national\.csv is larger than the limit of 1 MB \(REGISTRY_MAX_MB\)/,
      ),
    });
    expect(await matchesOfFirm()).toEqual([]);
  });

  it("keeps the dry run: the report, nothing stored", async () => {
    const answer = await uploadStockFiles(
      server.url,
      admin,
      {
        establishments: establishmentFile([headOffice(firmSiren, besancon)]),
        units: legalUnitFile([legalUnit(firmSiren, firm.name.toUpperCase())]),
      },
      query({ dryRun: "true" }),
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ dryRun: true, proposals: { created: 1 } });
    expect(answer.body.matched.map((entry: { organization: { id: string } }) => entry.organization.id)).toEqual([
      firm.id,
    ]);
    expect(await matchesOfFirm()).toEqual([]);
  });

  it("streams a successful import, its counts readable while the files arrive", async () => {
    const progressId = randomUUID();
    progressIds.push(progressId);
    const upload = openStockUpload(server.url, admin, query({ progressId, establishmentScope: "all" }));
    upload.part("establishments", "StockEtablissement_extrait.csv");
    upload.write(`${stockHeader(establishmentColumns)}\n${fillerRows(300)}`);
    // The server has read and counted the first rows while the request is still open.
    const running = await eventually(
      () => progressOf(progressId),
      (progress) => (progress?.rowsRead ?? 0) >= 256,
    );
    expect(running).toMatchObject({ state: "READING", file: "establishments" });
    expect(running!.rowsRead).toBeGreaterThanOrEqual(256);
    upload.write(
      [headOffice(firmSiren, besancon), secondaryEstablishment(firmSiren, "0002", thise)]
        .map((row) => stockLine(establishmentColumns, row))
        .join("\n") + "\n",
    );
    upload.part("units", "StockUniteLegale_extrait.csv");
    upload.write(legalUnitFile([legalUnit(firmSiren, firm.name.toUpperCase())]));
    upload.end();
    const answer = await upload.response;
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      dryRun: false,
      fileName: "StockEtablissement_extrait.csv",
      establishmentScope: "all",
      establishments: { rows: 302, kept: 1, secondaryKept: 1 },
      units: { rows: 1, kept: 1 },
      proposals: { created: 1, updated: 0 },
    });
    expect(await progressOf(progressId)).toMatchObject({
      state: "DONE",
      rowsRead: 302,
      kept: 1,
      secondaryKept: 1,
      companiesRead: 1,
      companiesKept: 1,
    });
    const [match] = await matchesOfFirm();
    expect(match).toMatchObject({
      siren: firmSiren,
      siret: aSiret(firmSiren),
      status: "PENDING",
      establishments: [{ siret: aSiret(firmSiren, "0002"), communeName: "THISE" }],
    });
  });
});
