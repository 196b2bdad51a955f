// The Sirene register end to end on the server: a fixture extract in the official layout reconciles
// ten organisations (matched, ambiguous with candidates, not found, closed); accepted matches become
// facts sourced `sirene:<siret>`; the headline question then places the firms in GBM with the
// register as evidence; disagreements stay visible; the search API is asked through a local stub.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import {
  AcceptRegistryMatchDocument,
  FirmsAtEventsBySizeDocument,
  FirmsAtEventsPageBySizeDocument,
  HistoryDocument,
  OrganizationsBySizeAndActivityDocument,
  RegistryDisagreementsDocument,
  RegistryFactsDocument,
  RegistryMatchesDocument,
  RegistrySearchEnabledDocument,
  RejectRegistryMatchDocument,
  RevertChangeDocument,
  SearchRegistryDocument,
} from "../../client/src/__generated__/graphql.js";
import { gbmTerritoryFacts } from "../../graph/communes/gbm-territory.js";
import { loadFacts } from "../../graph/load-facts.js";
import { smeSizeBands } from "../../graph/registry/size-bands.js";
import { importRegistry, type RegistryImportReport } from "../../server/registry/registry-import.js";
import type { ApiSearchAnswer } from "../../server/registry/company-search.js";
import { aSiren, aSiret } from "../fixtures/registry/stock-files.js";
import { tenOrganisations } from "../fixtures/registry/ten-organisations.js";
import { aNode, aRelationship, anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";

const gbm = "Territory:242500361";

/** A stub of the company search API: answers /search in its documented shape. */
function startSearchStub(answers: Map<string, ApiSearchAnswer["results"]>): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://stub");
    if (url.pathname !== "/search") {
      res.writeHead(404).end();
      return;
    }
    const results = answers.get(url.searchParams.get("q") ?? "") ?? [];
    const answer: ApiSearchAnswer = { results, total_results: results.length, page: 1, per_page: 10, total_pages: 1 };
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }),
    ),
  );
}

