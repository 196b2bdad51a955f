// The "Soak" section of docs/BENCHMARKS.md: one row per scale, the row of the scale just run replaced
// and the others kept (each dated by its run), like the benchmark's own per-scale merge.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { resultsDir } from "./bench-results.js";
import { int, table } from "./markdown-cells.js";
import { benchmarksDoc } from "./report.js";
import type { SoakResults } from "./soak-results.js";
import { scales } from "./synthetic-ecosystem.js";

const soakHeading = "## Soak";
const soakHeader = [
  "scale",
  "run",
  "minutes",
  "rate",
  "requests (reads / edits)",
  "errors",
  "dropped",
  "server RSS start → end",
  "p99 start → end",
  "load average start → end",
  "verdict",
];

/** Writes the results to bench-results/ and their row into docs/BENCHMARKS.md; returns the results file. */
export function writeSoakResults(results: SoakResults): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `soak-${results.scale}-${results.startedAt.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  const previous = existsSync(benchmarksDoc) ? readFileSync(benchmarksDoc, "utf8") : "# Benchmarks\n";
  writeFileSync(benchmarksDoc, withSoakRow(previous, results));
  return file;
}

/** The soak section's row of a run. */
export function soakRow(results: SoakResults): string[] {
  const ms = (value: number) => `${value.toFixed(value < 100 ? 1 : 0)} ms`;
  return [
    results.scale,
    results.startedAt.slice(0, 16).replace("T", " "),
    String(results.minutes),
    `${results.rate}/s`,
    `${int(results.requests.reads)} / ${int(results.requests.writes)}`,
    int(results.errors),
    int(results.dropped),
    `${int(results.start.rssMb)} → ${int(results.end.rssMb)} MB`,
    `${ms(results.start.p99Ms)} → ${ms(results.end.p99Ms)}`,
    `${results.loadAverage.start.toFixed(1)} → ${results.loadAverage.end.toFixed(1)}`,
    `${results.met ? "✅" : "❌"} ${results.verdict}`,
  ];
}

/** `doc` with the soak section holding `results`'s row (in scale order) and every other scale's kept. */
export function withSoakRow(doc: string, results: SoakResults): string {
  const lines = doc.split("\n");
  const order = Object.keys(scales);
  let start = lines.indexOf(soakHeading);
  if (start < 0) {
    // Before the hand-written Analysis, which stays the doc's last section.
    const analysis = lines.indexOf("## Analysis");
    const at = analysis < 0 ? lines.length : analysis;
    lines.splice(at, 0, ...soakIntro(), "");
    start = at;
  }
  const after = lines.slice(start + 1);
  const next = after.findIndex((line) => line.startsWith("## "));
  const end = next < 0 ? lines.length : start + 1 + next;
  const section = lines.slice(start + 1, end);
  const rows = section
    .filter((line) => line.startsWith("| ") && !line.startsWith("| scale ") && !line.startsWith("| ---"))
    .filter((line) => line.split(" | ")[0]!.slice(2) !== results.scale);
  const merged = [...rows, `| ${soakRow(results).join(" | ")} |`].sort(
    (a, b) => order.indexOf(a.split(" | ")[0]!.slice(2)) - order.indexOf(b.split(" | ")[0]!.slice(2)),
  );
  const intro = section.filter((line) => !line.startsWith("|"));
  const body = [...trimEnd(intro), "", table(soakHeader, []).split("\n").slice(0, 2).join("\n"), ...merged, ""];
  lines.splice(start + 1, end - start - 1, ...body);
  return lines.join("\n");
}

function soakIntro(): string[] {
  return [
    soakHeading,
    "",
    "`npm run bench:soak -- --minutes 10 --rate N [--scale small]`: the bench server (its own process, production settings) over the",
    "imported synthetic graph, sent N requests a second on a fixed schedule whatever the answers' speed (open loop): entity lookups",
    "of a different organisation each time and one search in ten, read anonymously, and one request in ten an organisation edit by an",
    "editor (audited, so the store grows). After a warm-up of a tenth of the run (at most 30 s), the server's resident memory (median",
    "of one sample a second) and the p99 latency of the first fifth of the run (at most a minute) are compared with those of the last:",
    "the verdict is met when neither grew more than 10 % and no request failed. A request is dropped (and counts as failed) when 256",
    "are already waiting for an answer. Forty requests of the mix are sent one at a time first, unmeasured.",
  ];
}

const trimEnd = (lines: string[]) => {
  const copy = [...lines];
  while (copy.at(-1) === "") copy.pop();
  return copy;
};
