import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight-segments";

describe("highlightSegments", () => {
  it("cuts a page at the passages over it, offsets in the full text", () => {
    const segments = highlightSegments("Cryla, à Thise, innove.", 100, [
      { id: "f1", kind: "fact", start: 100, end: 115 },
      { id: "m1", kind: "match", start: 109, end: 114 },
      { id: "far", kind: "fact", start: 0, end: 50 },
    ]);
    expect(segments.map((segment) => [segment.text, segment.passages.map((passage) => passage.id)])).toEqual([
      ["Cryla, à ", ["f1"]],
      ["Thise", ["f1", "m1"]],
      [",", ["f1"]],
      [" innove.", []],
    ]);
  });
});
