import { describe, expect, it } from "vitest";
import { highlightSegments, markdownBold } from "./highlight-segments";

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

describe("markdownBold", () => {
  it("shows bold runs without their marks", () => {
    expect(markdownBold("Présents : **Avanne-Aveney :** M. X")).toEqual([
      { text: "Présents : ", bold: false },
      { text: "Avanne-Aveney :", bold: true },
      { text: " M. X", bold: false },
    ]);
  });
});
