import { describe, expect, it } from "vitest";
import { parseKinds, parseOptional, parseSwitch, parseYear } from "./question-params";

describe("reading question parameters from the URL", () => {
  it("reads four-digit years and treats anything else as any year", () => {
    expect(parseYear("2024")).toBe(2024);
    expect(parseYear(" 2023 ")).toBe(2023);
    expect(parseYear("")).toBeNull();
    expect(parseYear("24")).toBeNull();
    expect(parseYear(null)).toBeNull();
  });

  it("keeps known organisation kinds in form order and falls back to companies", () => {
    expect(parseKinds(["RESEARCH", "COMPANY", "BOGUS"])).toEqual(["COMPANY", "RESEARCH"]);
    expect(parseKinds([])).toEqual(["COMPANY"]);
    expect(parseKinds(["BOGUS"], ["CLUSTER"])).toEqual(["CLUSTER"]);
  });

  it("distinguishes an absent parameter (default) from an empty one (none)", () => {
    expect(parseOptional(null, "ASD")).toBe("ASD");
    expect(parseOptional("", "ASD")).toBeNull();
    expect(parseOptional(" HEALTH ", "ASD")).toBe("HEALTH");
  });

  it("reads switches", () => {
    expect(parseSwitch("1")).toBe(true);
    expect(parseSwitch("true")).toBe(true);
    expect(parseSwitch(null)).toBe(false);
    expect(parseSwitch("0")).toBe(false);
  });
});
