import Papa from "papaparse";
import readXlsxFile from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { toCsv, toXlsx } from "./deliverable-files.js";
import type { DeliverableColumn, DeliverableRow } from "./deliverable-table.js";

const columns: DeliverableColumn[] = [
  { key: "name", header: "Entreprise", type: "text" },
  { key: "headcount", header: "Effectif", type: "integer" },
  { key: "revenue", header: "Chiffre d'affaires (€)", type: "amount" },
  { key: "share", header: "Part du total", type: "percent" },
  { key: "gbm", header: "Territoire GBM", type: "flag" },
];
const rows: DeliverableRow[] = [
  { name: "Décolletage « Comtois »; SAS", headcount: 12, revenue: 1_250_000.5, share: 0.125, gbm: true },
  { name: '=HYPERLINK("http://x")', headcount: null, revenue: 45_000, share: null, gbm: false },
];
const table = { title: "Entreprises adhérentes : effectifs / CA [GBM]", columns, rows };

describe("deliverable files", () => {
  it("writes CSV for French Excel: BOM, semicolons, decimal comma, oui/non, inert formulas", () => {
    const csv = toCsv(table);
    expect(
      csv.startsWith("\uFEFFEntreprise;Effectif;Chiffre d'affaires (€);Part du total (%);Territoire GBM\r\n"),
    ).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ";", skipEmptyLines: true }).data;
    expect(parsed.slice(1)).toEqual([
      ["Décolletage « Comtois »; SAS", "12", "1250000,5", "12,5", "oui"],
      ['\'=HYPERLINK("http://x")', "", "45000", "", "non"],
    ]);
  });

  it("makes every text cell starting like a formula inert in the CSV, a list dash included, but not negative numbers", () => {
    const texts = ["- 5", "-5", "=1+1", "@x", "\tx", "\rx", "+33"];
    const csv = toCsv({ columns, rows: texts.map((name) => ({ name, revenue: -1.5 })) });
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ";", skipEmptyLines: true }).data;
    expect(parsed.slice(1).map((row) => [row[0], row[2]])).toEqual(texts.map((text) => [`'${text}`, "-1,5"]));
  });

  it("writes XLSX with typed cells that read back as the table", async () => {
    const [sheet] = await readXlsxFile(await toXlsx(table));
    expect(sheet!.sheet).toBe("Entreprises adhérentes   effect");
    expect(sheet!.data).toEqual([
      ["Entreprise", "Effectif", "Chiffre d'affaires (€)", "Part du total", "Territoire GBM"],
      ["Décolletage « Comtois »; SAS", 12, 1_250_000.5, 0.125, "oui"],
      ['=HYPERLINK("http://x")', null, 45_000, null, "non"],
    ]);
  });
});
