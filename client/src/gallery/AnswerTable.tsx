// The table every answer is shown in: a caption, columns that sort on a click, the first cell heading its row.
import { type ComponentProps, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Evidence } from "../evidence";
import { localeOf } from "../i18n";
import type { CsvColumn } from "./csv";
import { nextSort, type SortState, type SortValue, sortRows } from "./sort-rows";

/** One column of an answer table. */
export interface AnswerColumn<Row> {
  /** Names the column in the page (`data-column`), for styles and tests. */
  id: string;
  header: string;
  /** The cell as text or a number: what the column sorts by and what an export writes. Without it the column does not sort. */
  value?: (row: Row) => SortValue;
  /** What the cell shows; its value when absent. */
  cell?: (row: Row) => ReactNode;
  /** Right-aligned figures. */
  numeric?: boolean;
  className?: string;
}

interface AnswerTableProps<Row> {
  columns: ReadonlyArray<AnswerColumn<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown above the table; `hiddenCaption` keeps it for screen readers only. */
  caption?: string;
  hiddenCaption?: boolean;
  /** `stack`: one card per row on a phone; `compact`: tighter cells, for tables under a chart. */
  variant?: "stack" | "compact";
}

/** An answer as a table whose rows keep the answer's order until a column header is clicked. */
export function AnswerTable<Row>({ columns, rows, rowKey, caption, hiddenCaption, variant }: AnswerTableProps<Row>) {
  const { i18n } = useTranslation();
  const [sort, setSort] = useState<SortState>(null);
  const sortValue = columns.find((column) => column.id === sort?.column)?.value;
  const shownRows =
    sort && sortValue
      ? sortRows(rows, sortValue, sort.direction, new Intl.Collator(localeOf(i18n.language), { numeric: true }).compare)
      : rows;
  const stack = variant === "stack";

  return (
    <div className="table-scroll">
      <table className={["answer-table", variant].filter(Boolean).join(" ")}>
        {caption && <caption className={hiddenCaption ? "visually-hidden" : undefined}>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => {
              const direction = sort?.column === column.id ? sort.direction : undefined;
              return (
                <th key={column.id} scope="col" className={column.numeric ? "number" : undefined} aria-sort={direction}>
                  {column.value ? (
                    <button
                      type="button"
                      className="sort"
                      onClick={() => setSort((state) => nextSort(state, column.id))}
                    >
                      {column.header}
                      <span aria-hidden="true" className="sort-mark">
                        {direction === "ascending" ? " ↑" : direction === "descending" ? " ↓" : " ↕"}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shownRows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, index) => {
                const className =
                  [column.numeric ? "number" : "", column.className ?? ""].filter(Boolean).join(" ") || undefined;
                const content = column.cell ? column.cell(row) : column.value?.(row);
                return index === 0 ? (
                  <th key={column.id} scope="row" data-column={column.id} className={className}>
                    {content}
                  </th>
                ) : (
                  <td
                    key={column.id}
                    data-column={column.id}
                    data-label={stack ? column.header : undefined}
                    className={className}
                  >
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The columns of a table that have a value, as CSV columns in the same order under the same headers. */
export function csvColumnsOf<Row>(columns: ReadonlyArray<AnswerColumn<Row>>): Array<CsvColumn<Row>> {
  return columns.flatMap(({ header, value }) => (value ? [{ header, value }] : []));
}

/** The column that shows each row's evidence: its source, and the quote on demand. */
export function evidenceColumn(header: string): AnswerColumn<{ evidence: ComponentProps<typeof Evidence>["edge"] }> {
  return { id: "evidence", header, cell: (row) => <Evidence edge={row.evidence} /> };
}
