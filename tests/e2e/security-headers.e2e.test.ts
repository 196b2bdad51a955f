// The Content-Security-Policy is strict enough to mean something and loose enough for the pages:
// the app (its graph layout worker included) and GraphiQL (Monaco, its workers, an executed query)
// run in Chromium without a single violation.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestServer } from "../helpers/test-server.js";
import { launchChromium } from "./browser.js";
import { assertClientBuilt, openExplorerPage } from "./explorer-page.js";

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

describe("the Content-Security-Policy in Chromium", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];
  /** What the browser refused, from its console and from securitypolicyviolation events. */
  const refused: string[] = [];

  /** The violations the page itself saw since it loaded. */
  const pageViolations = () => page.evaluate(() => window.__cspViolations ?? []);

  beforeAll(async () => {
    assertClientBuilt();
    server = await TestServer.start();
    browser = await launchChromium();
    ({ page, pageErrors } = await openExplorerPage(browser, { width: 1400, height: 900 }));
    page.on("console", (message) => {
      if (/Content Security Policy/iu.test(message.text())) refused.push(message.text());
    });
    // Scripts added through the browser's automation protocol are not subject to the page's CSP.
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (event) => {
        window.__cspViolations!.push(
          `${event.effectiveDirective} refused ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
        );
      });
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("is sent with the pages", async () => {
    const response = await page.goto(`${server.url}/`);
    expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  });

  it("lets the graph view draw and lay out PMT's neighbourhood (a blob: worker)", async () => {
    await page.goto(`${server.url}/graph/${encodeURIComponent("Organization:pmt")}`);
    await page.waitForFunction(() => (window.__maillageSigma?.getGraph().order ?? 0) >= 2, undefined, {
      timeout: 20_000,
    });
    await page.waitForTimeout(1_500); // the layout worker runs
    expect(await pageViolations()).toEqual([]);
  });

  it("lets GraphiQL load Monaco and its workers and run a query", async () => {
    await page.goto(`${server.url}/graphiql`);
    const operationEditor = page.getByRole("region", { name: "Operation Editor" });
    await operationEditor.getByText('search(text: "femto", labels: [Organization])').waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: /^Execute query/ }).click();
    await page
      .getByRole("region", { name: "Result Window" })
      .getByText('"FEMTO-ST"', { exact: true })
      .waitFor({ timeout: 15_000 });
    expect(await pageViolations()).toEqual([]);
  });

  it("saw nothing refused and no page error", () => {
    expect(refused).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
