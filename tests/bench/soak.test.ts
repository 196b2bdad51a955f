import { describe, expect, it } from "vitest";
import { soakVerdict, type SoakResults, type SoakSample } from "./soak-results.js";
import { withSoakRow } from "./soak-section.js";

/** One request a second for `seconds`, each taking `ms(at)`; memory sampled each second as `rss(at)`. */
function run(seconds: number, ms: (at: number) => number, rss: (at: number) => number) {
  const requests: SoakSample[] = Array.from({ length: seconds * 10 }, (_, index) => ({
    atMs: index * 100,
    kind: index % 10 === 9 ? "write" : "read",
    ms: ms(index * 100),
    ok: true,
    dropped: false,
  }));
  const memory = Array.from({ length: seconds }, (_, index) => ({ atMs: index * 1000, rssMb: rss(index * 1000) }));
  return soakVerdict(requests, memory, seconds * 1000);
}

describe("the soak's verdict", () => {
  it("is met when memory and p99 stay level", () => {
    const figures = run(
      600,
      () => 10,
      () => 300,
    );
    expect(figures.met).toBe(true);
    expect(figures.verdict).toBe("no growth beyond 10 % (RSS +0 %, p99 +0 %)");
    expect(figures.requests).toEqual({ reads: 5_400, writes: 600 });
    // After a 30 s warm-up, a minute at the start against the last minute.
    expect([figures.start.fromSeconds, figures.start.toSeconds, figures.end.fromSeconds]).toEqual([30, 90, 540]);
  });

  it("is missed when the server's memory grows by more than a tenth", () => {
    const figures = run(
      600,
      () => 10,
      (at) => 300 + at / 10_000,
    );
    expect(figures.end.rssMb).toBeGreaterThan(figures.start.rssMb * 1.1);
    expect(figures.met).toBe(false);
    expect(figures.verdict).toMatch(/^grew beyond 10 % \(RSS \+\d+ %/u);
  });

  it("is missed when the p99 grows by more than a tenth, and counts errors and dropped requests apart", () => {
    const figures = run(
      60,
      (at) => (at > 40_000 ? 30 : 10),
      () => 300,
    );
    expect(figures.end.p99Ms).toBe(30);
    expect(figures.met).toBe(false);
    const failed = soakVerdict(
      [
        { atMs: 0, kind: "read", ms: 5, ok: false, dropped: false },
        { atMs: 1, kind: "read", ms: Number.NaN, ok: false, dropped: true },
      ],
      [],
      10_000,
    );
    expect([failed.errors, failed.dropped]).toEqual([1, 1]);
    expect(failed.met).toBe(false);
    expect(failed.verdict).toContain("; 1 failed, 1 dropped");
  });
});

describe("the soak section of docs/BENCHMARKS.md", () => {
  const results = (scale: SoakResults["scale"], startedAt: string): SoakResults => ({
    version: 1,
    scale,
    startedAt,
    minutes: 1,
    rate: 50,
    writeShare: 0.1,
    loadAverage: { start: 1, end: 2 },
    cpus: 2,
    ...run(
      60,
      () => 10,
      () => 300,
    ),
  });
  const doc =
    "# Benchmarks\n\n## Throughput\n\ntext\n\n## Analysis\n\n<!-- analysis:start -->\nkept\n<!-- analysis:end -->\n";

  it("is added before the Analysis, and a run of one scale replaces that scale's row only", () => {
    const once = withSoakRow(doc, results("medium", "2026-12-01T10:00:00.000Z"));
    expect(once.indexOf("## Soak")).toBeGreaterThan(once.indexOf("## Throughput"));
    expect(once.indexOf("## Soak")).toBeLessThan(once.indexOf("## Analysis"));
    const twice = withSoakRow(once, results("small", "2026-12-02T10:00:00.000Z"));
    const again = withSoakRow(twice, results("medium", "2026-12-03T10:00:00.000Z"));
    const rows = again.split("\n").filter((line) => /^\| (small|medium) \|/u.test(line));
    expect(rows.map((row) => row.split(" | ").slice(0, 2).join(" | "))).toEqual([
      "| small | 2026-12-02 10:00",
      "| medium | 2026-12-03 10:00",
    ]);
    expect(again.match(/## Soak/gu)).toHaveLength(1);
    expect(again.endsWith("<!-- analysis:end -->\n")).toBe(true);
    expect(rows[1]).toContain("✅ no growth beyond 10 %");
  });
});
