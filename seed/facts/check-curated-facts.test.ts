import { describe, expect, it } from "vitest";
import { checkFacts } from "./check-curated-facts.js";
import { loadCuratedFacts } from "./read-curated-facts.js";

describe("the curated fact files", () => {
  it("pass every check: quotes, references, identities, endpoints, required properties", () => {
    const { errors } = checkFacts(loadCuratedFacts());
    expect(errors).toEqual([]);
  });

  it("report a fact whose quote, endpoint or evidence is wrong", () => {
    const facts = loadCuratedFacts();
    const index = facts.relationships.findIndex((fact) => fact.type === "BUREAU_MEMBER_OF");
    const seat = facts.relationships[index]!;
    facts.relationships.push(
      { ...seat, key: "doctored-quote", quote: "Le bureau est représenté par des astronautes" },
      { ...seat, key: "wrong-endpoint", to: "Market:ASD" },
      { ...seat, key: "unverified", confidence: "unverified" },
    );
    facts.relationshipOrigins.push(
      facts.relationshipOrigins[index]!,
      facts.relationshipOrigins[index]!,
      facts.relationshipOrigins[index]!,
    );
    const { errors } = checkFacts(facts);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/quote not found/);
    expect(errors[1]).toMatch(/BUREAU_MEMBER_OF goes Organization → Organization, not Organization → Market/);
    expect(errors[2]).toMatch(/unverified fact without a reason/);
  });
});
