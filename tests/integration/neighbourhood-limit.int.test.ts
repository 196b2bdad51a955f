// The neighbourhood under a limit, on a generated star whose second ring is far larger than the
// limit: the nearest ring first, then the first of the second ring by name, and the count of what
// the limit left out. (The bounded top-k measured against this query is `npm run bench:top-k`.)
import { inject } from "vitest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDatabase } from "../../graph/graph-database.js";
import { neighbourhood } from "../../server/analytics/neighbourhood.js";
import { TestServer } from "../helpers/test-server.js";
import { starFacts } from "../helpers/star-graph.js";

describe("the neighbourhood under a limit", () => {
  let server: TestServer;
  let reader: GraphDatabase;
  let hub: string;

  beforeAll(async () => {
    server = await TestServer.start();
    reader = { driver: server.driver, database: inject("neo4j").database };
    const star = starFacts((name) => server.uniqueId(name));
    hub = star.hub;
    await server.save(star.facts);
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
