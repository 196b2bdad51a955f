import { describe, expect, it } from "vitest";
import { parseKinds, parseOptional, parsePageSize, parseSwitch, parseYear } from "./question-params";

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

describe("parsePageSize", () => {
  it("reads a page size from 1 to 500, and falls back on anything else", () => {
    expect(parsePageSize("20", 50)).toBe(20);
    expect(parsePageSize(" 500 ", 50)).toBe(500);
    expect(parsePageSize("501", 50)).toBe(50);
    expect(parsePageSize("0", 50)).toBe(50);
    expect(parsePageSize("-3", 50)).toBe(50);
    expect(parsePageSize("dix", 50)).toBe(50);
    expect(parsePageSize(null, 50)).toBe(50);
  });
});
