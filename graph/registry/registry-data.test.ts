import { describe, expect, it } from "vitest";
import { nafLabel } from "./naf-activities.js";
import { sizeBandLabel, smeSizeBands } from "./size-bands.js";

describe("the register's nomenclatures", () => {
  it("labels NAF rév. 2 sub-classes and nothing else", () => {
    expect(nafLabel("26.51B")).toBe("Fabrication d'instrumentation scientifique et technique");
    expect(nafLabel("25.62B")).toBe("Mécanique industrielle");
    expect(nafLabel("99.99Z")).toBeNull();
    expect(nafLabel(null)).toBeNull();
  });

  it("labels size bands and counts as SMEs the bands under 250 staff", () => {
    expect(sizeBandLabel("12")).toBe("20 à 49 salariés");
    expect(sizeBandLabel("")).toBeNull();
    expect(smeSizeBands).toContain("31");
    expect(smeSizeBands).not.toContain("32");
    expect(smeSizeBands).toContain("NN");
  });
});
