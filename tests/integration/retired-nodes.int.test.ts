// A re-seed deletes the nodes the model retired (seed/retired-nodes.ts), unless another source still
// links them: then it keeps them and says so, so no one's edit is lost. It also removes the properties
// the model retired (seed/retired-properties.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FactSet } from "../../graph/fact-model.js";
import { loadFacts } from "../../graph/load-facts.js";
import type { NodeRef } from "../../graph/node-ref.js";
import { aRelationship, anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";

describe("retiring nodes on a re-seed", () => {
  let server: TestServer;
  /** The source a "seed" owns in one test, and another source (an editor's) that may also link its nodes. */
  let owned: string;
  let other: string;

  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Writes facts with the given relationship source; nodes carry the file's source for the clean-up. */
  const write = (facts: FactSet, source: string, options: Parameters<typeof loadFacts>[2] = {}) =>
    loadFacts(
      server.driver,
      {
        nodes: facts.nodes.map((node) => ({ ...node, sources: [server.source] })),
        relationships: facts.relationships.map((fact) => ({ ...fact, source })),
      },
      options,
    );
  const exists = async (ref: NodeRef) => {
    const { records } = await server.driver.executeQuery("MATCH (o:Organization {id: $id}) RETURN count(o) AS count", {
      id: ref.slice("Organization:".length),
    });
    return Number(records[0]!.get("count")) === 1;
  };

  /** A pole, a firm the model keeps, and a firm it retired, linked by the owned source. */
  const earlierSeed = async (name: string) => {
    owned = `${server.source}#seed-${name}`;
    other = `${server.source}#edit-${name}`;
    const pole = anOrganization(server.uniqueId(`${name}-pole`));
    const kept = anOrganization(server.uniqueId(`${name}-kept`));
    const retired = anOrganization(server.uniqueId(`${name}-retired`));
    await write(
      factSet(
        pole,
        kept,
        retired,
        aRelationship("MEMBER_OF", kept.ref, pole.ref),
        aRelationship("MEMBER_OF", retired.ref, pole.ref),
      ),
      owned,
    );
    const nextSeed = factSet(pole, kept, aRelationship("MEMBER_OF", kept.ref, pole.ref));
    return { pole, retired, nextSeed };
  };

  it("deletes a retired node once the seed no longer links it", async () => {
    const { retired, nextSeed } = await earlierSeed("deleted");
    const report = await write(nextSeed, owned, { replaceSources: [owned], retireNodes: [retired.ref] });
    expect(report).toMatchObject({ relationshipsDeleted: 1, nodesDeleted: 1, retiredNodesKept: [] });
    expect(await exists(retired.ref)).toBe(false);
  });

  it("keeps a retired node another source still links, and reports it", async () => {
    const { pole, retired, nextSeed } = await earlierSeed("kept");
    await write(
      factSet(aRelationship("PARTNER_OF", pole.ref, retired.ref).withProperties({ context: "saisie" })),
      other,
    );
    const report = await write(nextSeed, owned, { replaceSources: [owned], retireNodes: [retired.ref] });
    expect(report).toMatchObject({ nodesDeleted: 0, retiredNodesKept: [{ ref: retired.ref, relationships: 1 }] });
    expect(await exists(retired.ref)).toBe(true);
  });

  it("reports the deletion in a dry run and deletes nothing", async () => {
    const { retired, nextSeed } = await earlierSeed("dry-run");
    const report = await write(nextSeed, owned, { replaceSources: [owned], retireNodes: [retired.ref], dryRun: true });
    expect(report).toMatchObject({ dryRun: true, nodesDeleted: 1 });
    expect(await exists(retired.ref)).toBe(true);
  });

  it("passes over a retired node that is not in the database", async () => {
    const report = await write(factSet(), `${server.source}#empty`, {
      retireNodes: [`Organization:${server.uniqueId("never-written")}`],
    });
    expect(report).toMatchObject({ nodesDeleted: 0, retiredNodesKept: [] });
  });

  describe("retired properties", () => {
    /** A firm with an old property named for this test only (the removal reaches every node of the label). */
    const firmWithOldProperty = async (name: string) => {
      const property = `old_${server.uniqueId(name).replace(/[^A-Za-z0-9]/gu, "_")}`;
      const firm = anOrganization(server.uniqueId(name));
      await write(factSet(firm), `${server.source}#${name}`);
      await server.driver.executeQuery(`MATCH (o:Organization {id: $id}) SET o.${property} = ['un', 'deux']`, {
        id: firm.ref.slice("Organization:".length),
      });
      const value = async () => {
        const { records } = await server.driver.executeQuery(
          `MATCH (o:Organization {id: $id}) RETURN o.${property} AS value`,
          { id: firm.ref.slice("Organization:".length) },
        );
        return records[0]!.get("value") as unknown;
      };
      return { property, value };
    };

    it("removes a retired property from the nodes that still have it, and counts them", async () => {
      const { property, value } = await firmWithOldProperty("props");
      const report = await write(factSet(), `${server.source}#props-again`, {
        retireProperties: [{ label: "Organization", property }],
      });
      expect(report.retiredPropertiesRemoved).toBe(1);
      expect(await value()).toBeNull();
    });

    it("removes it only from the nodes it is retired from", async () => {
      const { property, value } = await firmWithOldProperty("props-scoped");
      const axis = anOrganization(server.uniqueId("props-scoped-axis"));
      await write(factSet(axis), `${server.source}#props-scoped-axis`);
      await server.driver.executeQuery(
        `MATCH (o:Organization {id: $id}) SET o.${property} = 'x', o.kind = 'AXIS', o.year = 2024`,
        {
          id: axis.ref.slice("Organization:".length),
        },
      );
      const report = await write(factSet(), `${server.source}#props-scoped-again`, {
        retireProperties: [{ label: "Organization", property, having: { kind: "AXIS", year: 2024 } }],
      });
      expect(report.retiredPropertiesRemoved).toBe(1);
      expect(await value()).toEqual(["un", "deux"]);
    });

    it("counts in a dry run and removes nothing", async () => {
      const { property, value } = await firmWithOldProperty("props-dry");
      const report = await write(factSet(), `${server.source}#props-dry-again`, {
        retireProperties: [{ label: "Organization", property }],
        dryRun: true,
      });
      expect(report.retiredPropertiesRemoved).toBe(1);
      expect(await value()).toEqual(["un", "deux"]);
    });

    it("refuses a property name that is not one, before writing anything", async () => {
      const firm = anOrganization(server.uniqueId("props-refused"));
      await expect(
        write(factSet(firm), `${server.source}#props-refused`, {
          retireProperties: [{ label: "Organization", property: "x = 1 DETACH DELETE n //" }],
        }),
      ).rejects.toThrow(/is not a property name/u);
      expect(await exists(firm.ref)).toBe(false);
    });
  });
});
