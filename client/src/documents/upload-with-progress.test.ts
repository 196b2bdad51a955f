import { describe, expect, it } from "vitest";
import { newStreamLines } from "./upload-with-progress";

describe("newStreamLines", () => {
  it("reads the complete lines of a stream as it grows, keeping a cut line for later", () => {
    const first = '{"type":"progress","stage":"read","page":1,"pages":2}\n{"type":"progr';
    const read = newStreamLines(first, 0);
    expect(read.lines).toEqual([{ type: "progress", stage: "read", page: 1, pages: 2 }]);
    const grown = `${first}ess","stage":"save"}\n`;
    expect(newStreamLines(grown, read.consumed)).toEqual({
      lines: [{ type: "progress", stage: "save" }],
      consumed: grown.length,
    });
    expect(newStreamLines(grown, grown.length)).toEqual({ lines: [], consumed: grown.length });
  });
});
