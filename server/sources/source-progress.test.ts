import { describe, expect, it } from "vitest";
import { describeProgress } from "./source-progress.js";

describe("describeProgress", () => {
  it("says each step of an upload for the command line", () => {
    expect(describeProgress({ stage: "read", page: 120, pages: 300 })).toBe("read page 120 of 300");
    expect(describeProgress({ stage: "scan", part: 3, parts: 300 })).toBe(
      "looked for mentions and suggestions in part 3 of 300",
    );
    expect(describeProgress({ stage: "save" })).toBe("saving the document and its suggestions");
  });
});
