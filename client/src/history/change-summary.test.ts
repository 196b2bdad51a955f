import { describe, expect, it } from "vitest";
import { displayValue, summarizeChange } from "./change-summary";

const participation = {
  type: "PARTICIPATED_IN",
  from: "Organization:statice",
  to: "Event:micronora-2024",
  properties: {
    factId: "x",
    source: "entered by marie",
    quote: "Liste des co-exposants",
    confidence: "unverified",
    reason: "liste provisoire",
    role: "co-exposant",
    year: 2024,
  },
};

describe("what a history entry shows", () => {
  it("lists an update's changed values before → after", () => {
    const summary = summarizeChange({
      action: "UPDATE_ORGANIZATION",
      before: JSON.stringify({ headcount: 12, aliases: null }),
      after: JSON.stringify({ headcount: 15, aliases: ["STATICE SAS", "Statice"] }),
    });
    expect(summary.values).toEqual([
      { name: "aliases", before: null, after: "STATICE SAS · Statice" },
      { name: "headcount", before: "12", after: "15" },
    ]);
  });

  it("shows a relationship added with its evidence, and its details as new values", () => {
    const summary = summarizeChange({ action: "ADD_RELATIONSHIP", before: null, after: JSON.stringify(participation) });
    expect(summary.relationship).toEqual({
      type: "PARTICIPATED_IN",
      from: "Organization:statice",
      to: "Event:micronora-2024",
      source: "entered by marie",
      quote: "Liste des co-exposants",
      confidence: "unverified",
      reason: "liste provisoire",
    });
    expect(summary.values).toEqual([
      { name: "role", before: null, after: "co-exposant" },
      { name: "year", before: null, after: "2024" },
    ]);
  });

  it("shows a removed relationship's values as gone", () => {
    const summary = summarizeChange({
      action: "REMOVE_RELATIONSHIP",
      before: JSON.stringify(participation),
      after: null,
    });
    expect(summary.relationship?.to).toBe("Event:micronora-2024");
    expect(summary.values).toEqual([
      { name: "role", before: "co-exposant", after: null },
      { name: "year", before: "2024", after: null },
    ]);
  });

  it("counts a deleted organisation's relationships", () => {
    const before = { properties: { id: "acme", name: "Acme", kind: "COMPANY" }, relationships: [{}, {}, {}] };
    expect(summarizeChange({ action: "DELETE_ORGANIZATION", before: JSON.stringify(before) }).values).toEqual([
      { name: "kind", before: "COMPANY", after: null },
      { name: "name", before: "Acme", after: null },
      { name: "relationships", before: "3", after: null },
    ]);
  });

  it("says which file an import read and what it did", () => {
    const after = {
      kind: "members",
      fileName: "adherents.csv",
      rows: 3,
      nodesCreated: 1,
      relationshipsCreated: 9,
      organizations: { created: 1, updated: 2 },
    };
    expect(summarizeChange({ action: "IMPORT", after: JSON.stringify(after) }).imported).toEqual({
      fileName: "adherents.csv",
      kind: "members",
      rows: 3,
      nodesCreated: 1,
      relationshipsCreated: 9,
      organizationsCreated: 1,
      organizationsUpdated: 2,
    });
  });

  it("writes values as text: lists joined, nothing as null", () => {
    expect(displayValue(["a", "b"])).toBe("a · b");
    expect(displayValue([])).toBeNull();
    expect(displayValue("")).toBeNull();
    expect(displayValue(0)).toBe("0");
  });
});
