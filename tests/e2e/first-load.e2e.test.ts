// The app's first load, as a visitor with an empty cache sees it in Chromium: what the home page
// transfers (compressed, cacheable, without the code of other pages) and its largest contentful
// paint. The byte budget is asserted; the paint time is printed for docs/BENCHMARKS.md, never asserted.
import { beforeAll, describe, expect, it } from "vitest";
import { useExplorerPage } from "./explorer-page.js";
import { firstLoadOf, type FirstLoad } from "./first-load.js";

/** The home page's budget, compressed bytes over the wire (issue 20, item 6). */
const homePageBudgetBytes = 300_000;

describe("the home page's first load in Chromium", () => {
  const explorer = useExplorerPage();
  let load: FirstLoad;

  beforeAll(async () => {
    load = await firstLoadOf(explorer.page, `${explorer.server.url}/`, () =>
      explorer.page.getByRole("heading", { name: "Questions d'analyste" }).waitFor(),
    );
    console.log(
      `home page first load: ${load.transferredBytes} B transferred (${load.decodedBytes} B decoded) in ` +
        `${load.responses.length} requests; largest contentful paint ${load.largestContentfulPaintMs.toFixed(0)} ms`,
    );
    for (const response of load.responses)
      console.log(`  ${response.transferredBytes}\t${response.contentEncoding || "-"}\t${response.path}`);
  });

  it("serves its scripts and style sheets compressed (Brotli or gzip)", () => {
    const code = load.responses.filter((response) => /\.(?:js|css)$/u.test(response.path));
    expect(code.length).toBeGreaterThan(0);
    expect(
      code.filter((response) => !["br", "gzip"].includes(response.contentEncoding)).map((response) => response.path),
    ).toEqual([]);
  });

  it("lets the browser keep the hashed assets for a year and revalidate the page", () => {
    const assets = load.responses.filter((response) => response.path.startsWith("/assets/"));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset.cacheControl, asset.path).toBe("public, max-age=31536000, immutable");
    expect(load.responses.find((response) => response.path === "/")?.cacheControl).toBe("no-cache");
  });

  it("loads neither GraphiQL's editor, nor the graph view's sigma, nor the funding charts", () => {
    const paths = load.responses.map((response) => response.path);
    expect(paths.filter((path) => /graphiql|monaco|GraphPage|FundingPage|FundingCharts/iu.test(path))).toEqual([]);
  });

  it(`transfers less than ${homePageBudgetBytes / 1000} kB`, () => {
    expect(load.transferredBytes).toBeLessThan(homePageBudgetBytes);
  });

  it("has a largest contentful paint to report", () => {
    expect(load.largestContentfulPaintMs).toBeGreaterThan(0);
    expect(explorer.pageErrors).toEqual([]);
  });
});
