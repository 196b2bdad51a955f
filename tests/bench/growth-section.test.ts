import { describe, expect, it } from "vitest";
import { aBenchRun, aLoadOnlyRun } from "./bench-run-builder.js";
import { benchmarksMarkdown } from "./benchmarks-doc.js";
import { growthChartFile, growthChartSvg, growthPoints } from "./growth-section.js";

describe("the growth section", () => {
  const runs = [
    aBenchRun("small", "2026-11-01T10:00:00.000Z", 1),
    aBenchRun("large", "2026-11-03T10:00:00.000Z", 1),
    aLoadOnlyRun("xlarge", "2026-11-04T10:00:00.000Z", 1),
  ];
  const doc = benchmarksMarkdown(runs, "analysis");

  it("reads back each scale's relationships, load times and store from the rendered table", () => {
    expect(growthPoints(doc)).toEqual(
      runs.map((run) => ({
        scale: run.scale,
        relationships: run.dataset.relationships,
        importSeconds: Number(run.firstLoad!.importSeconds.toFixed(1)),
        schemaSeconds: Number(run.firstLoad!.schemaSeconds!.toFixed(1)),
        storeMb: run.dataset.storeMb,
      })),
    );
    expect(doc).toContain(`](${growthChartFile})`);
  });

  it("draws each point on logarithmic axes: a tenfold step is the same distance at every scale", () => {
    const svg = growthChartSvg([
      { scale: "a", relationships: 1_000, importSeconds: 1, storeMb: 10 },
      { scale: "b", relationships: 10_000, importSeconds: 10, storeMb: 100 },
      { scale: "c", relationships: 100_000, importSeconds: 100, storeMb: 1_000 },
    ]);
    const circles = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"[^>]*><title>import tool/gu)].map((match) => ({
      x: Number(match[1]),
      y: Number(match[2]),
    }));
    expect(circles).toHaveLength(3);
    expect(circles[1]!.x - circles[0]!.x).toBeCloseTo(circles[2]!.x - circles[1]!.x, 0);
    expect(circles[0]!.y - circles[1]!.y).toBeCloseTo(circles[1]!.y - circles[2]!.y, 0);
    expect(svg).toContain(">100k</text>");
    expect(svg).toContain(">1 GB</text>");
    expect(svg.match(/<circle /gu)).toHaveLength(6);
  });

  it("says so when there is nothing to draw", () => {
    expect(growthChartSvg([])).toContain("no data");
  });
});
