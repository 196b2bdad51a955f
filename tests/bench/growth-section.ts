// The "Growth" section of docs/BENCHMARKS.md: the first load's time and the store's size per scale,
// as a table and as a log–log chart (an SVG beside the doc, drawn from the merged table, so that it
// shows every scale the doc keeps, whichever scale the last run measured).
import type { BenchResults } from "./bench-results.js";
import { int, table } from "./markdown-cells.js";

/** The chart's file name, in docs/ beside BENCHMARKS.md. */
export const growthChartFile = "benchmarks-growth.svg";

const growthHeading = "## Growth";
const seconds = (value: number | undefined) => (value === undefined ? "–" : `${value.toFixed(1)} s`);

export function growthSection(all: BenchResults[], chartFile: string): string[] {
  const loaded = all.filter((results) => results.firstLoad);
  return [
    growthHeading,
    "",
    "The first load (Neo4j's import tool, then the constraints and indexes) and the store on disk, per scale; `npm run bench -- --scale",
    "xlarge` (10 million participations) loads and counts only. On both logarithmic axes a cost that grows in proportion to the graph is",
    "a line of slope 1.",
    "",
    table(
      ["scale", "participations", "nodes", "relationships", "import tool", "constraints and indexes", "store on disk"],
      loaded.map((results) => [
        results.scale,
        int(results.dataset.participations),
        int(results.dataset.nodes),
        int(results.dataset.relationships),
        seconds(results.firstLoad!.importSeconds),
        seconds(results.firstLoad!.schemaSeconds),
        results.dataset.storeMb === undefined ? "–" : `${int(results.dataset.storeMb)} MB`,
      ]),
    ),
    "",
    `![First load time and store size per scale, log–log](${chartFile})`,
    "",
  ];
}

export interface GrowthPoint {
  scale: string;
  relationships: number;
  importSeconds?: number | undefined;
  schemaSeconds?: number | undefined;
  storeMb?: number | undefined;
}

/** The rows of the Growth table of a rendered (and merged) doc. */
export function growthPoints(doc: string): GrowthPoint[] {
  const lines = doc.split("\n");
  const start = lines.indexOf(growthHeading);
  if (start < 0) return [];
  const after = lines.slice(start + 1);
  const end = after.findIndex((line) => line.startsWith("## "));
  const rows = (end < 0 ? after : after.slice(0, end)).filter((line) => line.startsWith("| "));
  const [header, , ...body] = rows.map((row) =>
    row
      .slice(1, -1)
      .split(" | ")
      .map((cell) => cell.trim()),
  );
  if (!header) return [];
  const number = (cell: string | undefined) => {
    const value = Number(cell?.replace(/,/gu, "").replace(/ (s|MB)$/u, ""));
    return cell === undefined || Number.isNaN(value) || cell === "–" ? undefined : value;
  };
  const at = (row: string[], name: string) => row[header.indexOf(name)];
  return body
    .map((row) => ({
      scale: row[0]!,
      relationships: number(at(row, "relationships")) ?? 0,
      importSeconds: number(at(row, "import tool")),
      schemaSeconds: number(at(row, "constraints and indexes")),
      storeMb: number(at(row, "store on disk")),
    }))
    .filter((point) => point.relationships > 0);
}

interface Series {
  name: string;
  colour: string;
  values: Array<{ x: number; y: number }>;
}

const panel = { width: 360, height: 300, left: 64, right: 16, top: 36, bottom: 48 };

/** Two log–log panels: seconds (import tool; constraints and indexes) and MB on disk, against relationships. */
export function growthChartSvg(points: GrowthPoint[]): string {
  const pick = (value: (point: GrowthPoint) => number | undefined) =>
    points.flatMap((point) => {
      const y = value(point);
      return y === undefined || y <= 0 ? [] : [{ x: point.relationships, y }];
    });
  const time: Series[] = [
    { name: "import tool", colour: "#1f6feb", values: pick((point) => point.importSeconds) },
    { name: "constraints and indexes", colour: "#d97706", values: pick((point) => point.schemaSeconds) },
  ];
  const store: Series[] = [{ name: "store on disk", colour: "#2da44e", values: pick((point) => point.storeMb) }];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${panel.width * 2}" height="${panel.height}" viewBox="0 0 ${panel.width * 2} ${panel.height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...logLogPanel(0, "first load, seconds", time, (value) => `${formatNumber(value)} s`),
    ...logLogPanel(panel.width, "store on disk", store, (value) =>
      value >= 1000 ? `${formatNumber(value / 1000)} GB` : `${formatNumber(value)} MB`,
    ),
    "</svg>",
    "",
  ].join("\n");
}

