// What issue 12 put in the seeded graph, read back through GraphQL from the real database: the
// convention and its clauses, event series, places abroad, the notes on the document, and the
// data-quality report behind the « Qualité des données » page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ConventionObligationsDocument,
  ConventionWithClausesDocument,
  DataQualityOfSourceDocument,
  DocumentNotesDocument,
  GbmFundingOfPmtByYearDocument,
  PlacesAndCommunesWithoutCodeDocument,
  SeriesEditionsDocument,
  SeriesWithEditionsDocument,
  SourceDataQualityDocument,
} from "../../client/src/__generated__/graphql.js";
import { TestServer } from "../helpers/test-server.js";

const deliberation = "gbm-2024-00098";

describe("the seeded graph says what its source says", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("holds the convention: its parties and representatives, object, budget line, decision and obligations", async () => {
    const { conventions } = await server.execute(ConventionWithClausesDocument, { id: "gbm-pmt-2024" });
    const convention = conventions[0]!;
    expect(convention).toMatchObject({ amount: 45_000, year: 2024, endsBy: "2025-04-30" });
    expect(
      convention.partiesConnection.edges.map((edge) => [
        edge.node.id,
        edge.properties.role,
        edge.properties.representative,
      ]),
    ).toEqual([
      ["gbm", "financeur", "Madame Anne VIGNOT"],
      ["pmt", "bénéficiaire", "Monsieur Laurent DESCHAMPS"],
    ]);
    expect(convention.supports.map((programme) => programme.id)).toEqual(["pmt-animation-2024"]);
    expect(convention.authorisedBy.map((document) => document.id)).toEqual([deliberation]);
    const [charge] = convention.chargedToConnection.edges;
    expect(charge!.node).toEqual({ id: "gbm-actions-recherche-et-innovation-2024", budget: 214_400 });
    expect(charge!.properties.quote).toContain("Montant de l'opération : 45 000 €");

    const clauses = Object.fromEntries(convention.clausesConnection.edges.map((edge) => [edge.node.id, edge]));
    expect(clauses["gbm-pmt-2024-conservation-pieces"]!.node).toMatchObject({
      kind: "OBLIGATION",
      binds: "pmt",
      years: 10,
    });
    expect(clauses["gbm-pmt-2024-conservation-pieces"]!.properties.quote).toContain("pendant une durée de 10 ans");
    expect(clauses["gbm-pmt-2024-pas-de-redistribution"]!.properties.quote).toBe(
      "Il ne peut redistribuer tout ou partie de l'aide de Grand Besançon Métropole au profit d'un autre organisme.",
    );
    expect(clauses["gbm-pmt-2024-mention-presse"]!.node.kind).toBe("OBLIGATION");
    expect(clauses["gbm-pmt-2024-contribution-territoire-gbm"]!.node.kind).toBe("CONDITION");
    expect(clauses["gbm-pmt-2024-versement"]!.properties.quote).toContain("100 %, soit 45 000 € à la signature");
    expect(clauses["gbm-pmt-2024-plafond"]!.node.kind).toBe("CEILING");
    expect(convention.clausesConnection.edges.every((edge) => edge.properties.confidence === "stated")).toBe(true);
  });

  it("links the editions of a series, so every edition and who came is one question", async () => {
    const { eventSeries } = await server.execute(SeriesEditionsDocument, { id: "paris-space-week" });
    const editions = eventSeries[0]!.editions;
    expect(editions.map((edition) => edition.year)).toEqual([2023, 2024]);
    expect(editions.every((edition) => edition.participants.some((participant) => participant.id === "pmt"))).toBe(
      true,
    );
  });

  it("keeps Torino as a Place with its country, its event's place unverified, and communes INSEE-only", async () => {
    const { places, communes } = await server.execute(PlacesAndCommunesWithoutCodeDocument, {});
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({ id: "torino", country: "IT" });
    const [held] = places[0]!.eventsConnection.edges;
    expect(held!.node.id).toBe("asd-meetings-torino-2023");
    expect(held!.properties.confidence).toBe("unverified");
    expect(held!.properties.reason).toMatch(/inferred from the event's name/);
    expect(communes).toEqual([]);
  });

  it("stores the twelve extraction notes on the document, the count checks with their numbers", async () => {
    const { documents } = await server.execute(DocumentNotesDocument, { id: deliberation });
    const document = documents[0]!;
    expect(document.date).toBe("2024-04-11");
    expect(document.commissionOpinions).toEqual(["Bureau 13/03/2024 Favorable", "Commission n°2 28/03/2024 Favorable"]);
    expect(document.notes).toHaveLength(12);
    expect(document.notes.filter((note) => note.kind === "COUNT_CHECK")).toEqual([
      { number: 11, kind: "COUNT_CHECK", expected: 123, found: 122 },
      { number: 12, kind: "COUNT_CHECK", expected: 106, found: 105 },
    ]);
    expect(document.notes.find((note) => note.kind === "PERSON")?.number).toBe(10);
  });

  it("reports the deliberation's facts by confidence, its unverified facts with their reasons, its notes", async () => {
    const { dataQuality } = await server.execute(DataQualityOfSourceDocument, { source: deliberation });
    const counts = Object.fromEntries(dataQuality.byConfidence.map((row) => [row.name, row.count]));
    expect(counts.unverified).toBe(dataQuality.unverified.length);
    expect(counts.stated! + counts.unverified!).toBe(dataQuality.factCount);
    expect(dataQuality.bySource).toEqual([
      { source: deliberation, stated: counts.stated, unverified: counts.unverified },
    ]);
    expect(dataQuality.unverified.every((fact) => fact.edge.reason)).toBe(true);
    const unverified = dataQuality.unverified.map((fact) => `${fact.edge.from} ${fact.edge.type} ${fact.edge.to}`);
    expect(unverified).toEqual(
      expect.arrayContaining([
        "Organization:dga ORGANIZES Event:colloque-dga-2023",
        "Organization:pmt PARTNER_OF Organization:codefi",
        "Organization:pmt PARTNER_OF Organization:criet",
        "Organization:cea-leti PART_OF Organization:cea",
        "Organization:pui-ubfc PART_OF Organization:ubfc",
        "Programme:france-2030-regional PART_OF Programme:france-2030",
        "Event:paris-space-week-2023 HELD_IN Commune:75056",
        "Event:asd-meetings-torino-2023 HELD_IN Place:torino",
      ]),
    );
    expect(dataQuality.notes.map((note) => note.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(dataQuality.notes[10]).toMatchObject({
      expected: 123,
      found: 122,
      quote: "Membres du Conseil de Communauté en exercice : 123",
    });
  });

  it("reports every source when none is named, the INSEE reference among them", async () => {
    const { dataQuality } = await server.execute(DataQualityOfSourceDocument, {});
    expect(dataQuality.source).toBeNull();
    expect(dataQuality.bySource.map((row) => row.source)).toEqual(
      expect.arrayContaining([deliberation, expect.stringMatching(/^ref:decoupage-administratif/)]),
    );
  });

  it("answers the named operations of schema/queries/data-quality.graphql with their defaults", async () => {
    const quality = await server.execute(SourceDataQualityDocument, {});
    expect(quality.dataQuality.notes).toHaveLength(12);
    const series = await server.execute(SeriesWithEditionsDocument, {});
    expect(series.eventSeries[0]!.editions.map((edition) => edition.id)).toEqual([
      "paris-space-week-2023",
      "paris-space-week-2024",
    ]);
    const convention = await server.execute(ConventionObligationsDocument, {});
    expect(
      convention.conventions[0]!.clausesConnection.edges.filter((edge) => edge.node.kind === "OBLIGATION").length,
    ).toBe(8);
    const funding = await server.execute(GbmFundingOfPmtByYearDocument, {});
    expect(funding.organizations[0]!.fundsOrganizationsConnection.edges.map((edge) => edge.properties.year)).toEqual([
      2021, 2022, 2023, 2024,
    ]);
  });
});
