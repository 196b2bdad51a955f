// The neighbourhood under a limit, on a generated star whose second ring is far larger than the
// limit: the nearest ring first, then the first of the second ring by name, and the count of what
// the limit left out. (The bounded top-k measured against this query is `npm run bench:top-k`.)
import { inject } from "vitest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDatabase } from "../../graph/graph-database.js";
import { neighbourhood } from "../../server/analytics/neighbourhood.js";
import { aNode, aRelationship, anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";

/** A leaf's name: the leaves' names are not in the order they were made, so the sort matters. */
const leafName = (index: number, count: number) => `Feuille ${String((index * 7919) % count).padStart(6, "0")}`;

describe("the neighbourhood under a limit", () => {
  let server: TestServer;
  let reader: GraphDatabase;
  let hub: string;

  beforeAll(async () => {
    server = await TestServer.start();
    reader = { driver: server.driver, database: inject("neo4j").database };
    // A hub with 40 spokes, each with 100 leaves of its own and 10 it shares with the next spoke
    // (4,400 leaves, the shared ones reached twice), and an event.
    const spokes = Array.from({ length: 40 }, (_, index) =>
      anOrganization(server.uniqueId(`spoke-${index}`)).named(`Rayon ${String((index * 17) % 40).padStart(2, "0")}`),
    );
    const leafCount = 4_400;
    const leaves = Array.from({ length: leafCount }, (_, index) =>
      anOrganization(server.uniqueId(`leaf-${index}`)).named(leafName(index, leafCount)),
    );
    const centre = anOrganization(server.uniqueId("hub")).named("Moyeu");
    const event = aNode("Event", server.uniqueId("salon")).with({ name: "Salon du moyeu", year: 2024 });
    hub = centre.ref;
    await server.save(
      factSet(
        centre,
        event,
        ...spokes,
        ...leaves,
        aRelationship("PARTICIPATED_IN", centre.ref, event.ref).withProperties({ role: "exposant", year: 2024 }),
        ...spokes.map((spoke) => aRelationship("PARTNER_OF", centre.ref, spoke.ref)),
        ...spokes.flatMap((spoke, index) =>
          Array.from({ length: 110 }, (_, offset) =>
            aRelationship("MEMBER_OF", leaves[(index * 110 + offset) % leafCount]!.ref, spoke.ref),
          ),
        ),
      ),
    );
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  const answer = async (limit: number) => {
    const found = await neighbourhood(reader, { ref: hub, depth: 2, limit, labels: null, statedOnly: false });
    return { ...found!, refs: found!.nodes.map((node) => node.ref) };
  };

  it("counts what the limit left out", async () => {
    const all = await answer(5000);
    // The hub, its event, 40 spokes and 4,400 leaves.
    expect([all.totalNodes, all.omittedNodes, all.truncated]).toEqual([4_442, 0, false]);
    const capped = await answer(200);
    expect([capped.refs.length, capped.totalNodes, capped.omittedNodes, capped.truncated]).toEqual([
      200,
      4_442,
      4_242,
      true,
    ]);
  });

  it("shows the nearest ring first, then the second ring's first nodes by name", async () => {
    const capped = await answer(200);
    // The event and the 40 spokes, then the first leaves by name.
    expect(capped.refs.slice(1, 42).every((ref) => !ref.includes("leaf-"))).toBe(true);
    const leaves = capped.nodes.slice(42).map((node) => node.name);
    expect(leaves).toHaveLength(158);
    expect(leaves).toEqual([...leaves].sort());
    expect(leaves[0]).toBe("Feuille 000000");
  });
});
