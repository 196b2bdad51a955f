import { describe, expect, it } from "vitest";
import { searchQuery } from "./search.js";

describe("searchQuery", () => {
  it("matches each folded word as a prefix, alone or after a French elision, every word required", () => {
    const query = searchQuery("Rapport d'Étape")!;
    expect(query.split(" AND ")).toHaveLength(3);
    expect(query).toContain("(rapport* OR l'rapport* OR d'rapport*");
    expect(query).toContain("(etape* OR l'etape* OR d'etape*");
    expect(query).toContain("qu'etape*)");
  });

  it("gives no query for blank text or punctuation", () => {
    expect(searchQuery("  - ! ")).toBeNull();
  });
});