describe("the Sirene register", () => {
  let server: TestServer;
  let stub: { url: string; server: Server };
  let admin: string;
  let fixture: ReturnType<typeof tenOrganisations>;
  let report: RegistryImportReport;
  const market = `Market:${"REG"}-${Math.random().toString(36).slice(2, 8)}`;
  const searchedSiren = aSiren();
  const graph = () => ({ driver: server.driver, database: inject("neo4j").database });
  const id = (name: string) => `${fixture.organisations[0]!.id.replace(/-vauban$/, "")}-${name}`;
  const matchesOf = async (organization: string) =>
    (await server.execute(RegistryMatchesDocument, { organizationRef: `Organization:${organization}` }, admin))
      .registryMatches;
  const importFixture = (dryRun: boolean, establishmentScope?: "all") =>
    importRegistry(graph(), {
      establishmentScope,
      establishments: Readable.from([fixture.establishments]),
      units: Readable.from([fixture.units]),
      fileName: "StockEtablissement_extrait.csv",
      fileDate: "2024-11-01",
      filter: { departement: "25" },
      organizationIds: fixture.organisations.map((organisation) => organisation.id),
      dryRun,
    });

  beforeAll(async () => {
    stub = await startSearchStub(
      new Map([
        [
          searchedSiren,
          [
            {
              siren: searchedSiren,
              nom_complet: "FANTOME ET FILS",
              nom_raison_sociale: "FANTOME ET FILS",
              activite_principale: "26.51B",
              categorie_entreprise: "PME",
              etat_administratif: "A",
              nature_juridique: "5499",
              date_creation: "2010-06-01",
              tranche_effectif_salarie: "01",
              siege: {
                siret: aSiret(searchedSiren),
                commune: "25056",
                libelle_commune: "BESANCON",
                activite_principale: "26.51B",
                tranche_effectif_salarie: "01",
                etat_administratif: "A",
                est_siege: true,
              },
            },
          ],
        ],
      ]),
    );
    server = await TestServer.start({ registrySearchUrl: stub.url });
    admin = await server.token("admin");
    fixture = tenOrganisations(server.uniqueId("reg"));
    // The GBM territory from the official reference, as the seed writes it (idempotent).
    await loadFacts(server.driver, gbmTerritoryFacts(), { database: inject("neo4j").database });
    const pole = anOrganization(server.uniqueId("pole")).named("Pôle d'essai du registre").ofKind("CLUSTER");
    const trade = aNode("Market", market.slice("Market:".length)).with({ name: "marché du registre" });
    const fair = aNode("Event", server.uniqueId("salon")).with({
      name: "Salon du registre",
      year: 2024,
      kind: "salon",
    });
    const built = fixture.organisations.map((organisation) => {
      const node = anOrganization(organisation.id).named(organisation.name).build();
      if (organisation.siren) node.properties.siren = organisation.siren;
      return { build: () => node, ref: `Organization:${organisation.id}` as const };
    });
    const byId = (name: string) => built.find((entry) => entry.ref === `Organization:${id(name)}`)!;
    await server.save(
      factSet(
        pole,
        trade,
        fair,
        ...built,
        aRelationship("TARGETS", fair.ref, trade.ref),
        ...["vauban", "smc", "precision", "fantome"].map((name) =>
          aRelationship("PARTICIPATED_IN", byId(name).ref, fair.ref).withProperties({ role: "exposant", year: 2024 }),
        ),
        ...["decoupe", "chaudanne"].map((name) =>
          aRelationship("LOCATED_IN", byId(name).ref, "Commune:25056")
            .withProperties({ role: "siège" })
            .withConfidence("unverified", "the document names the firm, not its commune"),
        ),
        aRelationship("MEMBER_OF", byId("ancienne").ref, pole.ref).quoting("Mécanique Ancienne, adhérent du pôle"),
      ),
    );
  });

  afterAll(async () => {
    const ids = fixture.organisations.map((organisation) => organisation.id);
    await server.driver.executeQuery(
      `MATCH (m:RegistryMatch) WHERE m.organizationId IN $ids
       OPTIONAL MATCH (d:Document {id: m.source})
       DETACH DELETE m, d`,
      { ids },
      { database: inject("neo4j").database },
    );
    // The secondary establishments' own source documents.
    await server.driver.executeQuery(
      "MATCH (d:Document) WHERE d.id IN $ids DETACH DELETE d",
      { ids: Object.values(fixture.expected.secondary).flatMap((sirets) => sirets.map((siret) => `sirene:${siret}`)) },
      { database: inject("neo4j").database },
    );
    await server.close();
    await new Promise((resolve) => stub.server.close(resolve));
  });

  it("reports in a dry run what an import would propose, and stores nothing", async () => {
    const dry = await importFixture(true);
    expect(dry.dryRun).toBe(true);
    // The head office only, by default: no secondary establishment kept.
    expect(dry).toMatchObject({ establishmentScope: "head-office", establishments: { secondaryKept: 0 } });
    expect(dry.matched).toHaveLength(7);
    expect(dry.proposals.created).toBe(9);
    expect(await matchesOf(id("vauban"))).toEqual([]);
  });

  it("reconciles ten organisations: matched, ambiguous with candidates, not found, closed", async () => {
    report = await importFixture(false, "all");
    const ids = (entries: RegistryImportReport["matched"]) => entries.map((entry) => entry.organization.id).sort();
    expect(report.organizations).toBe(10);
    expect(ids(report.matched)).toEqual([...fixture.expected.matched].sort());
    expect(ids(report.notFound)).toEqual([...fixture.expected.notFound].sort());
    expect(ids(report.closed)).toEqual(fixture.expected.closed);
    expect(
      report.ambiguous.map((entry) => [entry.organization.id, entry.candidates.map((c) => c.siren).sort()]),
    ).toEqual(
      Object.entries(fixture.expected.ambiguous).map(([organization, sirens]) => [organization, [...sirens].sort()]),
    );
    // The file: 16 rows; Dole and Paris filtered out, the closed secondary establishment left out, the
    // open one kept; the bad SIRET refused with its line.
    expect(report.establishments).toMatchObject({ rows: 16, kept: 10, secondaryKept: 1, refused: 1 });
    expect(report.establishments.problems[0]).toMatchObject({ line: 17 });
    expect(report.establishments.problems[0]!.problem).toMatch(/check key \(Luhn\)/);
    expect(report.proposals).toEqual({ created: 9, updated: 0 });

    const byVia = Object.fromEntries(report.matched.map((entry) => [entry.organization.id, entry.candidates[0]!]));
    expect(byVia[id("vauban")]).toMatchObject({ via: "siren", score: 1 });
    expect(byVia[id("micromeca")]).toMatchObject({ via: "denomination", score: 0.9 });
    expect(byVia[id("smc")]).toMatchObject({ via: "sigle", denomination: "SOCIETE DE MECANIQUE COMTOISE" });
    expect(byVia[id("lumiere")]).toMatchObject({ via: "usual-name", denomination: "LUMIERE ET PRECISION" });
    // Two « Découpe Fine »: the commune the graph gives it decides, and raises the score.
    expect(byVia[id("decoupe")]).toMatchObject({ communeName: "BESANÇON", score: 1 });
    expect(byVia[id("ancienne")]).toMatchObject({ closed: true });
  });

  it("lists the ambiguous name's candidates for review, pending", async () => {
    const candidates = await matchesOf(id("precision"));
    const rows = candidates.map((match) => [match.communeName, match.status, match.ambiguous]);
    expect(rows.sort()).toEqual([
      ["MONTBÉLIARD", "PENDING", true],
      ["PONTARLIER", "PENDING", true],
    ]);
  });

  it("writes an accepted match as facts sourced sirene:<siret>, quoting the record", async () => {
    for (const name of ["vauban", "micromeca", "smc", "lumiere", "decoupe", "chaudanne", "ancienne"]) {
      const [match] = await matchesOf(id(name));
      await server.execute(AcceptRegistryMatchDocument, { id: match!.id, why: "même SIREN, même siège" }, admin);
    }
    const [vauban] = (await server.execute(RegistryFactsDocument, { id: id("vauban") })).organizations;
    const siret = aSiret(fixture.sirens.vauban);
    expect(vauban).toMatchObject({
      siren: fixture.sirens.vauban,
      headOfficeSiret: siret,
      nafCode: "26.52Z",
      nafLabel: "Horlogerie",
      sizeBand: "12",
      sizeBandLabel: "20 à 49 salariés",
      legalCategory: "5710",
      companyCategory: "PME",
      creationDate: "2001-03-15",
      closed: false,
      registrySource: `sirene:${siret}`,
      registryDate: "2024-11-01",
    });
    expect(vauban!.sources).toContain(`sirene:${siret}`);
    // The head office, and the open secondary establishment the import kept, each with its own source.
    const [secondary] = fixture.expected.secondary[id("vauban")]!;
    const edges = [...vauban!.locatedInConnection.edges].sort((a, b) => a.node.id.localeCompare(b.node.id));
    expect(edges).toEqual([
      {
        node: { id: "25056", name: "Besançon" },
        properties: {
          source: `sirene:${siret}`,
          confidence: "stated",
          role: "siège",
          quote: `siren: ${fixture.sirens.vauban}\nsiret: ${siret}\netablissementSiege: true\ncodeCommuneEtablissement: 25056\nlibelleCommuneEtablissement: BESANÇON`,
        },
      },
      {
        node: { id: "25527", name: "Saint-Vit" },
        properties: {
          source: `sirene:${secondary}`,
          confidence: "stated",
          role: "établissement",
          quote: `siren: ${fixture.sirens.vauban}\nsiret: ${secondary}\netablissementSiege: false\ncodeCommuneEtablissement: 25527\nlibelleCommuneEtablissement: SAINT-VIT`,
        },
      },
    ]);
    // Each quote is found verbatim in its own source document.
    const documents = await server.driver.executeQuery(
      "MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.text AS text",
      { ids: edges.map((edge) => edge.properties.source) },
      { database: inject("neo4j").database },
    );
    const texts = new Map(
      documents.records.map((record) => [record.get("id") as string, record.get("text") as string]),
    );
    for (const edge of edges) expect(texts.get(edge.properties.source)).toContain(edge.properties.quote);
    // Only Vauban has secondary establishments; no other accepted firm was located twice.
    const [micromeca] = (await server.execute(RegistryFactsDocument, { id: id("micromeca") })).organizations;
    expect(micromeca!.locatedInConnection.edges).toHaveLength(1);
  });

  it("records an accepted match as its own audit action, which a revert refuses", async () => {
    const source = `sirene:${aSiret(fixture.sirens.vauban)}`;
    const changes = await server.driver.executeQuery(
      "MATCH (c:Change {entity: $source}) RETURN c.id AS id, c.action AS action, c.after AS after",
      { source },
      { database: inject("neo4j").database },
    );
    expect(changes.records.map((record) => record.get("action"))).toEqual(["ACCEPT_REGISTRY_MATCH"]);
    const after = JSON.parse(changes.records[0]!.get("after") as string) as { establishments: string[] };
    expect(after.establishments).toEqual([`sirene:${fixture.expected.secondary[id("vauban")]![0]}`]);
    const refused = await server.post(
      RevertChangeDocument,
      { id: changes.records[0]!.get("id") as string, why: "essai" },
      admin,
    );
    expect(refused.body.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: "id", code: "REGISTRY_MATCH_NOT_REVERTIBLE" }),
    ]);
    const [vauban] = (await server.execute(RegistryFactsDocument, { id: id("vauban") })).organizations;
    expect(vauban).toMatchObject({ siren: fixture.sirens.vauban, registrySource: source });
    // The history says so, and the app offers no revert.
    const { history } = await server.execute(HistoryDocument, { ref: `Organization:${id("vauban")}` }, admin);
    expect(history.filter((change) => change.action === "ACCEPT_REGISTRY_MATCH")).toEqual([
      expect.objectContaining({ entity: source, revertible: false }),
    ]);
  });

  it("refuses to review a match twice, and lets only admins review", async () => {
    const [accepted] = await matchesOf(id("vauban"));
    const again = await server.post(AcceptRegistryMatchDocument, { id: accepted!.id, why: "encore" }, admin);
    expect(again.body.errors?.[0]?.message).toMatch(/already accepted/);
    const [candidate] = await matchesOf(id("precision"));
    const editor = await server.token("editor");
    const refused = await server.post(RejectRegistryMatchDocument, { id: candidate!.id, why: "homonyme" }, editor);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const rejected = await server.execute(RejectRegistryMatchDocument, { id: candidate!.id, why: "homonyme" }, admin);
    expect(rejected.rejectRegistryMatch).toMatchObject({ status: "REJECTED", reviewNote: "homonyme" });
  });

  it("answers the headline question with the firms it placed in GBM, the register as evidence, and filters SMEs", async () => {
    const all = await server.execute(FirmsAtEventsBySizeDocument, { marketRef: market, territoryRef: gbm });
    expect(all.firmsAtEvents.map((answer) => answer.organization.name)).toEqual(["Horlogerie Vauban", "SMC"]);
    for (const answer of all.firmsAtEvents) {
      const located = answer.paths[0]!.edges.find((edge) => edge.type === "LOCATED_IN")!;
      expect(located).toMatchObject({ confidence: "stated" });
      expect(located.source).toMatch(/^sirene:\d{14}$/);
    }
    const smes = await server.execute(FirmsAtEventsBySizeDocument, {
      marketRef: market,
      territoryRef: gbm,
      sizeBands: smeSizeBands,
    });
    // SMC has 250 to 499 staff (band 32): not an SME.
    expect(smes.firmsAtEvents.map((answer) => answer.organization.name)).toEqual(["Horlogerie Vauban"]);
  });

  it("filters the paged headline question by size band, the register as evidence", async () => {
    const all = await server.execute(FirmsAtEventsPageBySizeDocument, { marketRef: market, territoryRef: gbm });
    const names = (page: typeof all) =>
      page.firmsAtEventsPage.answers.map(
        (answer) => page.firmsAtEventsPage.nodes.find((node) => node.ref === answer.organization)!.name,
      );
    expect(names(all)).toEqual(["Horlogerie Vauban", "SMC"]);
    expect(all.firmsAtEventsPage.totalCount).toBe(2);
    const smes = await server.execute(FirmsAtEventsPageBySizeDocument, {
      marketRef: market,
      territoryRef: gbm,
      sizeBands: smeSizeBands,
    });
    // SMC has 250 to 499 staff (band 32): not an SME.
    expect(names(smes)).toEqual(["Horlogerie Vauban"]);
    expect(smes.firmsAtEventsPage.totalCount).toBe(1);
    const located = smes.firmsAtEventsPage.relationships.find((edge) => edge.type === "LOCATED_IN")!;
    expect(located).toMatchObject({ confidence: "stated", source: expect.stringMatching(/^sirene:\d{14}$/) });
    const none = await server.execute(FirmsAtEventsPageBySizeDocument, {
      marketRef: market,
      territoryRef: gbm,
      sizeBands: ["53"],
    });
    expect(none.firmsAtEventsPage).toMatchObject({ totalCount: 0, answers: [] });
  });

  it("groups a territory's organisations by size band and activity", async () => {
    const { organizationsBySizeAndActivity } = await server.execute(OrganizationsBySizeAndActivityDocument, {
      territoryRef: gbm,
      sizeBands: ["12", "02"],
      activityPrefix: "26",
    });
    const mine = organizationsBySizeAndActivity
      .map((group) => ({ ...group, organizations: group.organizations.filter((o) => o.ref.includes(id(""))) }))
      .filter((group) => group.organizations.length > 0);
    expect(mine.map((group) => [group.sizeBandLabel, group.nafCode, group.organizations.map((o) => o.name)])).toEqual([
      ["3 à 5 salariés", "26.70Z", ["Optique Chaudanne"]],
      ["20 à 49 salariés", "26.52Z", ["Horlogerie Vauban"]],
    ]);
    expect(mine[1]!.nafLabel).toBe("Horlogerie");
  });

  it("shows where the register and a document disagree, both facts kept", async () => {
    const chaudanne = await server.execute(RegistryDisagreementsDocument, {
      organizationRef: `Organization:${id("chaudanne")}`,
    });
    expect(chaudanne.registryDisagreements).toEqual([
      expect.objectContaining({
        kind: "COMMUNE",
        registerSays: "Thise",
        otherSays: "Besançon",
        otherSource: server.source,
      }),
    ]);
    expect(chaudanne.registryDisagreements[0]!.registerSource).toMatch(/^sirene:/);
    const ancienne = await server.execute(RegistryDisagreementsDocument, {
      organizationRef: `Organization:${id("ancienne")}`,
    });
    expect(ancienne.registryDisagreements).toEqual([
      expect.objectContaining({
        kind: "CLOSED_MEMBER",
        registerSays: "fermée",
        otherSays: "Pôle d'essai du registre",
        otherQuote: "Mécanique Ancienne, adhérent du pôle",
      }),
    ]);
    // The register agrees with the document on Découpe Fine's commune: no disagreement.
    const decoupe = await server.execute(RegistryDisagreementsDocument, {
      organizationRef: `Organization:${id("decoupe")}`,
    });
    expect(decoupe.registryDisagreements).toEqual([]);
  });

  it("asks the company search API for one organisation, with the same review", async () => {
    expect((await server.execute(RegistrySearchEnabledDocument, {})).registrySearch).toEqual({
      enabled: true,
      reason: null,
    });
    // Laser Comté has a SIREN the extract left out; the API is asked by SIREN (the stub knows another).
    await server.driver.executeQuery(
      "MATCH (o:Organization {id: $id}) SET o.siren = $siren",
      { id: id("laser"), siren: searchedSiren },
      { database: inject("neo4j").database },
    );
    const { searchRegistry } = await server.execute(
      SearchRegistryDocument,
      { organizationRef: `Organization:${id("laser")}` },
      admin,
    );
    expect(searchRegistry).toEqual([
      expect.objectContaining({ siren: searchedSiren, denomination: "FANTOME ET FILS", via: "siren", score: 1 }),
    ]);
    await server.execute(AcceptRegistryMatchDocument, { id: searchRegistry[0]!.id, why: "vérifié" }, admin);
    const [laser] = (await server.execute(RegistryFactsDocument, { id: id("laser") })).organizations;
    expect(laser).toMatchObject({ nafCode: "26.51B", sizeBandLabel: "1 ou 2 salariés" });
    expect(laser!.locatedInConnection.edges[0]!.properties.quote).toContain("siege.commune: 25056");
  });
});
