// Answers exported as CSV that Excel opens with accents intact: UTF-8 with a byte order mark,
// semicolons in French (Excel's list separator there), commas in English.
import Papa from "papaparse";
import { inertCell } from "../../../graph/csv-cells";
import { saveFile } from "../layout";

/** Tells Excel the file is UTF-8, so "Besançon" does not turn into "BesanÃ§on". */
export const byteOrderMark = "\uFEFF";

/** One column of an export: its header and how a row gives its cell. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined;
}

/** The CSV of the rows, BOM first, CRLF line ends, text that starts like a formula made inert (numbers stay numbers). */
export function toCsv<Row>(
  columns: ReadonlyArray<CsvColumn<Row>>,
  rows: readonly Row[],
  delimiter: "," | ";" = ",",
): string {
  const body = Papa.unparse(
    {
      fields: columns.map((column) => inertCell(column.header)),
      data: rows.map((row) => columns.map((column) => csvValue(column.value(row)))),
    },
    { delimiter, newline: "\r\n" },
  );
  return byteOrderMark + body;
}

/** A cell as Papa writes it: text made inert with a leading `'` when it starts like a formula (inertCell). */
function csvValue(value: string | number | null | undefined): string | number {
  return typeof value === "string" ? inertCell(value) : (value ?? "");
}

/** The separator Excel expects for an interface language. */
export function csvDelimiter(language: string): "," | ";" {
  return language.startsWith("fr") ? ";" : ",";
}

/** Makes the browser save the CSV under `fileName`. */
export function downloadCsv(fileName: string, csv: string): void {
  saveFile(fileName, new Blob([csv], { type: "text/csv;charset=utf-8" }));
}
