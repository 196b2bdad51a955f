import { existsSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientDistDir } from "../../server/http/client-app.js";
import { anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";
import { launchChromium, saveScreenshot } from "./browser.js";

describe("the web app in Chromium", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let token: string;

  beforeAll(async () => {
    if (!existsSync(path.join(clientDistDir, "index.html"))) {
      throw new Error("client/dist is missing: run `npm run build` before the end-to-end tests (npm test does)");
    }
    server = await TestServer.start();
    token = server.uniqueId("Horlogia").replace("-", "");
    await server.save(factSet(anOrganization(server.uniqueId("firm")).named(`${token} Microtechnique`)));
    browser = await launchChromium();
    page = await browser.newPage({ locale: "fr-FR" });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("finds an organisation stored in Neo4j by typing part of its name", async () => {
    await page.goto(server.url);
    await expect(page.title()).resolves.toBe("Maillage");
    await page.getByRole("searchbox", { name: "Rechercher une organisation" }).fill(token.toLowerCase());
    const results = page.getByRole("list", { name: "Organisations trouvées" });
    await results.getByText(`${token} Microtechnique`).waitFor({ timeout: 10_000 });
    expect(await results.getByRole("listitem").allTextContents()).toEqual([`${token} MicrotechniqueEntreprise`]);
    await saveScreenshot(page, "organization-search");
  });

  it("says so when nothing matches", async () => {
    await page.getByRole("searchbox", { name: "Rechercher une organisation" }).fill(`${token}-introuvable`);
    await page.getByText(`Aucune organisation ne correspond à « ${token}-introuvable ».`).waitFor({ timeout: 10_000 });
  });
});
