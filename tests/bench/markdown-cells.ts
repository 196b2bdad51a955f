// Cells and tables of the markdown docs/BENCHMARKS.md is written in.
export const int = (value: number | undefined) => (value === undefined ? "–" : Math.round(value).toLocaleString("en"));
/** A rate: one decimal below 10 (0.3 req/s is not 0). */
export const rate = (value: number) => (value < 10 ? value.toFixed(1) : int(value));
export const mb = (value: number | undefined) => (value === undefined ? "–" : `${int(value)} MB`);
export const bytes = (value: number | undefined) =>
  value === undefined
    ? "–"
    : value < 10_000
      ? `${int(value)} B`
      : value < 10_000_000
        ? `${int(value / 1024)} kB`
        : `${int(value / 2 ** 20)} MB`;
export const table = (header: string[], rows: string[][]) =>
  [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
