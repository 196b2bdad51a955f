// The paged analyst questions (schema/analytics-pages.graphql) against the real Neo4j: their pages
// put together are the deprecated whole answer, in order, without duplicates; the total is right;
// a page too large or a bad cursor is refused with BAD_USER_INPUT; the cost limit counts the page asked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EventParticipationDocument,
  EventParticipationPageDocument,
  FirmsAtEventsDocument,
  FirmsAtEventsPageDocument,
  type EventParticipationPageQuery,
  type FirmsAtEventsPageQuery,
} from "../../client/src/__generated__/graphql.js";
import type { NodeRef } from "../../graph/fact-model.js";
import { aNode, aRelationship, anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";

type FirmsPage = FirmsAtEventsPageQuery["firmsAtEventsPage"];
type EventsPage = EventParticipationPageQuery["eventParticipationPage"];

describe("paged analyst answers", () => {
  let server: TestServer;
  let territoryRef: string;
  let marketRef: string;

  beforeAll(async () => {
    server = await TestServer.start();
    const territory = aNode("Territory", server.uniqueId("T")).with({ kind: "EPCI", name: "Territoire paginé" });
    const inside = aNode("Commune", server.uniqueId("C")).with({ name: "Villepage", country: "FR" });
    const outside = aNode("Commune", server.uniqueId("C")).with({ name: "Villeloin", country: "FR" });
    const market = aNode("Market", server.uniqueId("M")).with({ name: "marché paginé" });
    const fairs = ["Salon A", "Salon B", "Salon C"].map((name) =>
      aNode("Event", server.uniqueId("salon")).with({ name, year: 2024, kind: "salon" }),
    );
    const firm = (key: string, name: string) => anOrganization(server.uniqueId(key)).named(name);
    // Two firms share a name: the order falls back on their ids.
    const [alpha, bravo, charlie, delta, echo, golf1, golf2, foxtrot] = [
      firm("alpha", "Alpha"),
      firm("bravo", "Bravo"),
      firm("charlie", "Charlie"),
      firm("delta", "Delta"),
      firm("echo", "Écho"),
      firm("golf-1", "Golf"),
      firm("golf-2", "Golf"),
      firm("foxtrot", "Foxtrot"),
    ];
    const [a, b, c] = fairs.map((fair) => fair.ref);
    const took = (who: { ref: NodeRef }, event: NodeRef) =>
      aRelationship("PARTICIPATED_IN", who.ref, event).withProperties({ role: "exposant", year: 2024 });
    const located = [alpha, bravo, delta, echo, golf1, golf2].map((each) =>
      aRelationship("LOCATED_IN", each.ref, inside.ref),
    );
    await server.save(
      factSet(
        territory,
        inside,
        outside,
        market,
        ...fairs,
        alpha,
        bravo,
        charlie,
        delta,
        echo,
        golf1,
        golf2,
        foxtrot,
        aRelationship("PART_OF", inside.ref, territory.ref),
        ...fairs.map((fair) => aRelationship("TARGETS", fair.ref, market.ref)),
        ...located,
        aRelationship("LOCATED_IN", charlie.ref, inside.ref).withConfidence("unverified", "adresse non citée"),
        aRelationship("LOCATED_IN", foxtrot.ref, outside.ref),
        took(alpha, a!),
        took(alpha, b!),
        took(bravo, a!),
        took(charlie, c!),
        took(delta, b!),
        took(echo, c!),
        took(golf1, a!),
        took(golf2, a!),
        took(foxtrot, a!),
      ),
    );
    territoryRef = territory.ref;
    marketRef = market.ref;
  });

  afterAll(async () => {
    await server?.close();
  });

  /** Every page of firms at events, `first` at a time. */
  async function firmPages(first: number): Promise<FirmsPage[]> {
    const pages: FirmsPage[] = [];
    let after: string | null = null;
    do {
      const { firmsAtEventsPage }: FirmsAtEventsPageQuery = await server.execute(FirmsAtEventsPageDocument, {
        territoryRef,
        marketRef,
        first,
        after,
      });
      pages.push(firmsAtEventsPage);
      after = firmsAtEventsPage.pageInfo.hasNextPage ? firmsAtEventsPage.pageInfo.endCursor! : null;
    } while (after !== null && pages.length < 10);
    return pages;
  }

  describe("firmsAtEventsPage", () => {
    it("gives in pages the deprecated field's whole answer, in order, each organisation once", async () => {
      const pages = await firmPages(3);
      const { firmsAtEvents: whole } = await server.execute(FirmsAtEventsDocument, { territoryRef, marketRef });
      expect(pages.map((page) => page.answers.length)).toEqual([3, 3, 1]);
      expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, false]);
      expect(pages.map((page) => page.totalCount)).toEqual([7, 7, 7]);
      const paged = pages.flatMap((page) => page.answers.map((answer) => ({ answer, page })));
      const refs = paged.map(({ answer }) => answer.organization);
      expect(new Set(refs).size).toBe(refs.length);
      const names = paged.map(({ answer, page }) => page.nodes.find((node) => node.ref === answer.organization)!.name);
      expect(names).toEqual(["Alpha", "Bravo", "Charlie", "Delta", "Golf", "Golf", "Écho"]);
      expect(names).toEqual(whole.map((answer) => answer.organization.name));
      // The twins by id; the whole answer, which orders by name alone, has the same two.
      expect(refs.slice(4, 6)).toEqual([...refs.slice(4, 6)].sort());
      expect([...refs].sort()).toEqual(whole.map((answer) => answer.organization.ref).sort());
      // Each answer's paths and confidence are the whole answer's, its refs resolved in its page.
      for (const { answer, page } of paged) {
        const old = whole.find((each) => each.organization.ref === answer.organization)!;
        expect(answer.confidence).toBe(old.confidence);
        expect(answer.pathCount).toBe(old.paths.length);
        expect(answer.events).toEqual(old.events.map((event) => event.ref));
        const edgeIds = new Set(page.relationships.map((relationship) => relationship.id));
        const pathsAsRefs = answer.paths.map((path) => {
          expect(path.relationships.every((id) => edgeIds.has(id))).toBe(true);
          return [...path.nodes, ...path.relationships].join(" ");
        });
        const oldAsRefs = old.paths.map((path) =>
          [...path.nodes.map((node) => node.ref), ...path.edges.map((edge) => edge.id)].join(" "),
        );
        expect(pathsAsRefs.sort()).toEqual(oldAsRefs.sort());
      }
    });

    it("sends each node and relationship once per page", async () => {
      const [page] = await firmPages(7);
      const nodeRefs = page!.nodes.map((node) => node.ref);
      expect(new Set(nodeRefs).size).toBe(nodeRefs.length);
      // The territory, the commune, the market, three events, seven firms.
      expect(nodeRefs).toHaveLength(13);
      expect(nodeRefs.filter((ref) => ref === territoryRef)).toHaveLength(1);
      const ids = page!.relationships.map((relationship) => relationship.id);
      expect(new Set(ids).size).toBe(ids.length);
      // One PART_OF, seven LOCATED_IN, eight PARTICIPATED_IN, three TARGETS.
      expect(ids).toHaveLength(19);
      expect(page!.pageInfo.hasNextPage).toBe(false);
    });

    it("bounds each organisation's paths, counting them all", async () => {
      const response = await server.post<{ firmsAtEventsPage: FirmsPage }, Record<string, unknown>>(
        `query ($territoryRef: ID!, $marketRef: ID!) {
          firmsAtEventsPage(territoryRef: $territoryRef, marketRef: $marketRef, first: 1, pathsPerAnswer: 1) {
            answers { organization pathCount eventCount paths { nodes } }
          }
        }`,
        { territoryRef, marketRef },
      );
      expect(response.body.errors).toBeUndefined();
      const [alpha] = response.body.data!.firmsAtEventsPage.answers as unknown as Array<{
        pathCount: number;
        eventCount: number;
        paths: unknown[];
      }>;
      expect(alpha).toMatchObject({ pathCount: 2, eventCount: 2 });
      expect(alpha!.paths).toHaveLength(1);
    });

    it("answers an empty page, without a cursor, for a territory with no answer", async () => {
      const { firmsAtEventsPage } = await server.execute(FirmsAtEventsPageDocument, {
        territoryRef: `Territory:${server.uniqueId("none")}`,
        marketRef,
      });
      expect(firmsAtEventsPage).toMatchObject({
        totalCount: 0,
        answers: [],
        nodes: [],
        pageInfo: { endCursor: null, hasNextPage: false },
      });
    });

    it("refuses a page over 500 with BAD_USER_INPUT, saying how to page", async () => {
      const response = await server.post(
        `{ firmsAtEventsPage(territoryRef: "${territoryRef}", first: 501, pathsPerAnswer: 1) { totalCount } }`,
      );
      expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(response.body.errors?.[0]?.message).toBe(
        "first must be a whole number from 1 to 500, the largest page (got 501); page through with after: pageInfo.endCursor",
      );
    });

    it("refuses a cursor it did not give with BAD_USER_INPUT", async () => {
      for (const after of ["pas-un-curseur", Buffer.from('["eventParticipation",1,"a","b"]').toString("base64url")]) {
        const response = await server.post(FirmsAtEventsPageDocument, { territoryRef, marketRef, after });
        expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(response.body.errors?.[0]?.message).toMatch(/^after must be the pageInfo.endCursor of a previous page/u);
      }
    });
  });

  describe("eventParticipationPage", () => {
    it("gives in pages the deprecated field's whole answer, in order, participants bounded and counted", async () => {
      const pages: EventsPage[] = [];
      let after: string | null = null;
      do {
        const { eventParticipationPage }: EventParticipationPageQuery = await server.execute(
          EventParticipationPageDocument,
          {
            marketRef,
            territoryRef,
            first: 1,
            after,
          },
        );
        pages.push(eventParticipationPage);
        after = eventParticipationPage.pageInfo.hasNextPage ? eventParticipationPage.pageInfo.endCursor! : null;
      } while (after !== null && pages.length < 10);
      const { eventParticipation: whole } = await server.execute(EventParticipationDocument, {
        marketRef,
        territoryRef,
      });
      expect(pages.map((page) => page.totalCount)).toEqual([3, 3, 3]);
      const paged = pages.flatMap((page) =>
        page.answers.map((answer) => ({
          event: answer.event,
          counts: [answer.participants, answer.firms, answer.inTerritory],
          // The whole answer orders participants by name alone: the two Golf may come either way.
          participants: answer.organizations
            .map((entry) => `${entry.organization} ${entry.inTerritory} ${entry.evidence}`)
            .sort(),
        })),
      );
      expect(paged).toEqual(
        whole.map((entry) => ({
          event: entry.event.ref,
          counts: [entry.participants, entry.firms, entry.inTerritory],
          participants: entry.organizations
            .map(
              (participant) => `${participant.organization.ref} ${participant.inTerritory} ${participant.evidence.id}`,
            )
            .sort(),
        })),
      );
      const firstEvent = pages[0]!.answers[0]!.organizations.map(
        (entry) => pages[0]!.nodes.find((node) => node.ref === entry.organization)!.name,
      );
      expect(firstEvent).toEqual(["Alpha", "Bravo", "Foxtrot", "Golf", "Golf"]);
      expect(paged.map((entry) => entry.counts)).toEqual([
        [5, 5, 4],
        [2, 2, 2],
        [2, 2, 2],
      ]);
    });

    it("lists at most participantsPerEvent participants, by name", async () => {
      const response = await server.post<{ eventParticipationPage: { answers: unknown[] } }, Record<string, unknown>>(
        `query ($marketRef: ID!) {
          eventParticipationPage(marketRef: $marketRef, first: 1, participantsPerEvent: 2) {
            answers { participants organizations { organization } }
            nodes { ref name }
          }
        }`,
        { marketRef },
      );
      expect(response.body.errors).toBeUndefined();
      const page = response.body.data!.eventParticipationPage as unknown as {
        answers: Array<{ participants: number; organizations: Array<{ organization: string }> }>;
        nodes: Array<{ ref: string; name: string }>;
      };
      expect(page.answers[0]!.participants).toBe(5);
      const names = page.answers[0]!.organizations.map(
        (entry) => page.nodes.find((node) => node.ref === entry.organization)!.name,
      );
      expect(names).toEqual(["Alpha", "Bravo"]);
    });
  });

  describe("the cost limit", () => {
    const firmsQuery = (first: number, pathsPerAnswer: number) => `{
      firmsAtEventsPage(first: ${first}, pathsPerAnswer: ${pathsPerAnswer}) {
        totalCount
        answers { organization paths { nodes relationships } }
        nodes { ref name properties { name value } }
        relationships { id quote }
      }
    }`;

    it("refuses a paged request too costly for its page size before it runs", async () => {
      const response = await server.post(firmsQuery(500, 100));
      expect(response.status).toBe(400);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COSTLY", limit: "cost" });
      expect(response.body).not.toHaveProperty("data");
    });

    it("accepts the same request at the default page", async () => {
      const response = await server.post(firmsQuery(50, 20));
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
    });
  });
});
