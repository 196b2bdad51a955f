import { describe, expect, it } from "vitest";
import { isForward, pathText } from "./path-text";

const path = {
  nodes: [
    { ref: "Territory:242500361", name: "Grand Besançon Métropole" },
    { ref: "Commune:25056", name: "Besançon" },
    { ref: "Organization:statice", name: "Statice" },
    { ref: "Event:micronora-2024", name: "Micronora" },
  ],
  edges: [
    { type: "PART_OF", from: "Commune:25056", to: "Territory:242500361" },
    { type: "LOCATED_IN", from: "Organization:statice", to: "Commune:25056" },
    { type: "PARTICIPATED_IN", from: "Organization:statice", to: "Event:micronora-2024" },
  ],
};

describe("writing a path as text", () => {
  it("follows each relationship's own direction", () => {
    expect([0, 1, 2].map((index) => isForward(path, index))).toEqual([false, false, true]);
  });

  it("writes the path in Cypher-like notation, names kept as they are", () => {
    expect(pathText(path)).toBe(
      "Grand Besançon Métropole <-[PART_OF]- Besançon <-[LOCATED_IN]- Statice -[PARTICIPATED_IN]-> Micronora",
    );
  });

  it("writes a single node as its name", () => {
    expect(pathText({ nodes: [path.nodes[0]!], edges: [] })).toBe("Grand Besançon Métropole");
  });
});
