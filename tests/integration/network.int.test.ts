// The network questions through GraphQL against the real database: small graphs with known answers
// (each under a relationship type of its own, so the seed and other tests never count), the seed,
// the cache and its invalidation by a write.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  NetworkBrokersDocument,
  NetworkChangeDocument,
  NetworkCommunitiesDocument,
  NetworkMetricsDocument,
} from "../../client/src/__generated__/graphql.js";
import type { NodeRef } from "../../graph/fact-model.js";
import { anOrganization, aNode, aRelationship, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";

/** A relationship type no other test or the seed uses. */
const uniqueType = (name: string) => `NET_${name}_${randomUUID().replaceAll("-", "").slice(0, 10).toUpperCase()}`;

/** Organisations `prefix-0…n-1` of this run. */
const organizations = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => anOrganization(`${prefix}-${i}-${randomUUID().slice(0, 8)}`));

/** Every pair of the nodes tied by `type`. */
const clique = (type: string, nodes: Array<{ ref: NodeRef }>) =>
  nodes.flatMap((a, i) => nodes.slice(i + 1).map((b) => aRelationship(type, a.ref, b.ref)));

describe("network analysis through GraphQL", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("finds the barbell's bridge as the top broker, and the bridge between its two sides with evidence paths", async () => {
    const type = uniqueType("BARBELL");
    const left = organizations("left", 4);
    const right = organizations("right", 4);
    const [bridge] = organizations("bridge", 1);
    await server.save(
      factSet(
        ...left,
        ...right,
        bridge!,
        ...clique(type, left),
        ...clique(type, right),
        aRelationship(type, left[0]!.ref, bridge!.ref),
        aRelationship(type, bridge!.ref, right[0]!.ref),
      ),
    );
    const projection = { labels: ["Organization" as const], relationshipTypes: [type] };
    const { networkMetrics } = await server.execute(NetworkMetricsDocument, {
      projection,
      metric: "BETWEENNESS",
      top: 3,
    });
    expect(networkMetrics.exact).toBe(true);
    expect(networkMetrics.scores[0]!.node.ref).toBe(bridge!.ref);
    expect(networkMetrics.scores[0]!.score).toBeCloseTo(16);
    expect(networkMetrics.ties.length).toBeGreaterThan(0);

    const { brokers } = await server.execute(NetworkBrokersDocument, {
      projection,
      between: { tiedTo: left[1]!.ref },
      and: { tiedTo: right[1]!.ref },
      top: 3,
    });
    // left-1's neighbours are the other three of its side, right-1's likewise.
    expect(brokers.betweenSize).toBe(3);
    expect(brokers.andSize).toBe(3);
    // Every member of a small group is a source: nothing is estimated.
    expect([brokers.exact, brokers.sampledSources]).toEqual([true, 3]);
    const broker = brokers.brokers.find((candidate) => candidate.node.ref === bridge!.ref)!;
    expect(broker.score).toBeCloseTo(1);
    expect(broker.paths.length).toBeGreaterThan(0);
    for (const path of broker.paths) {
      expect(path.nodes.map((node) => node.ref)).toContain(bridge!.ref);
      expect(path.edges.every((edge) => edge.type === type && edge.source === server.source)).toBe(true);
      expect(path.edges).toHaveLength(path.length);
    }
  });

  it("finds the star's centre as the hub by degree and PageRank", async () => {
    const type = uniqueType("STAR");
    const [hub] = organizations("hub", 1);
    const leaves = organizations("leaf", 6);
    await server.save(factSet(hub!, ...leaves, ...leaves.map((leaf) => aRelationship(type, hub!.ref, leaf.ref))));
    const projection = { labels: ["Organization" as const], relationshipTypes: [type] };
    for (const metric of ["DEGREE", "PAGERANK"] as const) {
      const { networkMetrics } = await server.execute(NetworkMetricsDocument, { projection, metric, top: 10 });
      expect(networkMetrics.scores[0]!.node.ref).toBe(hub!.ref);
      expect(networkMetrics.scores[0]!.degree).toBe(6);
      expect(networkMetrics.scores).toHaveLength(7);
    }
  });

  it("splits two disconnected groups into two communities", async () => {
    const type = uniqueType("GROUPS");
    const first = organizations("first", 4);
    const second = organizations("second", 4);
    await server.save(factSet(...first, ...second, ...clique(type, first), ...clique(type, second)));
    const { communities } = await server.execute(NetworkCommunitiesDocument, {
      projection: { labels: ["Organization"], relationshipTypes: [type] },
      top: 2,
      members: 10,
    });
    const groups = communities.communities.map((community) => community.members.map((node) => node.ref).sort());
    expect(groups.map((group) => group.length)).toEqual([4, 4]);
    expect(groups).toContainEqual(first.map((node) => node.ref).sort());
    expect(groups).toContainEqual(second.map((node) => node.ref).sort());
    expect(communities.modularity).toBeGreaterThan(0.3);
  });

  it("answers from the cache until a write touches the graph", async () => {
    const type = uniqueType("CACHE");
    const [a, b, c] = organizations("cache", 3);
    await server.save(factSet(a!, b!, c!, aRelationship(type, a!.ref, b!.ref)));
    const variables = { projection: { labels: ["Organization" as const], relationshipTypes: [type] }, top: 5 };
    const first = await server.execute(NetworkMetricsDocument, variables);
    const second = await server.execute(NetworkMetricsDocument, variables);
    expect(first.networkMetrics.projection.cached).toBe(false);
    expect(second.networkMetrics.projection.cached).toBe(true);
    expect(second.networkMetrics.scores).toEqual(first.networkMetrics.scores);

    await server.save(factSet(aRelationship(type, b!.ref, c!.ref)));
    const third = await server.execute(NetworkMetricsDocument, variables);
    expect(third.networkMetrics.projection.cached).toBe(false);
    expect(third.networkMetrics.scores[0]).toMatchObject({ node: { ref: b!.ref }, degree: 2 });
  });

  it("compares two years: who joined, who left, new and gone ties, undated ties shown apart", async () => {
    const type = uniqueType("YEARS");
    const [stays, leaves, joins] = organizations("years", 3);
    const event = aNode("Event", `years-event-${randomUUID().slice(0, 8)}`);
    await server.save(
      factSet(
        stays!,
        leaves!,
        joins!,
        event,
        aRelationship(type, stays!.ref, event.ref).withProperties({ year: 2023 }),
        aRelationship(type, leaves!.ref, event.ref).withProperties({ year: 2023 }),
        // A second participation of the same pair, told apart by its key.
        {
          build: () => ({
            ...aRelationship(type, stays!.ref, event.ref).withProperties({ year: 2024 }).build(),
            key: "2024",
          }),
        },
        aRelationship(type, joins!.ref, event.ref).withProperties({ year: 2024 }),
        aRelationship(type, stays!.ref, joins!.ref),
      ),
    );
    const projection = { labels: ["Organization" as const, "Event" as const], relationshipTypes: [type] };
    const { networkChange } = await server.execute(NetworkChangeDocument, { projection, from: 2023, to: 2024 });
    expect(networkChange.joined.map((node) => node.ref)).toEqual([joins!.ref]);
    expect(networkChange.left.map((node) => node.ref)).toEqual([leaves!.ref]);
    expect(networkChange.stayed).toBe(2);
    expect(networkChange.newTies).toEqual([expect.objectContaining({ type, year: 2024 })]);
    expect(networkChange.goneTies).toEqual([expect.objectContaining({ type, year: 2023 })]);
    expect(networkChange.undatedTiesCount).toBe(1);

    // The 2024 view keeps the undated tie and says so.
    const { networkMetrics } = await server.execute(NetworkMetricsDocument, {
      projection: { ...projection, years: [2024] },
      metric: "DEGREE",
      top: 10,
    });
    expect(networkMetrics.projection.undatedRelationships).toBe(1);
    expect(networkMetrics.ties.filter((tie) => tie.year === null)).toHaveLength(1);
    expect(networkMetrics.scores.map((score) => score.node.ref)).not.toContain(leaves!.ref);
  });

  it("refuses a bad projection and a group named twice with clear errors", async () => {
    const badType = await server.post(NetworkMetricsDocument, { projection: { relationshipTypes: ["not a type"] } });
    expect(badType.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('"not a type" is not a relationship type'),
      extensions: { code: "BAD_USER_INPUT" },
    });
    const twice = await server.post(NetworkBrokersDocument, {
      between: { tiedTo: "Market:ASD", community: 0 },
      and: { tiedTo: "Market:HEALTH" },
    });
    expect(twice.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const tooMany = await server.post(NetworkMetricsDocument, { top: 1000 });
    expect(tooMany.body.errors?.[0]?.message).toContain("top must be a whole number from 1 to 100");
  });

  describe("on the seed", () => {
    for (const metric of ["DEGREE", "BETWEENNESS", "PAGERANK"] as const) {
      it(`ranks the ecosystem by ${metric}, PMT among the top five`, async () => {
        const { networkMetrics } = await server.execute(NetworkMetricsDocument, { metric, top: 5 });
        expect(networkMetrics.scores).toHaveLength(5);
        expect(networkMetrics.scores.map((score) => score.node.ref)).toContain("Organization:pmt");
        expect(networkMetrics.projection.nodes).toBeGreaterThan(50);
      });
    }

    it("finds communities in the ecosystem with a positive modularity", async () => {
      const { communities } = await server.execute(NetworkCommunitiesDocument, {});
      expect(communities.count).toBeGreaterThan(1);
      expect(communities.modularity).toBeGreaterThan(0);
      expect(communities.communities[0]!.size).toBeGreaterThanOrEqual(communities.communities[1]!.size);
    });

    it("names who bridges the ASD and the health actors, with the quoted evidence of each path", async () => {
      const { brokers } = await server.execute(NetworkBrokersDocument, {});
      expect(brokers.betweenSize).toBeGreaterThan(0);
      expect(brokers.andSize).toBeGreaterThan(0);
      expect(brokers.brokers.length).toBeGreaterThan(0);
      const [first] = brokers.brokers;
      expect(first!.paths.length).toBeGreaterThan(0);
      for (const edge of first!.paths.flatMap((path) => path.edges)) expect(edge.quote).not.toBe("");
    });

    it("says what changed between 2023 and 2024", async () => {
      const { networkChange } = await server.execute(NetworkChangeDocument, {});
      expect(networkChange.joinedCount + networkChange.leftCount + networkChange.stayed).toBeGreaterThan(0);
      expect(networkChange.newTiesCount).toBeGreaterThan(0);
    });
  });
});
