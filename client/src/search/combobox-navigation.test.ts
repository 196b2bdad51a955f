import { describe, expect, it } from "vitest";
import { nextActiveOption } from "./combobox-navigation";

describe("moving through suggestions with the keyboard", () => {
  it("starts at the first option going down and at the last going up", () => {
    expect(nextActiveOption(-1, 3, "ArrowDown")).toBe(0);
    expect(nextActiveOption(-1, 3, "ArrowUp")).toBe(2);
  });

  it("wraps around at both ends", () => {
    expect(nextActiveOption(2, 3, "ArrowDown")).toBe(0);
    expect(nextActiveOption(0, 3, "ArrowUp")).toBe(2);
  });

  it("jumps with Home and End, and keeps the active option inside a shorter list", () => {
    expect(nextActiveOption(1, 3, "End")).toBe(2);
    expect(nextActiveOption(1, 3, "Home")).toBe(0);
    expect(nextActiveOption(5, 2, "a")).toBe(1);
  });

  it("has no active option in an empty list", () => {
    expect(nextActiveOption(0, 0, "ArrowDown")).toBe(-1);
  });
});
