import { describe, expect, it } from "vitest";
import { epciMemberCodes, gbmEpciCode } from "../../graph/communes/reference-data.js";
import { factId } from "../../graph/fact-model.js";
import { organizationKinds } from "./ecosystem-vocabulary.js";
import { ecosystemSize, generateEcosystem, toFactSet } from "./synthetic-ecosystem.js";

describe("the synthetic ecosystem", () => {
  const ecosystem = generateEcosystem({ scale: "tiny" });
  const facts = toFactSet(ecosystem);

  it("is the same graph for the same seed, another for another seed", () => {
    expect(toFactSet(generateEcosystem({ scale: "tiny" }))).toEqual(facts);
    expect(toFactSet(generateEcosystem({ scale: "tiny", seed: 7 }))).not.toEqual(facts);
  });

  it("has the scale's participations, and no relationship twice", () => {
    const small = toFactSet(generateEcosystem({ scale: "small" }));
    expect(ecosystemSize(ecosystem).participations).toBe(400);
    expect(small.relationships.filter((fact) => fact.type === "PARTICIPATED_IN")).toHaveLength(10_000);
    for (const { relationships } of [facts, small]) {
      const ids = relationships.map(factId);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("has organisations of every kind, in real communes, some of them GBM's", () => {
    const kinds = new Set(
      facts.nodes.filter((node) => node.label === "Organization").map((node) => node.properties.kind),
    );
    expect([...kinds].sort()).toEqual(organizationKinds.map((entry) => entry.kind).sort());
    const gbm = epciMemberCodes(gbmEpciCode);
    const located = facts.relationships
      .filter((fact) => fact.type === "LOCATED_IN")
      .map((fact) => fact.to.slice("Commune:".length));
    expect(located.some((code) => gbm.has(code))).toBe(true);
    expect(located.some((code) => !gbm.has(code))).toBe(true);
    const partOfGbm = facts.relationships.filter(
      (fact) => fact.type === "PART_OF" && fact.to === `Territory:${gbmEpciCode}`,
    );
    expect(partOfGbm).toHaveLength(gbm.size);
  });

  it("puts evidence on every relationship and sources on every node, a few facts unverified with a reason", () => {
    expect(facts.nodes.every((node) => node.sources.length === 1 && node.sources[0] === "bench:tiny")).toBe(true);
    expect(facts.relationships.every((fact) => fact.source === "bench:tiny" && fact.quote.length > 0)).toBe(true);
    const unverified = facts.relationships.filter((fact) => fact.confidence === "unverified");
    expect(unverified.length).toBeGreaterThan(0);
    expect(unverified.length).toBeLessThan(facts.relationships.length * 0.1);
    expect(unverified.every((fact) => fact.reason)).toBe(true);
  });

  it("prefixes every key when asked, so that a test's graph is its own", () => {
    const own = toFactSet(generateEcosystem({ scale: "tiny", keyPrefix: "t1-", nameTag: "tagx" }));
    expect(own.nodes.every((node) => node.key.startsWith("t1-"))).toBe(true);
    expect(
      own.nodes
        .filter((node) => node.label === "Organization")
        .every((node) => String(node.properties.name).endsWith(" tagx")),
    ).toBe(true);
  });
});
