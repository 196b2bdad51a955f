import { describe, expect, it } from "vitest";
import { countByStatus, countNeighboursByLabel, factStatus, groupFacts } from "./group-facts";

const names: Record<string, string> = {
  "Organization:pmt": "Pôle des Microtechniques",
  "Event:micronora-2024": "Micronora",
  "Event:ridy-2024": "RIDY",
  "Event:business-industrie-2024": "Business Industrie",
  "Organization:gbm": "Grand Besançon Métropole",
  "Organization:statice": "Statice",
  "Commune:25056": "Besançon",
};
const nameOf = (ref: string) => names[ref] ?? ref;
const fact = (id: string, type: string, from: string, to: string) => ({ id, type, from, to });

const facts = [
  fact("1", "PARTICIPATED_IN", "Organization:pmt", "Event:ridy-2024"),
  fact("2", "PARTICIPATED_IN", "Organization:pmt", "Event:micronora-2024"),
  fact("3", "FUNDS", "Organization:gbm", "Organization:pmt"),
  fact("4", "BUREAU_MEMBER_OF", "Organization:statice", "Organization:pmt"),
  fact("5", "LOCATED_IN", "Organization:pmt", "Commune:25056"),
  fact("6", "PARTICIPATED_IN", "Organization:pmt", "Event:business-industrie-2024"),
  fact("7", "LOCATED_IN", "Organization:statice", "Commune:25056"),
  fact("8", "FUNDS", "Organization:gbm", "Organization:pmt"),
];

describe("grouping a node's facts", () => {
  const groups = groupFacts("Organization:pmt", facts, nameOf);

  it("groups by type and direction, largest first, then by type", () => {
    expect(groups.map((group) => [group.type, group.direction, group.facts.length])).toEqual([
      ["PARTICIPATED_IN", "out", 3],
      ["FUNDS", "in", 2],
      ["BUREAU_MEMBER_OF", "in", 1],
      ["LOCATED_IN", "out", 1],
    ]);
  });

  it("names the neighbour at the other end and sorts neighbours by name", () => {
    expect(groups[0]!.facts.map((entry) => nameOf(entry.neighbour))).toEqual([
      "Business Industrie",
      "Micronora",
      "RIDY",
    ]);
    expect(groups[1]!.facts.map((entry) => entry.neighbour)).toEqual(["Organization:gbm", "Organization:gbm"]);
  });

  it("leaves out facts between two other nodes", () => {
    expect(groups.flatMap((group) => group.facts.map((entry) => entry.fact.id))).not.toContain("7");
  });

  it("counts distinct neighbours per label", () => {
    const labelOf = (ref: string) => ref.split(":")[0];
    expect(countNeighboursByLabel("Organization:pmt", facts, labelOf)).toEqual([
      { label: "Event", count: 3 },
      { label: "Organization", count: 2 },
      { label: "Commune", count: 1 },
    ]);
  });
});

describe("countByStatus", () => {
  const partnership = (status?: string) => ({
    properties: status
      ? [
          { name: "context", value: "x" },
          { name: "status", value: status },
        ]
      : [],
  });

  it("counts partnerships per status, every status listed, facts without one left out", () => {
    expect(
      countByStatus([partnership("ACTIVE"), partnership("PLANNED"), partnership("ACTIVE"), partnership()]),
    ).toEqual([
      { status: "ACTIVE", count: 2 },
      { status: "PLANNED", count: 1 },
      { status: "TO_STRENGTHEN", count: 0 },
    ]);
    expect(factStatus(partnership("TO_STRENGTHEN"))).toBe("TO_STRENGTHEN");
    expect(factStatus(partnership())).toBeUndefined();
  });
});
