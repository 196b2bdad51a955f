// Arguments that name a node (schema/analytics.graphql): the ref form and the deprecated bare-id form
// give the same answers; both at once, neither where one is needed, or a ref of the wrong label is
// BAD_USER_INPUT naming the argument.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EventParticipationByCodeDocument,
  EventParticipationByRefDocument,
  FirmsAtEventsByCodeDocument,
  FirmsAtEventsByRefDocument,
  FundingBetweenByIdDocument,
  FundingBetweenByRefDocument,
  MembersByPlaceByIdDocument,
  MembersByPlaceByRefDocument,
  ProgrammeFundingByIdDocument,
  ProgrammeFundingByRefDocument,
} from "../../client/src/__generated__/graphql.js";
import { aNode, aRelationship, anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";

describe("arguments that name a node", () => {
  let server: TestServer;
  // A world of its own: a firm of a territory at an event of a market, member of a cluster that
  // runs a programme; a funder gives to the programme and to the cluster.
  let territory: ReturnType<typeof aNode>;
  let market: ReturnType<typeof aNode>;
  let programme: ReturnType<typeof aNode>;
  let funder: ReturnType<typeof anOrganization>;
  let cluster: ReturnType<typeof anOrganization>;

  beforeAll(async () => {
    server = await TestServer.start();
    territory = aNode("Territory", server.uniqueId("T")).with({ kind: "EPCI" });
    market = aNode("Market", server.uniqueId("M"));
    programme = aNode("Programme", server.uniqueId("prog")).with({ year: 2024 });
    funder = anOrganization(server.uniqueId("funder")).ofKind("PUBLIC_BODY");
    cluster = anOrganization(server.uniqueId("pole")).ofKind("CLUSTER");
    const commune = aNode("Commune", server.uniqueId("C")).with({ name: "Villebelle", country: "FR" });
    const fair = aNode("Event", server.uniqueId("salon")).with({ year: 2024 });
    const firm = anOrganization(server.uniqueId("firm"));
    await server.save(
      factSet(
        territory,
        market,
        programme,
        funder,
        cluster,
        commune,
        fair,
        firm,
        aRelationship("PART_OF", commune.ref, territory.ref),
        aRelationship("TARGETS", fair.ref, market.ref),
        aRelationship("LOCATED_IN", firm.ref, commune.ref),
        aRelationship("PARTICIPATED_IN", firm.ref, fair.ref).withProperties({ year: 2024 }),
        aRelationship("MEMBER_OF", firm.ref, cluster.ref),
        aRelationship("RUNS", cluster.ref, programme.ref),
        aRelationship("FUNDS", funder.ref, programme.ref).withProperties({
          amount: 30_000,
          currency: "EUR",
          year: 2024,
        }),
        aRelationship("FUNDS", funder.ref, cluster.ref).withProperties({ amount: 5_000, currency: "EUR", year: 2023 }),
      ),
    );
  });

  afterAll(async () => {
    await server?.close();
  });

  const key = (node: { ref: string }) => node.ref.slice(node.ref.indexOf(":") + 1);

  describe("the ref and the deprecated form give the same answer", () => {
    it("firmsAtEvents(territoryRef, marketRef)", async () => {
      const byRef = await server.execute(FirmsAtEventsByRefDocument, {
        territoryRef: territory.ref,
        marketRef: market.ref,
      });
      expect(byRef.firmsAtEvents).toHaveLength(1);
      expect(
        await server.execute(FirmsAtEventsByCodeDocument, { territory: key(territory), market: key(market) }),
      ).toEqual(byRef);
    });

    it("eventParticipation(territoryRef, marketRef)", async () => {
      const byRef = await server.execute(EventParticipationByRefDocument, {
        territoryRef: territory.ref,
        marketRef: market.ref,
      });
      expect(byRef.eventParticipation.map((event) => [event.participants, event.inTerritory])).toEqual([[1, 1]]);
      expect(
        await server.execute(EventParticipationByCodeDocument, { territory: key(territory), market: key(market) }),
      ).toEqual(byRef);
    });

    it("programmeFunding(programmeRef)", async () => {
      const byRef = await server.execute(ProgrammeFundingByRefDocument, { programmeRef: programme.ref });
      expect(byRef.programmeFunding?.byFunder).toEqual([{ funder: { ref: funder.ref }, amount: 30_000 }]);
      expect(await server.execute(ProgrammeFundingByIdDocument, { programme: key(programme) })).toEqual(byRef);
    });

    it("fundingBetween(funderRef, recipientRef)", async () => {
      const byRef = await server.execute(FundingBetweenByRefDocument, {
        funderRef: funder.ref,
        recipientRef: cluster.ref,
      });
      expect(byRef.fundingBetween.map((fact) => [fact.year, fact.amount])).toEqual([
        [2023, 5_000],
        [2024, 30_000],
      ]);
      expect(
        await server.execute(FundingBetweenByIdDocument, { funder: key(funder), recipient: key(cluster) }),
      ).toEqual(byRef);
    });

    it("membersByCommune and membersByTerritory(organizationRef)", async () => {
      const byRef = await server.execute(MembersByPlaceByRefDocument, { organizationRef: cluster.ref });
      expect(byRef.membersByTerritory).toEqual([{ group: { ref: territory.ref }, count: 1 }]);
      expect(await server.execute(MembersByPlaceByIdDocument, { organization: key(cluster) })).toEqual(byRef);
    });
  });

  describe("refused with BAD_USER_INPUT naming the argument", () => {
    const refusal = async (query: string) => {
      const response = await server.post(query);
      const [error] = response.body.errors ?? [];
      return { message: error?.message, code: error?.extensions?.code, argumentName: error?.extensions?.argumentName };
    };

    it("a ref of the wrong label", async () => {
      expect(await refusal(`{ programmeFunding(programmeRef: "${cluster.ref}") { total } }`)).toEqual({
        message: `programmeRef must be a Programme reference Programme:key (got "${cluster.ref}")`,
        code: "BAD_USER_INPUT",
        argumentName: "programmeRef",
      });
      expect(await refusal(`{ firmsAtEvents(territoryRef: "${market.ref}") { confidence } }`)).toMatchObject({
        code: "BAD_USER_INPUT",
        argumentName: "territoryRef",
      });
      expect(await refusal(`{ eventParticipation(marketRef: "${territory.ref}") { participants } }`)).toMatchObject({
        code: "BAD_USER_INPUT",
        argumentName: "marketRef",
      });
      expect(
        await refusal(`{ fundingBetween(funderRef: "${programme.ref}", recipientRef: "${cluster.ref}") { amount } }`),
      ).toMatchObject({
        code: "BAD_USER_INPUT",
        argumentName: "funderRef",
      });
      expect(await refusal(`{ membersByCommune(organizationRef: "${territory.ref}") { count } }`)).toMatchObject({
        code: "BAD_USER_INPUT",
        argumentName: "organizationRef",
      });
    });

    it("a bare id where a ref is expected", async () => {
      expect(await refusal(`{ programmeFunding(programmeRef: "${key(programme)}") { total } }`)).toMatchObject({
        code: "BAD_USER_INPUT",
        argumentName: "programmeRef",
      });
    });

    it("both forms at once", async () => {
      expect(
        await refusal(
          `{ programmeFunding(programmeRef: "${programme.ref}", programme: "${key(programme)}") { total } }`,
        ),
      ).toEqual({
        message: "give programmeRef or the deprecated programme, not both",
        code: "BAD_USER_INPUT",
        argumentName: "programmeRef",
      });
      expect(
        await refusal(`{ firmsAtEvents(marketRef: "${market.ref}", market: "${key(market)}") { confidence } }`),
      ).toMatchObject({ argumentName: "marketRef" });
    });

    it("neither form where the question needs the node", async () => {
      expect(await refusal("{ programmeFunding { total } }")).toEqual({
        message: "programmeRef is required: the Programme as Programme:key",
        code: "BAD_USER_INPUT",
        argumentName: "programmeRef",
      });
      expect(await refusal(`{ fundingBetween(funderRef: "${funder.ref}") { amount } }`)).toMatchObject({
        argumentName: "recipientRef",
      });
    });
  });
});
