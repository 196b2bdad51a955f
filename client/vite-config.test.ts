import { describe, expect, it } from "vitest";
import viteConfig from "./vite.config";

describe("the client build", () => {
  it("ships no source maps (the server would publish them beside the bundles)", () => {
    expect(viteConfig.build?.sourcemap).toBe(false);
  });
});
