import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";
import { launchChromium, saveScreenshot } from "./browser.js";
import { assertClientBuilt, openExplorerPage } from "./explorer-page.js";

describe("the home page's search in Chromium", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let token: string;

  beforeAll(async () => {
    assertClientBuilt();
    server = await TestServer.start();
    token = server.uniqueId("Horlogia").replace("-", "");
    await server.save(factSet(anOrganization(server.uniqueId("firm")).named(`${token} Microtechnique`)));
    browser = await launchChromium();
    ({ page } = await openExplorerPage(browser));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("suggests an organisation stored in Neo4j as you type, with its kind, and opens it with the keyboard", async () => {
    await page.goto(server.url);
    await expect(page.title()).resolves.toBe("Maillage");
    const search = page.getByRole("combobox", { name: "Rechercher dans le graphe" });
    await search.fill(token.toLowerCase());
    const suggestions = page.getByRole("listbox", { name: "Suggestions" });
    await suggestions.getByText(`${token} Microtechnique`).waitFor({ timeout: 10_000 });
    expect(await suggestions.getByRole("option").allTextContents()).toEqual([`${token} MicrotechniqueOrganisation · Entreprise`]);
    await expect(search.getAttribute("aria-expanded")).resolves.toBe("true");
    await saveScreenshot(page, "home-search");

    await search.press("ArrowDown");
    await expect(page.getByRole("option", { selected: true }).textContent()).resolves.toContain(token);
    await search.press("Enter");
    await page.getByRole("heading", { level: 1, name: `${token} Microtechnique` }).waitFor();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toMatch(/^\/entity\/Organization:firm-/);
  });

  it("says so when nothing matches", async () => {
    await page.goto(server.url);
    await page.getByRole("combobox", { name: "Rechercher dans le graphe" }).fill(`${token}-introuvable`);
    await page.getByText(`Aucun résultat pour « ${token}-introuvable ».`).waitFor({ timeout: 10_000 });
  });
});
