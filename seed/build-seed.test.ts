import { describe, expect, it } from "vitest";
import { buildSeed } from "./build-seed.js";
import { findUnquotedFacts } from "./quote-check.js";
import { readSeedDocuments } from "./seed-documents.js";

describe("the seed extracted from the deliberation", () => {
  const seed = buildSeed();
  const documents = readSeedDocuments();

  it("gives every relationship from a source document a quote found verbatim in it", () => {
    const fromDocuments = seed.facts.relationships.filter((fact) => documents.has(fact.source));
    expect(fromDocuments.length).toBeGreaterThan(600);
    expect(findUnquotedFacts(seed.facts.relationships, documents)).toEqual([]);
  });

  it("catches a doctored quote", () => {
    const bureauSeat = seed.facts.relationships.find((fact) => fact.type === "BUREAU_MEMBER_OF")!;
    const doctored = { ...bureauSeat, quote: bureauSeat.quote.replace("Statice", "Statyce") };
    expect(findUnquotedFacts([bureauSeat, doctored], documents)).toEqual([doctored]);
  });

  it("ignores line breaks and repeated spaces inside a quote", () => {
    const bureauSeat = seed.facts.relationships.find((fact) => fact.type === "BUREAU_MEMBER_OF")!;
    const rewrapped = { ...bureauSeat, quote: bureauSeat.quote.replaceAll(" ", "\n  ") };
    expect(findUnquotedFacts([rewrapped], documents)).toEqual([]);
  });

  it("gives every relationship evidence: a source, a quote and a confidence, with a reason when unverified", () => {
    for (const fact of seed.facts.relationships) {
      expect(fact.source, `${fact.from} ${fact.type} ${fact.to}`).toBeTruthy();
      expect(fact.quote.trim(), `${fact.from} ${fact.type} ${fact.to}`).not.toBe("");
      expect(["stated", "unverified"]).toContain(fact.confidence);
      if (fact.confidence === "unverified") expect(fact.reason, `${fact.from} ${fact.type} ${fact.to}`).toBeTruthy();
    }
  });

  it("gives every node its sources", () => {
    for (const node of seed.facts.nodes) expect(node.sources.length, `${node.label}:${node.key}`).toBeGreaterThan(0);
  });

  it("points every relationship at a node the seed defines", () => {
    const defined = new Set(seed.facts.nodes.map((node) => `${node.label}:${node.key}`));
    const dangling = seed.facts.relationships
      .flatMap((fact) => [fact.from, fact.to])
      .filter((ref) => !defined.has(ref));
    expect([...new Set(dangling)]).toEqual([]);
  });
});
