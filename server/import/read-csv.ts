// CSV text → a header and records, each with its line number and the row as written (the evidence
// quote). Parsing is papaparse's (quotes, doubled quotes, line breaks inside quoted cells); the
// separator is detected from the header line: `;` (French Excel), `,` or a tab.
import Papa from "papaparse";

export type Separator = ";" | "," | "\t";

/** One data row: `line` is the file's line number where it starts (the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
  /** The row as written in the file, without its line break. */
  raw: string;
  /** What papaparse could not make sense of (an unclosed quote…). */
  problem?: string;
}

export interface CsvTable {
  separator: Separator;
  header: string[];
  /** The line number of the header (blank lines before it are skipped). */
  headerLine: number;
  records: CsvRecord[];
}

const separators: Separator[] = [";", ",", "\t"];

/** The separator the header line uses most, counted outside quotes; `;` when none appears. */
export function detectSeparator(headerLine: string): Separator {
  const counts = new Map<Separator, number>(separators.map((separator) => [separator, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as Separator))
      counts.set(char as Separator, counts.get(char as Separator)! + 1);
  }
  return separators.reduce((best, separator) => (counts.get(separator)! > counts.get(best)! ? separator : best), ";");
}

/** Counts line breaks (\n, or a lone \r) in a piece of text. */
function lineBreaks(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) count++;
  }
  return count;
}

/** True when every cell is blank. */
function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === "");
}

/** Parses CSV text in one linear pass; blank rows are skipped but still counted in line numbers. */
export function readCsv(text: string): CsvTable {
  const firstLine = /^[\r\n]*([^\r\n]*)/u.exec(text)?.[1] ?? "";
  const separator = detectSeparator(firstLine);
  let header: string[] | undefined;
  let headerLine = 1;
  const records: CsvRecord[] = [];
  let consumed = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: separator,
    quoteChar: '"',
    step: (result) => {
      const end = result.meta.cursor;
      const slice = text.slice(consumed, end);
      const startLine = line;
      line += lineBreaks(slice);
      consumed = end;
      const cells = result.data;
      if (isBlank(cells)) return;
      if (!header) {
        header = cells;
        headerLine = startLine;
        return;
      }
      const record: CsvRecord = { line: startLine, cells, raw: slice.replace(/\r?\n$|\r$/u, "") };
      const problem = result.errors.find((error) => error.type === "Quotes");
      if (problem) record.problem = `${problem.message} (a quote " opens a cell that is never closed)`;
      records.push(record);
    },
  });
  return { separator, header: header ?? [], headerLine, records };
}
