import { describe, expect, it } from "vitest";
import { verdictOf } from "./targets.js";

const measured = (met: Record<string, boolean>) => Object.entries(met).map(([scale, ok]) => ({ scale, met: ok }));

describe("a target's verdict", () => {
  it("judges a bar at 1M by the large scale alone", () => {
    expect(verdictOf(measured({ small: false, medium: false, large: true }))).toBe("met");
    expect(verdictOf(measured({ small: true, large: false }))).toBe("missed");
    expect(verdictOf(measured({ small: true, medium: true }))).toBe("met below 1M");
  });

  it("misses a bar that holds at every scale when any scale misses it", () => {
    expect(verdictOf(measured({ small: false, medium: true, large: true }), true)).toBe("missed");
    expect(verdictOf(measured({ small: true, medium: false }), true)).toBe("missed below 1M");
    expect(verdictOf(measured({ small: true, medium: true, large: true }), true)).toBe("met");
  });

  it("has nothing to judge when no scale was measured", () => {
    expect(verdictOf([], true)).toBe("not measured");
  });
});
