// Merges a freshly rendered docs/BENCHMARKS.md into the previous one, so that a run of one scale
// replaces that scale's figures and keeps every other scale's, each with the run date it was
// rendered with (the Machine table's "run" column, the latency headings).
import { everyScale, verdictOf } from "./targets.js";

/** The lines around the hand-written Analysis, which every render keeps as it is. */
export const analysisEnd = "<!-- analysis:end -->";
export const analysisStart = "<!-- analysis:start -->";

/** A `## ` section: its heading line ("" for the text before the first) and the lines under it. */
interface Section {
  heading: string;
  lines: string[];
}

/** The scale a heading or line names in parentheses, e.g. "## PROFILE evidence (large)". */
const scaleInParentheses = (line: string, order: readonly string[]) =>
  order.find((scale) => line.includes(`(${scale})`));

function splitSections(doc: string): Section[] {
  const sections: Section[] = [{ heading: "", lines: [] }];
  for (const line of doc.split("\n")) {
    if (line.startsWith("## ")) sections.push({ heading: line, lines: [] });
    else sections.at(-1)!.lines.push(line);
  }
  return sections;
}

/** A section's heading without the scale it names, to pair the sections of two renders. */
const sectionKey = (heading: string, order: readonly string[]) =>
  order.reduce((key, scale) => key.replace(` (${scale})`, ""), heading);

/**
 * Returns `fresh` (a render of the scales in `freshScales`) with the figures of `previous` for every
 * other scale put back: table rows keyed by scale, table columns named by scale (the targets, whose
 * verdict is recomputed over the merged columns), per-scale sub-sections and paragraphs, and the
 * sections and lines that show the largest scale measured when `previous` measured a larger one.
 * `order` lists every scale, smallest first.
 */
export function mergeBenchmarksDoc(
  previous: string,
  fresh: string,
  freshScales: readonly string[],
  order: readonly string[],
): string {
  /** Whether `scale` is a scale this run has no results for. */
  const kept = (scale: string | undefined) =>
    scale !== undefined && order.includes(scale) && !freshScales.includes(scale);
  const rank = (scale: string | undefined) => (scale === undefined ? -1 : order.indexOf(scale));
  /** `previous`'s version of a line naming the largest scale, when it names a larger one than `fresh`'s. */
  const largest = (freshLine: string, previousLine: string | undefined) => {
    const previousScale = previousLine === undefined ? undefined : scaleInParentheses(previousLine, order);
    return previousLine !== undefined &&
      kept(previousScale) &&
      rank(previousScale) > rank(scaleInParentheses(freshLine, order))
      ? previousLine
      : freshLine;
  };

  /** Whether a table row of `previous` is of a scale the merge keeps. */
  const keepsAScale = previous.split("\n").some((line) => kept(line.match(/^\| (\w+) \|/u)?.[1]));
  const previousSections = splitSections(previous);
  const freshSections = splitSections(fresh);
  const merged = freshSections.map((section) => {
    const match = previousSections.find(
      (candidate) => sectionKey(candidate.heading, order) === sectionKey(section.heading, order),
    );
    // The Analysis is written by hand: the fresh render already carries it, as it was.
    if (!match || section.lines.includes(analysisStart)) return section;
    // "## PROFILE evidence (large)" stays when this run is of a smaller scale.
    if (match.heading !== section.heading && largest(section.heading, match.heading) === match.heading) return match;
    return {
      heading: section.heading,
      lines: mergeLines(match.lines, section.lines, keepsAScale, kept, order, largest),
    };
  });
  // Sections only the previous render has (e.g. the CPU profile of a run made with --node-profile).
  previousSections.forEach((section, index) => {
    const key = sectionKey(section.heading, order);
    if (merged.some((candidate) => sectionKey(candidate.heading, order) === key)) return;
    const before = sectionKey(previousSections[index - 1]?.heading ?? "", order);
    const at = merged.findIndex((candidate) => sectionKey(candidate.heading, order) === before);
    merged.splice(at + 1, 0, section);
  });
  return merged
    .map((section) => [...(section.heading ? [section.heading] : []), ...section.lines].join("\n"))
    .join("\n");
}

/** Where a per-scale group starts: "### medium (…)" or "medium, 30 runs: …". */
function groupScale(line: string, order: readonly string[]): string | undefined {
  return order.find((scale) => new RegExp(`^(?:### )?${scale}(?: \\(|, )`, "u").test(line));
}

/** Splits a section's lines into its introduction and its per-scale groups. */
function splitGroups(lines: string[], order: readonly string[]) {
  const intro: string[] = [];
  const groups: Array<{ scale: string; lines: string[] }> = [];
  for (const line of lines) {
    const scale = groupScale(line, order);
    if (scale) groups.push({ scale, lines: [line] });
    else (groups.at(-1)?.lines ?? intro).push(line);
  }
  return { intro, groups };
}

/** The tables of some lines (runs of lines starting with "|"), by the index of their first line. */
function tablesOf(lines: string[]): Array<{ start: number; rows: string[] }> {
  const tables: Array<{ start: number; rows: string[] }> = [];
  lines.forEach((line, index) => {
    if (!line.startsWith("|")) return;
    if (index > 0 && lines[index - 1]!.startsWith("|")) tables.at(-1)!.rows.push(line);
    else tables.push({ start: index, rows: [line] });
  });
  return tables;
}

