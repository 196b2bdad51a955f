import { describe, expect, it } from "vitest";
import { type FactFormValues, relationshipInput } from "./fact-kinds";
import { parseDecimal, parseWhole } from "./form-numbers";

const aFact = (values: Partial<FactFormValues>): FactFormValues => ({
  type: "PARTICIPATED_IN",
  to: "Event:micronora-2024",
  role: "",
  year: "",
  amount: "",
  context: "",
  source: "",
  quote: "Liste des co-exposants",
  confidence: "stated",
  reason: "",
  ...values,
});

describe("the input of a new fact", () => {
  it("keeps the details the kind takes and trims them; no source means the server writes `entered by`", () => {
    const { input, problems } = relationshipInput(
      "Organization:statice",
      aFact({ role: " co-exposant ", year: "2024", amount: "12", context: "ignored" }),
    );
    expect(problems).toEqual({});
    expect(input).toEqual({
      type: "PARTICIPATED_IN",
      from: "Organization:statice",
      to: "Event:micronora-2024",
      role: "co-exposant",
      year: 2024,
      evidence: { quote: "Liste des co-exposants", confidence: "stated" },
    });
  });

  it("reads a funding's amount as typed in French, and sends a reason only for an unverified fact", () => {
    const stated = relationshipInput(
      "Organization:gbm",
      aFact({ type: "FUNDS", to: "Programme:pmt-animation-2024", amount: "45 000,50", reason: "ignored" }),
    );
    expect(stated.input).toMatchObject({ amount: 45000.5, evidence: { confidence: "stated" } });
    expect(stated.input!.evidence).not.toHaveProperty("reason");
    const unverified = relationshipInput(
      "Organization:gbm",
      aFact({ confidence: "unverified", reason: " registre ", source: "kbis" }),
    );
    expect(unverified.input!.evidence).toEqual({
      quote: "Liste des co-exposants",
      confidence: "unverified",
      reason: "registre",
      source: "kbis",
    });
  });

  it("is not sent while the other end is not picked, the confidence not chosen, or a number is not one", () => {
    const { input, problems } = relationshipInput(
      "Organization:statice",
      aFact({ type: "FUNDS", to: null, confidence: null, year: "2024,5", amount: "beaucoup" }),
    );
    expect(input).toBeNull();
    expect(problems).toEqual({
      to: "pickOther",
      "evidence.confidence": "chooseConfidence",
      year: "wholeYear",
      amount: "number",
    });
  });

  it("leaves an empty quote and a missing reason to the server, which says so at their field", () => {
    const { input } = relationshipInput("Organization:statice", aFact({ quote: "", confidence: "unverified" }));
    expect(input!.evidence).toEqual({ quote: "", confidence: "unverified" });
  });
});

describe("numbers as people type them", () => {
  it("reads French and English writing, and refuses the rest", () => {
    expect(parseDecimal("1 250 000,50")).toBe(1_250_000.5);
    expect(parseDecimal("1250000.5")).toBe(1_250_000.5);
    expect(parseDecimal("12")).toBe(12);
    expect(parseDecimal("12 k€")).toBeNull();
    expect(parseDecimal("")).toBeNull();
    expect(parseWhole("24")).toBe(24);
    expect(parseWhole("24,5")).toBeNull();
  });
});
