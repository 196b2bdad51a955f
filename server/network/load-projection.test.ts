import { describe, expect, it } from "vitest";
import { startRanges } from "./load-projection.js";
import type { NetworkNode } from "./network-graph.js";

/** Nodes with the internal ids given (sorted, as the projection's read returns them). */
const nodesWithIds = (ids: number[]): NetworkNode[] =>
  ids.map((id) => ({ id, ref: `Organization:o${id}`, label: "Organization", name: `o${id}` }));

describe("the ranges of start nodes the relationships are read in", () => {
  it("covers every node exactly once, in contiguous ranges of about as many nodes", () => {
    const ids = [3, 4, 9, 10, 11, 40, 41, 42, 100, 250, 251];
    const ranges = startRanges(nodesWithIds(ids), 4);
    expect(ranges).toHaveLength(4);
    for (let k = 1; k < ranges.length; k++) expect(ranges[k]![0]).toBe(ranges[k - 1]![1]);
    const counts = ranges.map(([low, high]) => ids.filter((id) => low <= id && id < high).length);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(ids.length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it("reads a graph smaller than the parts in one range per node, and an empty one in none", () => {
    expect(startRanges(nodesWithIds([7, 8]), 4)).toEqual([
      [7, 8],
      [8, 9],
    ]);
    expect(startRanges([], 4)).toEqual([]);
  });
});
