// A deliverable table as the files PMT sends GBM: CSV for French Excel (UTF-8 with a BOM, `;`
// separator, decimal comma, CRLF) and XLSX (typed cells: numbers stay numbers, euros and shares
// formatted, header bold and frozen).
import Papa from "papaparse";
import writeXlsxFile, { type Cell, type SheetData } from "write-excel-file/node";
import { inertCell } from "../../graph/csv-cells.js";
import type { CellValue, DeliverableColumn, DeliverableTable } from "./deliverable-table.js";

/** Tells Excel the file is UTF-8, so "Besançon" does not turn into "BesanÃ§on". */
const byteOrderMark = "\uFEFF";

/** A number with a decimal comma, no grouping: what French Excel reads back as a number. */
function frenchNumber(value: number, decimals?: number): string {
  return (decimals === undefined ? String(value) : value.toFixed(decimals)).replace(".", ",");
}

/** A value as CSV text for its column: text made inert (inertCell), numbers written as numbers. */
function csvCell(column: DeliverableColumn, value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (column.type === "flag") return value ? "oui" : "non";
  if (typeof value !== "number") return inertCell(String(value));
  return column.type === "percent" ? frenchNumber(Math.round(value * 1000) / 10, 1) : frenchNumber(value);
}

/** The CSV header of a column; shares are written in percent, so the header says so. */
function csvHeader(column: DeliverableColumn): string {
  return column.type === "percent" ? `${column.header} (%)` : column.header;
}

/** The table as CSV for French Excel: BOM, `;`, CRLF, formula-like text made inert with a leading `'`. */
export function toCsv(table: Pick<DeliverableTable, "columns" | "rows">): string {
  const body = Papa.unparse(
    {
      fields: table.columns.map((column) => inertCell(csvHeader(column))),
      data: table.rows.map((row) => table.columns.map((column) => csvCell(column, row[column.key]))),
    },
    { delimiter: ";", newline: "\r\n" },
  );
  return byteOrderMark + body + "\r\n";
}

/** A value as a typed XLSX cell for its column. */
function xlsxCell(column: DeliverableColumn, value: CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (column.type === "flag") return { value: value ? "oui" : "non", type: String };
  if (typeof value !== "number") return { value: String(value), type: String };
  if (column.type === "amount") return { value, type: Number, format: Number.isInteger(value) ? "#,##0" : "#,##0.00" };
  if (column.type === "percent") return { value, type: Number, format: "0.0%" };
  return { value, type: Number };
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\. */
function sheetName(title: string): string {
  return title
    .replace(/[[\]:*?/\\]/gu, " ")
    .slice(0, 31)
    .trim();
}

/** The table as an XLSX workbook of one sheet. */
export async function toXlsx(table: Pick<DeliverableTable, "title" | "columns" | "rows">): Promise<Buffer> {
  const data: SheetData = [
    table.columns.map((column) => ({ value: column.header, fontWeight: "bold" as const })),
    ...table.rows.map((row) => table.columns.map((column) => xlsxCell(column, row[column.key]))),
  ];
  const widths = table.columns.map((column) => {
    const longest = Math.max(column.header.length, ...table.rows.map((row) => csvCell(column, row[column.key]).length));
    return { width: Math.min(Math.max(longest + 2, 8), 60) };
  });
  return writeXlsxFile(data, { sheet: sheetName(table.title), columns: widths, stickyRowsCount: 1 }).toBuffer();
}
