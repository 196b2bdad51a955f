import { describe, expect, it } from "vitest";
import { reportedSeconds } from "./embedded-import.js";

describe("the import tool's reported duration", () => {
  it("reads hours, minutes, seconds and milliseconds from its IMPORT DONE line", () => {
    expect(reportedSeconds(["Imported:", "IMPORT DONE in 6s 81ms."])).toBeCloseTo(6.081, 3);
    expect(reportedSeconds(["IMPORT DONE in 1h 2m 3s 4ms. Imported:"])).toBeCloseTo(3723.004, 3);
    expect(reportedSeconds(["nothing done"])).toBeUndefined();
  });
});
