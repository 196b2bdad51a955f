// The questions the seeded graph must answer, asked through GraphQL against the real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BureauMembersDocument,
  ContributionsToDocument,
  DeliberationDocument,
  EventsOfYearDocument,
  FundingBreakdownDocument,
  PartnersByStatusDocument,
  ProgrammeFundersDocument,
  TerritoryCommunesDocument,
} from "../../client/src/__generated__/graphql.js";
import { TestServer } from "../helpers/test-server.js";

const sum = (values: Array<number | null | undefined>) =>
  values.reduce<number>((total, value) => total + (value ?? 0), 0);
const countBy = (values: string[]) =>
  values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});

describe("the seeded PMT graph, through GraphQL", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("1. lists PMT's bureau: 11 members, 7 companies, 2 schools, 2 research bodies, each seat quoted", async () => {
    const { organizations } = await server.execute(BureauMembersDocument, { id: "pmt" });
    const edges = organizations[0]!.bureauMembersConnection.edges;
    expect(edges).toHaveLength(11);
    expect(countBy(edges.map((edge) => edge.node.kind))).toEqual({ COMPANY: 7, SCHOOL: 2, RESEARCH: 2 });
    expect(edges.map((edge) => edge.node.name)).toEqual(
      expect.arrayContaining(["Statice", "Crossject", "FEMTO-ST", "EFS BFC"]),
    );
    for (const edge of edges) {
      expect(edge.properties.source).toBe("gbm-2024-00098");
      expect(edge.properties.quote).toMatch(/^Le bureau est représenté par/);
    }
  });

  it("2. lists the funders of the 2024 programme: 5 public funders, 376 050 €, and 376 050 € of private revenue", async () => {
    const { programmes } = await server.execute(ProgrammeFundersDocument, { id: "pmt-animation-2024" });
    const programme = programmes[0]!;
    expect(programme.budget).toBe(752_100);
    // Four fund the programme itself; GBM funds PMT, which runs it, for this programme (one shape for
    // GBM's four yearly contributions): the funding question counts both.
    const funders = programme.fundersConnection.edges;
    expect(funders.map((edge) => edge.node.id).sort()).toEqual([
      "etat",
      "pays-montbeliard-agglomeration",
      "pnr-doubs-horloger",
      "region-bfc",
    ]);
    const { programmeFunding } = await server.execute(FundingBreakdownDocument, {
      programmeRef: "Programme:pmt-animation-2024",
    });
    expect(programmeFunding!.byFunder).toHaveLength(5);
    expect(programmeFunding!.public).toBe(376_050);
    expect(Object.fromEntries(programmeFunding!.byFunder.map((fund) => [fund.funder.key, fund.amount]))).toMatchObject({
      gbm: 45_000,
    });
    expect(
      funders.every(
        (edge) =>
          edge.node.kind === "PUBLIC_BODY" && edge.properties.year === 2024 && edge.properties.currency === "EUR",
      ),
    ).toBe(true);
    expect(sum(programme.budgetLinesConnection.edges.map((edge) => edge.node.amount))).toBe(376_050);
  });

  it("3. shows GBM's contribution to PMT in one shape: 45 000 € a year from 2021 to 2024, the programme where known", async () => {
    const { organizations } = await server.execute(ContributionsToDocument, { funder: "gbm", recipient: "pmt" });
    const gbm = organizations[0]!;
    const byYear = gbm.fundsOrganizationsConnection.edges
      .map((edge) => [edge.properties.year, edge.properties.amount, edge.properties.programme ?? null] as const)
      .sort(([a], [b]) => (a ?? 0) - (b ?? 0));
    expect(byYear).toEqual([
      [2021, 45_000, null],
      [2022, 45_000, null],
      [2023, 45_000, null],
      [2024, 45_000, "pmt-animation-2024"],
    ]);
    expect(gbm.fundsProgrammesConnection.edges).toEqual([]);
  });

  it("4. lists the events PMT is involved in for 2024, with their city where the source gives one", async () => {
    const { organizations } = await server.execute(EventsOfYearDocument, { id: "pmt", year: 2024 });
    const events = organizations[0]!.participatedInConnection.edges.map((edge) => edge.node);
    expect(events).toHaveLength(8);
    const cities = Object.fromEntries(
      events.map((event) => [event.name, event.heldInConnection.edges.map((edge) => edge.node.name)]),
    );
    expect(cities).toMatchObject({
      "Paris Space Week": ["Paris"],
      "Business Industrie": ["Dijon"],
      RIDY: ["Auxerre"],
      "Global Industrie": ["Lyon"],
      Micronora: ["Besançon"],
    });
    const micronora = events.find((event) => event.name === "Micronora")!;
    expect(micronora.heldInConnection.edges[0]!.properties.confidence).toBe("unverified");
    expect(micronora.heldInConnection.edges[0]!.properties.reason).toBeTruthy();
    expect(events.find((event) => event.id === "rentree-du-dm-2024")?.edition).toBe(12);
  });

  it("5. lists the partner clusters PMT must strengthen ties with", async () => {
    const { organizations } = await server.execute(PartnersByStatusDocument, { id: "pmt", status: "TO_STRENGTHEN" });
    const partners = organizations[0]!.partnerOfConnection.edges;
    expect(partners.map((edge) => edge.node.name)).toEqual(expect.arrayContaining(["Polymeris", "Cimes", "Bio-Ark"]));
    expect(partners).toHaveLength(8);
    expect(partners.find((edge) => edge.node.name === "Bio-Ark")?.node.country).toBe("CH");
  });

  it("6. tells who declared an interest in the deliberation and the vote", async () => {
    const { documents } = await server.execute(DeliberationDocument, { id: "gbm-2024-00098" });
    const deliberation = documents[0]!;
    expect(deliberation).toMatchObject({
      number: "2024/2024.00098",
      date: "2024-04-11",
      reportNumber: 14,
      votesFor: 102,
      votesAgainst: 0,
      abstentions: 0,
      interestedCount: 4,
    });
    const interested = deliberation.interestedCouncillorsConnection.edges;
    expect(interested.map((edge) => [edge.node.name, edge.properties.votes])).toEqual([
      ["Benoît VUILLEMIN", 1],
      ["Frédérique BAEHR", 1],
      ["Sébastien COUDRY", 2],
    ]);
    expect(sum(interested.map((edge) => edge.properties.votes))).toBe(deliberation.interestedCount);
    expect(deliberation.attendeesConnection.totalCount).toBe(79);
    expect(deliberation.absenteesConnection.totalCount).toBe(43);
    expect(deliberation.rapporteurs.map((person) => person.name)).toEqual(["Nicolas BODIN"]);
  });

  it("7. holds GBM's territory with its official member communes, Besançon among them", async () => {
    const { territories } = await server.execute(TerritoryCommunesDocument, { code: "242500361" });
    expect(territories[0]!.kind).toBe("EPCI");
    expect(territories[0]!.communesConnection.totalCount).toBe(67);
    expect(territories[0]!.communes).toEqual([{ name: "Besançon", inseeCode: "25056", department: "25" }]);
  });
});
