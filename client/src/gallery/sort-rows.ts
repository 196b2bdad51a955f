// The order of an answer table's rows: the answer's own, or by one column up or down.

/** What a column sorts by: a number, a text, or nothing (which sorts last either way). */
export type SortValue = string | number | null | undefined;

/** The column a table is sorted by and which way; null keeps the answer's order. */
export type SortState = { column: string; direction: "ascending" | "descending" } | null;

/** The next state when a column's header is clicked: up, then down, then the answer's order again. */
export function nextSort(state: SortState, column: string): SortState {
  if (state?.column !== column) return { column, direction: "ascending" };
  return state.direction === "ascending" ? { column, direction: "descending" } : null;
}

/** The rows ordered by `value` (texts by `compareText`), empty values last, ties in the answer's order. */
export function sortRows<Row>(
  rows: readonly Row[],
  value: (row: Row) => SortValue,
  direction: "ascending" | "descending",
  compareText: (a: string, b: string) => number,
): Row[] {
  const sign = direction === "ascending" ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, key: value(row) }));
  keyed.sort((a, b) => {
    const aEmpty = a.key === null || a.key === undefined || a.key === "";
    const bEmpty = b.key === null || b.key === undefined || b.key === "";
    if (aEmpty || bEmpty) return aEmpty === bEmpty ? a.index - b.index : aEmpty ? 1 : -1;
    const order =
      typeof a.key === "number" && typeof b.key === "number"
        ? a.key - b.key
        : compareText(String(a.key), String(b.key));
    return order === 0 ? a.index - b.index : sign * order;
  });
  return keyed.map(({ row }) => row);
}
