// Answers exported as CSV that Excel opens with accents intact: UTF-8 with a byte order mark,
// semicolons in French (Excel's list separator there), commas in English.
import Papa from "papaparse";
import { saveFile } from "../layout";

/** Tells Excel the file is UTF-8, so "Besançon" does not turn into "BesanÃ§on". */
export const byteOrderMark = "\uFEFF";

/** One column of an export: its header and how a row gives its cell. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined;
}

/** A cell that a spreadsheet would run as a formula (`=`, `+`, `@`, or `-` before a non-space). */
const formulaStart = /^[=+@\t\r]|^-(?=\S)/;

/** The CSV of the rows, BOM first, CRLF line ends, formula-like text made inert with a leading `'`. */
export function toCsv<Row>(columns: ReadonlyArray<CsvColumn<Row>>, rows: readonly Row[], delimiter: "," | ";" = ","): string {
  const body = Papa.unparse(
    {
      fields: columns.map((column) => column.header),
      data: rows.map((row) => columns.map((column) => column.value(row) ?? "")),
    },
    { delimiter, newline: "\r\n", escapeFormulae: formulaStart },
  );
  return byteOrderMark + body;
}

/** The separator Excel expects for an interface language. */
export function csvDelimiter(language: string): "," | ";" {
  return language.startsWith("fr") ? ";" : ",";
}

/** Makes the browser save the CSV under `fileName`. */
export function downloadCsv(fileName: string, csv: string): void {
  saveFile(fileName, new Blob([csv], { type: "text/csv;charset=utf-8" }));
}
