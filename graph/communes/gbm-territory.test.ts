import { describe, expect, it } from "vitest";
import { communeFacts, communeNodeFact, communeNodeFacts, gbmMemberCodes, gbmTerritoryFacts } from "./gbm-territory.js";
import { epciByCode, gbmEpciCode, referenceSource } from "./reference-data.js";

describe("gbmTerritoryFacts", () => {
  const facts = gbmTerritoryFacts();
  const communes = facts.nodes.filter((node) => node.label === "Commune");

  it("has one commune and one PART_OF per member of the EPCI in the reference", () => {
    const officialCount = epciByCode(gbmEpciCode).membres.length;
    expect(officialCount).toBe(67); // decoupage-administratif 6.0.0
    expect(communes).toHaveLength(officialCount);
    expect(facts.relationships).toHaveLength(officialCount);
    expect(new Set(facts.relationships.map((r) => r.from)).size).toBe(officialCount);
    expect(facts.relationships.every((r) => r.type === "PART_OF" && r.to === "Territory:242500361")).toBe(true);
  });

  it("names the EPCI and the département from the reference", () => {
    expect(facts.nodes).toContainEqual(
      expect.objectContaining({
        label: "Territory",
        key: "242500361",
        properties: { name: "CU Grand Besançon Métropole", kind: "EPCI" },
      }),
    );
    expect(facts.nodes).toContainEqual(
      expect.objectContaining({ label: "Territory", key: "25", properties: { name: "Doubs", kind: "DEPARTMENT" } }),
    );
  });

  it("gives each commune its INSEE code, département and country", () => {
    expect(communes).toContainEqual({
      label: "Commune",
      key: "25056",
      properties: { name: "Besançon", inseeCode: "25056", department: "25", country: "FR", status: "current" },
      sources: [referenceSource],
    });
    expect(gbmMemberCodes()).toEqual(expect.arrayContaining(["25258", "25153", "25376", "25267", "25111"]));
  });

  it("lists today's members only: Le Gratteris, merged into Mamirolle, is not one", () => {
    expect(communes.map((node) => node.key)).toContain("25364");
    expect(communes.map((node) => node.key)).not.toContain("25297");
    expect(facts.relationships.some((r) => r.type === "MERGED_INTO")).toBe(false);
  });

  it("cites the reference record for each membership", () => {
    const besancon = facts.relationships.find((r) => r.from === "Commune:25056");
    expect(besancon).toMatchObject({
      source: "ref:decoupage-administratif@6.0.0",
      quote: "EPCI 242500361 (CU Grand Besançon Métropole) — membre 25056 Besançon",
      confidence: "stated",
    });
  });
});

describe("communeNodeFacts", () => {
  it("makes communes outside GBM", () => {
    const nodes = communeNodeFacts(["21231", "75056", "69123", "31555", "89024", "90010", "21231"]);
    expect(nodes.map((n) => n.properties.name)).toEqual(["Dijon", "Paris", "Lyon", "Toulouse", "Auxerre", "Belfort"]);
  });

  it("makes a reviewed former commune, with its successor and the date of the merger", () => {
    expect(communeNodeFact("25297")).toEqual({
      label: "Commune",
      key: "25297",
      properties: {
        name: "Le Gratteris",
        inseeCode: "25297",
        department: "25",
        country: "FR",
        status: "merged",
        mergedInto: "25364",
        mergedOn: "2025-01-01",
      },
      sources: [referenceSource],
    });
    expect(communeNodeFacts(["25297", "25364"]).map((n) => n.properties.status)).toEqual(["merged", "current"]);
  });

  it("refuses an unknown code", () => {
    expect(() => communeNodeFacts(["99999"])).toThrow(/99999/);
  });
});

describe("communeFacts", () => {
  it("adds, for a former commune, its MERGED_INTO from the reference and its successor's node", () => {
    const facts = communeFacts(["25056", "25297"], ["gbm-2024-00098"]);
    expect(facts.nodes.map((n) => [n.key, n.sources])).toEqual([
      ["25056", ["gbm-2024-00098"]],
      ["25297", ["gbm-2024-00098"]],
      ["25364", [referenceSource]], // named by the reference, not by the document
    ]);
    expect(facts.relationships).toEqual([
      {
        type: "MERGED_INTO",
        from: "Commune:25297",
        to: "Commune:25364",
        properties: {},
        source: "ref:decoupage-administratif@6.0.0",
        quote: "Mamirolle (25364) — ancien code 25297 (Le Gratteris)",
        confidence: "stated",
      },
    ]);
  });

  it("keeps the successor's node as asked for when the codes already hold it", () => {
    const facts = communeFacts(["25364", "25297"], ["gbm-2024-00098"]);
    expect(facts.nodes.map((n) => [n.key, n.sources])).toEqual([
      ["25364", ["gbm-2024-00098"]],
      ["25297", ["gbm-2024-00098"]],
    ]);
    expect(facts.relationships).toHaveLength(1);
  });

  it("adds nothing for current communes", () => {
    expect(communeFacts(["25056", "21231"]).relationships).toEqual([]);
  });
});
