import { describe, expect, it } from "vitest";
import { frenchOrder } from "../i18n";
import { nextSort, sortRows } from "./sort-rows";

const communes = [
  { name: "Besançon", count: 12 },
  { name: "Écully", count: null },
  { name: "Avanne-Aveney", count: 3 },
  { name: "Étupes", count: 12 },
];

describe("sortRows", () => {
  it("orders texts in French order, accents after their letter", () => {
    const names = sortRows(communes, (row) => row.name, "ascending", frenchOrder).map((row) => row.name);
    expect(names).toEqual(["Avanne-Aveney", "Besançon", "Écully", "Étupes"]);
  });

  it("orders numbers down, keeps ties in the answer's order and empty values last", () => {
    const names = sortRows(communes, (row) => row.count, "descending", frenchOrder).map((row) => row.name);
    expect(names).toEqual(["Besançon", "Étupes", "Avanne-Aveney", "Écully"]);
  });

  it("leaves the rows it was given untouched", () => {
    const before = [...communes];
    sortRows(communes, (row) => row.count, "ascending", frenchOrder);
    expect(communes).toEqual(before);
  });
});

describe("nextSort", () => {
  it("goes up, down, then back to the answer's order; another column starts up", () => {
    const up = nextSort(null, "count");
    expect(up).toEqual({ column: "count", direction: "ascending" });
    const down = nextSort(up, "count");
    expect(down).toEqual({ column: "count", direction: "descending" });
    expect(nextSort(down, "count")).toBeNull();
    expect(nextSort(down, "name")).toEqual({ column: "name", direction: "ascending" });
  });
});
