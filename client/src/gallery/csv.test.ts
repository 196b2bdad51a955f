import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { byteOrderMark, csvDelimiter, toCsv } from "./csv";

interface Firm {
  name: string;
  commune: string;
  events: string[];
  amount?: number;
}

const columns = [
  { header: "Organisation", value: (firm: Firm) => firm.name },
  { header: "Commune", value: (firm: Firm) => firm.commune },
  { header: "Événements", value: (firm: Firm) => firm.events.join(" ; ") },
  { header: "Montant", value: (firm: Firm) => firm.amount },
];

const firms: Firm[] = [
  { name: "Statice", commune: "Besançon", events: ["Micronora", "Paris Space Week"], amount: 45_000 },
  { name: 'Atelier « "Défense" »', commune: "École-Valentin", events: [] },
];

describe("exporting answers as CSV", () => {
  it("starts with a byte order mark and keeps accents as UTF-8 text", () => {
    const csv = toCsv(columns, firms, ";");
    expect(csv.startsWith(byteOrderMark)).toBe(true);
    expect(csv).toContain("Besançon");
    expect(csv).toContain("École-Valentin");
  });

  it("writes a header and one CRLF-ended line per row, which parse back to the same cells", () => {
    const csv = toCsv(columns, firms, ";");
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("Organisation;Commune;Événements;Montant");
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ";" }).data;
    expect(parsed).toEqual([
      ["Organisation", "Commune", "Événements", "Montant"],
      ["Statice", "Besançon", "Micronora ; Paris Space Week", "45000"],
      ['Atelier « "Défense" »', "École-Valentin", "", ""],
    ]);
  });

  it("quotes cells holding the delimiter or quotes", () => {
    const csv = toCsv(columns, firms, ";");
    expect(csv).toContain('"Micronora ; Paris Space Week"');
    expect(csv).toContain('"Atelier « ""Défense"" »"');
  });

  it("makes every text cell starting with = + - @ tab or CR inert, and leaves numbers alone", () => {
    const texts = ["=HYPERLINK(1)", "- Statice,", "- 5", "-5", "-2+3", "=1+1", "@x", "\tx", "\rx", "+33"];
    const cells = [...texts.map((text) => ({ text })), { text: -12 }];
    const csv = toCsv([{ header: "x", value: (row: { text: string | number }) => row.text }], cells);
    expect(Papa.parse<string[]>(csv.slice(1)).data.slice(1)).toEqual([...texts.map((text) => [`'${text}`]), ["-12"]]);
  });

  it("uses semicolons for French spreadsheets and commas otherwise", () => {
    expect(csvDelimiter("fr")).toBe(";");
    expect(csvDelimiter("en")).toBe(",");
  });
});