function logLogPanel(offset: number, title: string, series: Series[], label: (value: number) => string): string[] {
  const all = series.flatMap((entry) => entry.values);
  if (all.length === 0) return [`<text x="${offset + panel.left}" y="${panel.height / 2}">${title}: no data</text>`];
  const decades = (values: number[]) => ({
    from: Math.floor(Math.log10(Math.min(...values))),
    to: Math.max(Math.ceil(Math.log10(Math.max(...values))), Math.floor(Math.log10(Math.min(...values))) + 1),
  });
  const xs = decades(all.map((point) => point.x));
  const ys = decades(all.map((point) => point.y));
  const plotWidth = panel.width - panel.left - panel.right;
  const plotHeight = panel.height - panel.top - panel.bottom;
  const x = (value: number) => offset + panel.left + ((Math.log10(value) - xs.from) / (xs.to - xs.from)) * plotWidth;
  const y = (value: number) =>
    panel.top + plotHeight - ((Math.log10(value) - ys.from) / (ys.to - ys.from)) * plotHeight;
  const round = (value: number) => value.toFixed(1);
  const lines: string[] = [
    `<text x="${offset + panel.width / 2}" y="18" text-anchor="middle" font-size="13">${title} (log–log)</text>`,
  ];
  for (let decade = xs.from; decade <= xs.to; decade++) {
    const at = round(x(10 ** decade));
    lines.push(
      `<line x1="${at}" y1="${panel.top}" x2="${at}" y2="${panel.top + plotHeight}" stroke="#d0d7de"/>`,
      `<text x="${at}" y="${panel.top + plotHeight + 16}" text-anchor="middle">${formatNumber(10 ** decade)}</text>`,
    );
  }
  for (let decade = ys.from; decade <= ys.to; decade++) {
    const at = round(y(10 ** decade));
    lines.push(
      `<line x1="${offset + panel.left}" y1="${at}" x2="${offset + panel.left + plotWidth}" y2="${at}" stroke="#d0d7de"/>`,
      `<text x="${offset + panel.left - 6}" y="${at}" text-anchor="end" dominant-baseline="middle">${label(10 ** decade)}</text>`,
    );
  }
  lines.push(
    `<text x="${offset + panel.left + plotWidth / 2}" y="${panel.height - 10}" text-anchor="middle">relationships</text>`,
  );
  series.forEach((entry, index) => {
    const path = entry.values.map((point) => `${round(x(point.x))},${round(y(point.y))}`).join(" ");
    lines.push(`<polyline points="${path}" fill="none" stroke="${entry.colour}" stroke-width="2"/>`);
    for (const point of entry.values) {
      lines.push(
        `<circle cx="${round(x(point.x))}" cy="${round(y(point.y))}" r="3.5" fill="${entry.colour}"><title>${entry.name}: ${label(point.y)} at ${formatNumber(point.x)} relationships</title></circle>`,
      );
    }
    const legendY = panel.top + 8 + index * 14;
    lines.push(
      `<rect x="${offset + panel.left + 8}" y="${legendY - 8}" width="10" height="10" fill="${entry.colour}"/>`,
      `<text x="${offset + panel.left + 22}" y="${legendY}" dominant-baseline="middle">${entry.name}</text>`,
    );
  });
  return lines;
}

/** 1,000 → 1k, 1,000,000 → 1M; below 1000 as it is (0.1, 10). */
function formatNumber(value: number): string {
  const trim = (text: string) => text.replace(/\.0$/u, "");
  if (value >= 1e9) return `${trim((value / 1e9).toFixed(1))}G`;
  if (value >= 1e6) return `${trim((value / 1e6).toFixed(1))}M`;
  if (value >= 1e3) return `${trim((value / 1e3).toFixed(1))}k`;
  return trim(value < 1 ? value.toPrecision(1) : value.toFixed(1));
}
