import { describe, expect, it } from "vitest";
import { allows, highestRole } from "./roles";

describe("what a role allows", () => {
  it("lets each role do what the roles below it do", () => {
    expect(allows(["viewer", "editor"], "editor")).toBe(true);
    expect(allows(["admin"], "editor")).toBe(true);
    expect(allows(["viewer"], "editor")).toBe(false);
    expect(allows(["editor"], "admin")).toBe(false);
    expect(allows([], "viewer")).toBe(false);
  });

  it("names the highest role, ignoring unknown ones", () => {
    expect(highestRole(["viewer", "editor", "admin"])).toBe("admin");
    expect(highestRole(["auditor", "viewer"])).toBe("viewer");
    expect(highestRole([])).toBeNull();
  });
});
