import { describe, expect, it } from "vitest";
import { communeNodeFacts, gbmMemberCodes, gbmTerritoryFacts } from "./gbm-territory.js";
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
    expect(facts.nodes).toContainEqual(expect.objectContaining({ label: "Territory", key: "242500361", properties: { name: "CU Grand Besançon Métropole", kind: "EPCI" } }));
    expect(facts.nodes).toContainEqual(expect.objectContaining({ label: "Territory", key: "25", properties: { name: "Doubs", kind: "DEPARTMENT" } }));
  });

  it("gives each commune its INSEE code, département and country", () => {
    expect(communes).toContainEqual({ label: "Commune", key: "25056", properties: { name: "Besançon", inseeCode: "25056", department: "25", country: "FR" }, sources: [referenceSource] });
    expect(gbmMemberCodes()).toEqual(expect.arrayContaining(["25258", "25153", "25376", "25267", "25111"]));
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

  it("refuses an unknown code", () => {
    expect(() => communeNodeFacts(["99999"])).toThrow(/99999/);
  });
});
