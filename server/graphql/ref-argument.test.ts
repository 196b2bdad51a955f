import { describe, expect, it } from "vitest";
import { nodeArgument, requiredNodeArgument } from "./ref-argument.js";

describe("nodeArgument", () => {
  const territory = (args: { territoryRef?: string | null; territory?: string | null }) =>
    nodeArgument(args, "Territory", "territoryRef", "territory");

  it("takes the key from the ref, or from the deprecated bare key, or gives undefined", () => {
    expect(territory({ territoryRef: "Territory:242500361" })).toBe("242500361");
    expect(territory({ territory: "242500361" })).toBe("242500361");
    expect(territory({ territoryRef: null, territory: null })).toBeUndefined();
  });

  it("refuses both forms, a ref of another label and a malformed ref, naming the ref argument", () => {
    for (const args of [
      { territoryRef: "Territory:1", territory: "1" },
      { territoryRef: "Market:ASD" },
      { territoryRef: "242500361" },
    ]) {
      expect(() => territory(args)).toThrow(
        expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", argumentName: "territoryRef" } }),
      );
    }
  });

  it("requires one of the two when the question needs the node", () => {
    expect(() =>
      requiredNodeArgument({ programmeRef: null, programme: null }, "Programme", "programmeRef", "programme"),
    ).toThrow("programmeRef is required");
  });
});
