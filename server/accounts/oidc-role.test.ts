import { describe, expect, it } from "vitest";
import { mappedRole } from "./oidc-role.js";

describe("mappedRole", () => {
  const roleMap = { partenaires: "viewer", "pmt-staff": "editor", "pmt-direction": "admin" } as const;

  it("gives the highest role a claim's values map to, from a list or a single value", () => {
    expect(mappedRole(["partenaires", "pmt-direction", "pmt-staff"], roleMap)).toBe("admin");
    expect(mappedRole("pmt-staff", roleMap)).toBe("editor");
  });

  it("gives no role for unmapped values, a missing claim or values that are not text", () => {
    expect(mappedRole(["public"], roleMap)).toBeUndefined();
    expect(mappedRole(undefined, roleMap)).toBeUndefined();
    expect(mappedRole([42, { group: "pmt-staff" }], roleMap)).toBeUndefined();
  });
});
