import { beforeAll, describe, expect, it } from "vitest";
import { saveScreenshot } from "./browser.js";
import { useExplorerPage } from "./explorer-page.js";

describe("GraphiQL at /graphiql in Chromium", () => {
  const explorer = useExplorerPage({ builtPage: "graphiql/index.html", width: 1400, height: 800 });
  /** Every URL the page requested outside the Maillage server (it must work offline). */
  const foreignRequests: string[] = [];

  beforeAll(() => {
    const { server, page } = explorer;
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !/^(data|blob):/.test(url)) foreignRequests.push(url);
    });
  });

  it("opens with the example query and the documentation explorer showing the schema", async () => {
    const { server, page } = explorer;
    await page.goto(`${server.url}/graphiql`);
    await expect(page.title()).resolves.toBe("Maillage · GraphiQL");
    const operationEditor = page.getByRole("region", { name: "Operation Editor" });
    await operationEditor.getByText('search(text: "femto", labels: [Organization])').waitFor({ timeout: 15_000 });
    // The explorer lists the root types once GraphiQL's introspection query succeeded, else says
    // "Error fetching schema".
    const docExplorer = page.getByRole("region", { name: "Documentation Explorer" });
    await expect
      .poll(async () => (await docExplorer.innerText()).replace(/\s+/g, " "), { timeout: 15_000 })
      .toContain("query: Query");
  });

  it("runs the query against /graphql and shows the seeded organisation", async () => {
    const { page } = explorer;
    await page.getByRole("button", { name: /^Execute query/ }).click();
    const result = page.getByRole("region", { name: "Result Window" });
    await result.getByText('"FEMTO-ST"', { exact: true }).waitFor({ timeout: 15_000 });
    const shown = (await result.innerText()).replace(/\s+/g, " ");
    expect(shown).toContain('"ref": "Organization:femto-st"');
    expect(shown).toContain('"kind": "RESEARCH"');
    await saveScreenshot(page, "graphiql");
  });

  it("loads nothing from outside the server, without errors", () => {
    const { pageErrors } = explorer;
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("leaves the web app at /", async () => {
    const { server } = explorer;
    const response = await fetch(server.url);
    expect(await response.text()).toContain("<title>Maillage</title>");
  });
});
