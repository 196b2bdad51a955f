import { describe, expect, it } from "vitest";
import { newProgressId } from "./registry-upload";

describe("naming an import to follow its progress", () => {
  it("picks a random UUID (v4), as the server expects", () => {
    const ids = Array.from({ length: 20 }, newProgressId);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
