import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../config.js";
import { decodeCsv } from "./decode-csv.js";

const fixture = (name: string) => readFileSync(path.join(projectRoot, "tests/fixtures/import", name));

describe("decodeCsv", () => {
  it("reads UTF-8 and drops the byte-order mark Excel writes", () => {
    expect(decodeCsv(fixture("adherents-exemple.csv"))).toMatchObject({
      ok: true,
      encoding: "utf-8",
      bom: true,
      text: expect.stringMatching(/^nom;siren;commune/),
    });
    expect(decodeCsv(Buffer.from("nom\r\nÉcole-Valentin\r\n"))).toEqual({
      ok: true,
      encoding: "utf-8",
      bom: false,
      text: "nom\r\nÉcole-Valentin\r\n",
    });
  });

  it("reads a file that is not UTF-8 as Windows-1252 (œ, «, € included) and says so", () => {
    const decoded = decodeCsv(fixture("adherents-windows-1252.csv"));
    expect(decoded).toMatchObject({
      ok: true,
      encoding: "windows-1252",
      note: expect.stringMatching(/not valid UTF-8: it was read as Windows-1252/),
    });
    expect(decoded.ok && decoded.text.split("\r\n").slice(1, 3)).toEqual([
      "Cœur de Métal;;Besançon;12;1 250 000 €;aéronautique",
      "Décolletage « Comtois »;;École-Valentin;8;850 k€;santé",
    ]);
  });

  it("reads UTF-16 with a byte-order mark (Excel's « Texte Unicode »)", () => {
    const decoded = decodeCsv(fixture("adherents-utf16.txt"));
    expect(decoded).toMatchObject({
      ok: true,
      encoding: "utf-16le",
      bom: true,
      text: expect.stringMatching(/^Nom\tSIREN\tCommune/),
    });
  });

  it("refuses a workbook, a binary file, and bytes no single-byte encoding explains", () => {
    expect(decodeCsv(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]))).toMatchObject({ ok: false, code: "NOT_A_CSV" });
    expect(decodeCsv(Buffer.from([0x6e, 0x00, 0x6f, 0x00]))).toMatchObject({
      ok: false,
      code: "UNREADABLE_ENCODING",
      message: expect.stringMatching(/NUL bytes/),
    });
    expect(decodeCsv(Buffer.from([0x6e, 0x6f, 0x6d, 0x0a, 0xe9, 0x81]))).toMatchObject({
      ok: false,
      code: "UNREADABLE_ENCODING",
      message: expect.stringMatching(/line 2/),
    });
    expect(decodeCsv(Buffer.from([0xef, 0xbb, 0xbf, 0xe9]))).toMatchObject({ ok: false, code: "UNREADABLE_ENCODING" });
    expect(decodeCsv(Buffer.alloc(0))).toMatchObject({ ok: false, code: "EMPTY_FILE" });
  });
});