function mergeLines(
  previous: string[],
  fresh: string[],
  keepsAScale: boolean,
  kept: (scale: string | undefined) => boolean,
  order: readonly string[],
  largest: (freshLine: string, previousLine: string | undefined) => string,
): string[] {
  const before = splitGroups(previous, order);
  const after = splitGroups(fresh, order);
  // The introduction: its tables merged pairwise, a "… (scale)" line kept at the largest scale.
  const previousTables = tablesOf(before.intro);
  const freshTables = tablesOf(after.intro);
  const intro: string[] = [];
  after.intro.forEach((line, index) => {
    const tableIndex = freshTables.findIndex((table) => table.start === index);
    if (tableIndex >= 0) {
      const table = freshTables[tableIndex]!.rows;
      const previousTable = matchingTable(table, previousTables, tableIndex);
      intro.push(...(previousTable ? mergeTable(previousTable.rows, table, kept, order) : table));
    } else if (!line.startsWith("|")) {
      const named = scaleInParentheses(line, order);
      const prefix = named ? line.slice(0, line.indexOf(`(${named})`)) : undefined;
      intro.push(
        prefix
          ? largest(
              line,
              before.intro.find((candidate) => candidate.startsWith(prefix) && candidate !== ""),
            )
          : line,
      );
    }
  });
  // A note ("> …", e.g. that the machine was busy) about the previous render stays with its scales.
  const note = before.intro.filter((line) => line.startsWith("> "));
  if (note.length > 0 && keepsAScale && !after.intro.some((line) => line.startsWith("> "))) {
    const at = intro.findLastIndex((line) => line !== "") + 1;
    intro.splice(at, 0, "", ...note);
  }
  const groups = [
    ...after.groups,
    ...before.groups.filter(
      (group) => kept(group.scale) && !after.groups.some((candidate) => candidate.scale === group.scale),
    ),
  ].sort((a, b) => order.indexOf(a.scale) - order.indexOf(b.scale));
  // A group taken from the middle of the previous section ends with its blank line; so does every
  // fresh one but the section's last: keep one blank line between groups.
  return [...intro, ...groups.flatMap((group) => withBlankEnd(group.lines))];
}

/**
 * The previous table that `fresh` continues: the one sharing the most column names with it (the one at
 * the same place on a tie), if it shares at least half of them. A section that gains a table (the bulk
 * load's first-load table before its online one) does not pour one table's rows into another.
 */
function matchingTable(
  fresh: string[],
  previous: Array<{ start: number; rows: string[] }>,
  index: number,
): { start: number; rows: string[] } | undefined {
  const names = (rows: string[]) => (rows[0] === undefined ? [] : cellsOf(rows[0]));
  const freshNames = names(fresh);
  const shared = (table: { rows: string[] }) => names(table.rows).filter((name) => freshNames.includes(name)).length;
  const best = previous.reduce<{ table: (typeof previous)[number]; shared: number } | undefined>((found, table, at) => {
    const count = shared(table);
    return !found || count > found.shared || (count === found.shared && at === index)
      ? { table, shared: count }
      : found;
  }, undefined);
  return best && best.shared * 2 >= freshNames.length ? best.table : undefined;
}

const withBlankEnd = (lines: string[]) => (lines.at(-1) === "" ? lines : [...lines, ""]);

const cellsOf = (row: string) =>
  row
    .slice(1, -1)
    .split(" | ")
    .map((cell) => cell.trim());
const rowOf = (cells: string[]) => `| ${cells.join(" | ")} |`;

/** Merges a table keyed by scale, by rows (first column "scale") or by columns (one per scale). */
function mergeTable(
  previous: string[],
  fresh: string[],
  kept: (scale: string | undefined) => boolean,
  order: readonly string[],
): string[] {
  const [previousHeader, , ...previousRows] = previous.map(cellsOf);
  const [freshHeader, separator, ...freshRows] = fresh.map(cellsOf);
  if (!previousHeader || !freshHeader || !separator) return fresh;
  if (freshHeader[0] === "scale") {
    const column = (name: string) => previousHeader.indexOf(name);
    const keptRows = previousRows
      .filter((row) => kept(row[0]))
      .map((row) => freshHeader.map((name) => (column(name) >= 0 ? (row[column(name)] ?? "–") : "–")));
    const rows = [...freshRows, ...keptRows].sort((a, b) => order.indexOf(a[0]!) - order.indexOf(b[0]!));
    return [freshHeader, separator, ...rows].map(rowOf);
  }
  const keptScales = previousHeader.filter((name) => order.includes(name) && kept(name) && !freshHeader.includes(name));
  if (keptScales.length === 0) return fresh;
  const freshScales = freshHeader.filter((name) => order.includes(name));
  const scales = [...freshScales, ...keptScales].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const first = freshHeader.indexOf(freshScales[0] ?? "verdict");
  const header = [...freshHeader.slice(0, first), ...scales, ...(freshHeader.includes("verdict") ? ["verdict"] : [])];
  const rows = freshRows.map((row) => {
    const previousRow = previousRows.find((candidate) => candidate[0] === row[0]);
    const cell = (scale: string) =>
      freshHeader.includes(scale)
        ? row[freshHeader.indexOf(scale)]!
        : (previousRow?.[previousHeader.indexOf(scale)] ?? "–");
    const cells = scales.map(cell);
    const measured = scales
      .map((scale) => ({ scale, text: cell(scale) }))
      .filter(({ text }) => text.includes("✅") || text.includes("❌"))
      .map(({ scale, text }) => ({ scale, met: text.includes("✅") }));
    return [
      ...row.slice(0, first),
      ...cells,
      ...(freshHeader.includes("verdict")
        ? [`**${verdictOf(measured, (row[freshHeader.indexOf("bar")] ?? "").includes(everyScale))}**`]
        : []),
    ];
  });
  return [header, header.map(() => "---"), ...rows].map(rowOf);
}
