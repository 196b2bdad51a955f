import { existsSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientDistDir } from "../../server/http/client-app.js";
import { TestServer } from "../helpers/test-server.js";
import { launchChromium, saveScreenshot } from "./browser.js";

describe("GraphiQL at /graphiql in Chromium", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  /** Every URL the page requested outside the Maillage server (it must work offline). */
  const foreignRequests: string[] = [];
  /** Uncaught errors of the page. */
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(path.join(clientDistDir, "graphiql", "index.html"))) {
      throw new Error("client/dist/graphiql is missing: run `npm run build` before the end-to-end tests (npm test does)");
    }
    server = await TestServer.start();
    browser = await launchChromium();
    page = await browser.newPage({ locale: "fr-FR", viewport: { width: 1400, height: 800 } });
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !/^(data|blob):/.test(url)) foreignRequests.push(url);
    });
    page.on("pageerror", (error) => pageErrors.push(error.stack ?? String(error)));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens with the example query and the documentation explorer showing the schema", async () => {
    await page.goto(`${server.url}/graphiql`);
    await expect(page.title()).resolves.toBe("Maillage · GraphiQL");
    const operationEditor = page.getByRole("region", { name: "Operation Editor" });
    await operationEditor.getByText('search(text: "femto", labels: [Organization])').waitFor({ timeout: 15_000 });
    // The explorer lists the root types once GraphiQL's introspection query succeeded, else says
    // "Error fetching schema".
    const docExplorer = page.getByRole("region", { name: "Documentation Explorer" });
    await expect.poll(async () => (await docExplorer.innerText()).replace(/\s+/g, " "), { timeout: 15_000 }).toContain("query: Query");
  });

  it("runs the query against /graphql and shows the seeded organisation", async () => {
    await page.getByRole("button", { name: /^Execute query/ }).click();
    const result = page.getByRole("region", { name: "Result Window" });
    await result.getByText('"FEMTO-ST"', { exact: true }).waitFor({ timeout: 15_000 });
    const shown = (await result.innerText()).replace(/\s+/g, " ");
    expect(shown).toContain('"ref": "Organization:femto-st"');
    expect(shown).toContain('"kind": "RESEARCH"');
    await saveScreenshot(page, "graphiql");
  });

  it("loads nothing from outside the server, without errors", () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("leaves the web app at /", async () => {
    const response = await fetch(server.url);
    expect(await response.text()).toContain("<title>Maillage</title>");
  });
});
