import { describe, expect, it } from "vitest";
import { detectSeparator, readCsv } from "./read-csv.js";

describe("readCsv", () => {
  it("detects the separator from the header: semicolon, comma or tab, ignoring quoted ones", () => {
    expect(detectSeparator("nom;siren;commune")).toBe(";");
    expect(detectSeparator('name,"a;b;c",city')).toBe(",");
    expect(detectSeparator("nom\tsiren")).toBe("\t");
    expect(detectSeparator("nom")).toBe(";");
  });

  it("gives each row its line number and its text as written, quotes and line breaks included", () => {
    const table = readCsv('\r\nnom;commune\r\n"Dupont ""Fils""";Besançon\r\n\r\n"Deux\r\nlignes";Dijon\r\nfin;Thise');
    expect(table).toMatchObject({ separator: ";", header: ["nom", "commune"], headerLine: 2 });
    expect(table.records).toEqual([
      { line: 3, cells: ['Dupont "Fils"', "Besançon"], raw: '"Dupont ""Fils""";Besançon' },
      { line: 5, cells: ["Deux\r\nlignes", "Dijon"], raw: '"Deux\r\nlignes";Dijon' },
      { line: 7, cells: ["fin", "Thise"], raw: "fin;Thise" },
    ]);
  });

  it("reports a quote that never closes", () => {
    const [record] = readCsv('nom;commune\n"Sans fin;Besançon\n').records;
    expect(record).toMatchObject({ line: 2, problem: expect.stringMatching(/never closed/) });
  });

  it("parses 100,000 rows in one linear pass", () => {
    const text = [
      "nom;siren;commune",
      ...Array.from({ length: 100_000 }, (_, index) => `Firme ${index};;Besançon`),
    ].join("\n");
    const table = readCsv(text);
    expect(table.records).toHaveLength(100_000);
    expect(table.records.at(-1)).toMatchObject({ line: 100_001, raw: "Firme 99999;;Besançon" });
  });
});
