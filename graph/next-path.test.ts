import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path.js";

describe("where signing in comes back to", () => {
  it("goes back only to a path of the app", () => {
    expect(safeNextPath("/entity/Organization%3Apmt?x=1")).toBe("/entity/Organization%3Apmt?x=1");
    expect(safeNextPath("https://example.org/")).toBe("/");
    expect(safeNextPath("//example.org/")).toBe("/");
    expect(safeNextPath("/sign-in?next=/import")).toBe("/");
    expect(safeNextPath("/set-password")).toBe("/");
    expect(safeNextPath(null)).toBe("/");
  });
});
