// The analyst API (schema/analytics.graphql) through GraphQL: each question on data of its own, and
// on the seeded graph where the seed answers it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ConnectionsDocument,
  CountsByKindDocument,
  EventParticipationDocument,
  FirmsAtEventsDocument,
  FundingBetweenDocument,
  FundingBreakdownDocument,
  MembersByPlaceDocument,
  NeighbourhoodDocument,
  SearchDocument,
  SourceTextDocument,
} from "../../client/src/__generated__/graphql.js";
import { aNode, aRelationship, anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";

describe("the analyst API", () => {
  let server: TestServer;
  // A world of its own: a territory with one commune, a market, an event, firms in and out.
  let territory: string;
  let market: string;
  let stated: ReturnType<typeof anOrganization>;
  let unverified: ReturnType<typeof anOrganization>;
  let outsider: ReturnType<typeof anOrganization>;
  let cluster: ReturnType<typeof anOrganization>;

  beforeAll(async () => {
    server = await TestServer.start();
    territory = server.uniqueId("T");
    market = server.uniqueId("M");
    const zone = aNode("Territory", territory).with({ kind: "EPCI", name: `Territoire ${territory}` });
    const inside = aNode("Commune", server.uniqueId("C")).with({ name: "Villebelle", country: "FR" });
    const elsewhere = aNode("Commune", server.uniqueId("C")).with({ name: "Villeloin", country: "FR" });
    const trade = aNode("Market", market).with({ name: "marché d'essai" });
    const fair = aNode("Event", server.uniqueId("salon")).with({ name: "Salon d'essai", year: 2024, kind: "salon" });
    stated = anOrganization(server.uniqueId("firm-a")).named("Aiguilles Précises");
    unverified = anOrganization(server.uniqueId("firm-b")).named("Boîtiers Fins");
    outsider = anOrganization(server.uniqueId("firm-c")).named("Cadrans Lointains");
    cluster = anOrganization(server.uniqueId("pole")).named("Pôle d'essai").ofKind("CLUSTER");
    const participation = (firm: typeof stated) =>
      aRelationship("PARTICIPATED_IN", firm.ref, fair.ref)
        .withProperties({ role: "exposant", year: 2024 })
        .quoting(`${String(firm.build().properties.name)} expose`);
    await server.save(
      factSet(
        zone,
        inside,
        elsewhere,
        trade,
        fair,
        stated,
        unverified,
        outsider,
        cluster,
        aRelationship("PART_OF", inside.ref, zone.ref),
        aRelationship("TARGETS", fair.ref, trade.ref),
        aRelationship("LOCATED_IN", stated.ref, inside.ref).withProperties({ role: "siège" }),
        aRelationship("LOCATED_IN", unverified.ref, inside.ref).withConfidence(
          "unverified",
          "adresse connue, non citée",
        ),
        aRelationship("LOCATED_IN", outsider.ref, elsewhere.ref),
        participation(stated),
        participation(unverified),
        participation(outsider),
        aRelationship("MEMBER_OF", stated.ref, cluster.ref),
        aRelationship("MEMBER_OF", unverified.ref, cluster.ref),
      ),
    );
  });

  afterAll(async () => {
    await server?.close();
  });

  describe("firms at events", () => {
    it("answers as one query of the generated API: located in the territory, at an event of the market", async () => {
      const response = await server.post(
        `query ($territory: ID!, $market: ID!) {
          organizations(
            where: {
              kind: { eq: COMPANY }
              locatedIn: { some: { partOf: { some: { code: { eq: $territory } } } } }
              participatedIn: { some: { targets: { some: { code: { eq: $market } } } } }
            }
            sort: [{ name: ASC }]
          ) { name }
        }`,
        { territory, market },
      );
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data).toEqual({
        organizations: [{ name: "Aiguilles Précises" }, { name: "Boîtiers Fins" }],
      });
    });

    it("returns each firm with its evidence path, an unverified location shown as such", async () => {
      const { firmsAtEvents } = await server.execute(FirmsAtEventsDocument, {
        territoryRef: `Territory:${territory}`,
        marketRef: `Market:${market}`,
      });
      expect(firmsAtEvents.map((answer) => [answer.organization.name, answer.confidence])).toEqual([
        ["Aiguilles Précises", "stated"],
        ["Boîtiers Fins", "unverified"],
      ]);
      const path = firmsAtEvents[1]!.paths[0]!;
      expect(path.nodes.map((node) => node.label)).toEqual(["Territory", "Commune", "Organization", "Event", "Market"]);
      expect(path.edges.map((edge) => edge.type)).toEqual(["PART_OF", "LOCATED_IN", "PARTICIPATED_IN", "TARGETS"]);
      expect(path.edges.every((edge) => edge.quote !== "" && edge.source === server.source)).toBe(true);
      const location = path.edges[1]!;
      expect([location.confidence, location.reason]).toEqual(["unverified", "adresse connue, non citée"]);
      expect(path.edges[2]!.properties).toEqual([
        { name: "role", value: "exposant" },
        { name: "year", value: "2024" },
      ]);
    });

    it("leaves out answers resting on an unverified fact when asked for stated facts only", async () => {
      const { firmsAtEvents } = await server.execute(FirmsAtEventsDocument, {
        territoryRef: `Territory:${territory}`,
        marketRef: `Market:${market}`,
        statedOnly: true,
      });
      expect(firmsAtEvents.map((answer) => answer.organization.name)).toEqual(["Aiguilles Précises"]);
    });

    it("filters by year and gives an empty answer for an unknown territory", async () => {
      expect(
        (
          await server.execute(FirmsAtEventsDocument, {
            territoryRef: `Territory:${territory}`,
            marketRef: `Market:${market}`,
            year: 2023,
          })
        ).firmsAtEvents,
      ).toEqual([]);
      expect(
        (
          await server.execute(FirmsAtEventsDocument, {
            territoryRef: `Territory:${server.uniqueId("nowhere")}`,
            marketRef: `Market:${market}`,
          })
        ).firmsAtEvents,
      ).toEqual([]);
    });

    it("finds PMT, located in Besançon, at ASD events in the seeded graph", async () => {
      const { firmsAtEvents } = await server.execute(FirmsAtEventsDocument, {
        marketRef: "Market:ASD",
        kinds: ["CLUSTER"],
      });
      const pmt = firmsAtEvents.find((answer) => answer.organization.ref === "Organization:pmt");
      expect(pmt?.events.map((event) => event.name)).toContain("Paris Space Week");
    });
  });

  describe("connections", () => {
    it("finds a path from Femto-ST to Paris Space Week, a quote on every edge", async () => {
      const { connections } = await server.execute(ConnectionsDocument, {
        from: "Organization:femto-st",
        to: "Event:paris-space-week-2024",
      });
      expect(connections.length).toBeGreaterThan(0);
      for (const path of connections) {
        expect(path.nodes[0]!.ref).toBe("Organization:femto-st");
        expect(path.nodes.at(-1)!.ref).toBe("Event:paris-space-week-2024");
        expect(path.edges).toHaveLength(path.length);
        for (const edge of path.edges) {
          expect(edge.quote.length).toBeGreaterThan(0);
          expect(edge.source).toBe("gbm-2024-00098");
        }
      }
    });

    it("refuses a length beyond 6 with a clear, coded error", async () => {
      const response = await server.post(ConnectionsDocument, {
        from: "Organization:femto-st",
        to: "Organization:pmt",
        maxLength: 7,
      });
      expect(response.body.errors?.[0]?.message).toBe("maxLength must be a whole number from 1 to 6 (got 7)");
      expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });

    it("gives an empty answer for an unknown node, an error for a malformed reference", async () => {
      expect(
        (
          await server.execute(ConnectionsDocument, {
            from: "Organization:femto-st",
            to: `Organization:${server.uniqueId("ghost")}`,
          })
        ).connections,
      ).toEqual([]);
      const response = await server.post(ConnectionsDocument, { from: "femto-st", to: "Organization:pmt" });
      expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(response.body.errors?.[0]?.message).toMatch(/^from must be a reference Label:key/);
    });
  });

  describe("neighbourhood", () => {
    it("caps the nodes and counts what it left out", async () => {
      const full = (await server.execute(NeighbourhoodDocument, { ref: "Organization:pmt", depth: 1, limit: 5000 }))
        .neighbourhood!;
      const capped = (await server.execute(NeighbourhoodDocument, { ref: "Organization:pmt", depth: 1, limit: 10 }))
        .neighbourhood!;
      expect(full.truncated).toBe(false);
      expect(full.nodes).toHaveLength(full.totalNodes);
      expect(capped.nodes).toHaveLength(10);
      expect(capped.center.ref).toBe("Organization:pmt");
      expect([capped.totalNodes, capped.omittedNodes, capped.truncated]).toEqual([
        full.totalNodes,
        full.totalNodes - 10,
        true,
      ]);
      const returned = new Set(capped.nodes.map((node) => node.ref));
      expect(capped.edges.every((edge) => returned.has(edge.from) && returned.has(edge.to))).toBe(true);
    });

    it("returns the largest neighbourhood allowed, 5,000 nodes, with every edge among them", async () => {
      const hub = anOrganization(server.uniqueId("hub")).named("Moyeu");
      const spokes = Array.from({ length: 4_999 }, (_, index) => anOrganization(server.uniqueId(`spoke-${index}`)));
      await server.save(
        factSet(hub, ...spokes, ...spokes.map((spoke) => aRelationship("PARTNER_OF", hub.ref, spoke.ref))),
      );
      const { neighbourhood } = await server.execute(NeighbourhoodDocument, { ref: hub.ref, depth: 2, limit: 5000 });
      expect([neighbourhood!.nodes.length, neighbourhood!.totalNodes, neighbourhood!.truncated]).toEqual([
        5000,
        5000,
        false,
      ]);
      expect(neighbourhood!.edges).toHaveLength(4_999);
    });

    it("reaches depth 2 and filters by label", async () => {
      const { neighbourhood } = await server.execute(NeighbourhoodDocument, {
        ref: stated.ref,
        depth: 2,
        labels: ["Organization"],
      });
      expect(neighbourhood!.nodes.map((node) => node.name).sort()).toEqual([
        "Aiguilles Précises",
        "Boîtiers Fins",
        "Cadrans Lointains",
        "Pôle d'essai",
      ]);
    });

    it("leaves unverified relationships out when asked", async () => {
      const { neighbourhood } = await server.execute(NeighbourhoodDocument, { ref: unverified.ref, statedOnly: true });
      expect(neighbourhood!.nodes.map((node) => node.label).sort()).toEqual(["Event", "Organization", "Organization"]);
    });

    it("gives null for an unknown node and refuses depth 3", async () => {
      expect(
        (await server.execute(NeighbourhoodDocument, { ref: `Organization:${server.uniqueId("ghost")}` }))
          .neighbourhood,
      ).toBeNull();
      const response = await server.post(NeighbourhoodDocument, { ref: "Organization:pmt", depth: 3 });
      expect(response.body.errors?.[0]?.message).toBe("depth must be a whole number from 1 to 2 (got 3)");
    });
  });

  describe("search", () => {
    it('ignores accents and case: "creer demain" finds Créer Demain, "femto" finds FEMTO-ST first', async () => {
      const creer = (await server.execute(SearchDocument, { text: "creer demain" })).search;
      expect(creer.hits.map((hit) => hit.node.name)).toContain("Créer Demain");
      const femto = (await server.execute(SearchDocument, { text: "femto", labels: ["Organization"] })).search;
      expect(femto.hits[0]!.node.ref).toBe("Organization:femto-st");
    });

    it("combines with label and kind filters", async () => {
      const events = (await server.execute(SearchDocument, { text: "creer demain", labels: ["Event"] })).search;
      expect(events.hits.length).toBeGreaterThan(0);
      expect(events.hits.every((hit) => hit.node.label === "Event")).toBe(true);
      const firms = (await server.execute(SearchDocument, { text: "Boîtiers", organizationKinds: ["CLUSTER"] })).search;
      expect(firms.hits.map((hit) => hit.node.name)).not.toContain("Boîtiers Fins");
    });

    it("pages through results with a stable total", async () => {
      const first = (await server.execute(SearchDocument, { text: "pole", limit: 2, offset: 0 })).search;
      const second = (await server.execute(SearchDocument, { text: "pole", limit: 2, offset: 2 })).search;
      expect(first.totalCount).toBeGreaterThan(3);
      expect(second.totalCount).toBe(first.totalCount);
      expect(first.hits).toHaveLength(2);
      expect(new Set([...first.hits, ...second.hits].map((hit) => hit.node.ref)).size).toBe(4);
      expect(first.hits[0]!.score).toBeGreaterThanOrEqual(first.hits[1]!.score);
    });

    it("refuses a text longer than 200 characters", async () => {
      const response = await server.post(SearchDocument, { text: "x ".repeat(101) });
      expect(response.body.errors?.[0]?.message).toBe("text must be at most 200 characters (got 202)");
      expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });

    it("returns nothing for blank text or punctuation", async () => {
      expect((await server.execute(SearchDocument, { text: "  - ! " })).search).toEqual({ totalCount: 0, hits: [] });
    });
  });

  describe("aggregates", () => {
    it("splits the 2024 programme's funding: 376 050 € public, 376 050 € private, by funder", async () => {
      const funding = (await server.execute(FundingBreakdownDocument, { programmeRef: "Programme:pmt-animation-2024" }))
        .programmeFunding!;
      expect([funding.public, funding.private, funding.total]).toEqual([376_050, 376_050, 752_100]);
      expect(funding.byFunder).toHaveLength(5);
      const gbm = funding.byFunder.find((share) => share.funder.ref === "Organization:gbm")!;
      expect(gbm.amount).toBe(45_000);
      expect(gbm.share).toBeCloseTo(45_000 / 752_100);
      expect(gbm.evidence.quote).toMatch(/45 000/);
    });

    it("gives GBM's contribution to PMT year by year, and null for an unknown programme", async () => {
      const { fundingBetween } = await server.execute(FundingBetweenDocument, {
        funderRef: "Organization:gbm",
        recipientRef: "Organization:pmt",
      });
      expect(fundingBetween.map((fact) => [fact.year, fact.amount])).toEqual([
        [2021, 45_000],
        [2022, 45_000],
        [2023, 45_000],
        [2024, 45_000],
      ]);
      expect(
        (await server.execute(FundingBreakdownDocument, { programmeRef: `Programme:${server.uniqueId("ghost")}` }))
          .programmeFunding,
      ).toBeNull();
    });

    it("counts participants per event with those of the territory flagged", async () => {
      const { eventParticipation } = await server.execute(EventParticipationDocument, {
        marketRef: `Market:${market}`,
        territoryRef: `Territory:${territory}`,
      });
      expect(eventParticipation).toHaveLength(1);
      expect(eventParticipation[0]).toMatchObject({ participants: 3, firms: 3, inTerritory: 2 });
      expect(eventParticipation[0]!.organizations.map((entry) => [entry.organization.name, entry.inTerritory])).toEqual(
        [
          ["Aiguilles Précises", true],
          ["Boîtiers Fins", true],
          ["Cadrans Lointains", false],
        ],
      );
    });

    it("counts members per commune and per territory, unverified locations left out on request", async () => {
      const all = await server.execute(MembersByPlaceDocument, {
        organizationRef: `Organization:${cluster.build().key}`,
      });
      expect(all.membersByCommune.map((group) => [group.name, group.count])).toEqual([["Villebelle", 2]]);
      expect(all.membersByTerritory.map((group) => [group.group?.ref, group.count])).toEqual([
        [`Territory:${territory}`, 2],
      ]);
      const stated = await server.execute(MembersByPlaceDocument, {
        organizationRef: `Organization:${cluster.build().key}`,
        statedOnly: true,
      });
      expect(stated.membersByCommune.map((group) => group.count)).toEqual([1]);
    });

    it("counts organisations per kind", async () => {
      const { countsByKind } = await server.execute(CountsByKindDocument, {});
      const companies = countsByKind.find((group) => group.name === "COMPANY")!;
      expect(companies.count).toBeGreaterThanOrEqual(10);
    });
  });

  it("serves the text of a source document, null for an unknown one", async () => {
    const { sourceText } = await server.execute(SourceTextDocument, { id: "gbm-2024-00098" });
    expect(sourceText!.text).toContain("Le président de ce pôle est Monsieur Laurent Deschamps.");
    expect((await server.execute(SourceTextDocument, { id: "nope" })).sourceText).toBeNull();
  });
});
