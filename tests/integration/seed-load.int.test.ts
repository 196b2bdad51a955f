import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSeed } from "../../seed/build-seed.js";
import { FactLoadError, loadFacts } from "../../graph/load-facts.js";
import { seedDatabase } from "../../seed/seed-database.js";
import { aRelationship, anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";

describe("loading the seed", () => {
  let server: TestServer;
  const sources = buildSeed().ownedSources;

  /** Nodes and relationships that the seed's sources own (other test files add their own data meanwhile). */
  const seedCounts = async () => {
    const { records } = await server.driver.executeQuery(
      `CALL () { MATCH (n) WHERE any(s IN n.sources WHERE s IN $sources) RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() WHERE r.source IN $sources RETURN count(r) AS relationships }
       RETURN nodes, relationships`,
      { sources },
    );
    return { nodes: Number(records[0]!.get("nodes")), relationships: Number(records[0]!.get("relationships")) };
  };

  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("changes nothing the second time: same counts, nothing created", async () => {
    const before = await seedCounts();
    const report = await seedDatabase(server.driver);
    expect(report).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
    expect(await seedCounts()).toEqual(before);
    expect(before.nodes).toBe(report.nodes);
    expect(before.relationships).toBe(report.relationships);
  });

  it("reports in a dry run what it would change, and writes nothing", async () => {
    const firm = anOrganization(server.uniqueId("dry-run-firm"));
    const report = await loadFacts(server.driver, factSet(firm), { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, nodesCreated: 1 });
    const { records } = await server.driver.executeQuery("MATCH (o:Organization {id: $id}) RETURN count(o) AS count", {
      id: firm.build().key,
    });
    expect(Number(records[0]!.get("count"))).toBe(0);
  });

  it("writes nothing when one relationship points at a missing node", async () => {
    const firm = anOrganization(server.uniqueId("orphan-firm"));
    const facts = factSet(firm, aRelationship("MEMBER_OF", firm.ref, `Organization:${server.uniqueId("missing")}`));
    await expect(server.save(facts)).rejects.toThrow(FactLoadError);
    const { records } = await server.driver.executeQuery("MATCH (o:Organization {id: $id}) RETURN count(o) AS count", {
      id: firm.build().key,
    });
    expect(Number(records[0]!.get("count"))).toBe(0);
  });

  it("refuses two facts with the same identity", async () => {
    const firm = anOrganization(server.uniqueId("twice-firm"));
    const pole = anOrganization(server.uniqueId("twice-pole"));
    const facts = factSet(
      firm,
      pole,
      aRelationship("MEMBER_OF", firm.ref, pole.ref),
      aRelationship("MEMBER_OF", firm.ref, pole.ref).quoting("autre"),
    );
    await expect(server.save(facts)).rejects.toThrow(/duplicate relationship facts/);
  });
});
