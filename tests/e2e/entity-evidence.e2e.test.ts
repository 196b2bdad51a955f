import { describe, expect, it } from "vitest";
import { saveScreenshot } from "./browser.js";
import { foldWhiteSpace, useExplorerPage } from "./explorer-page.js";

describe("a node's page and the evidence of its facts in Chromium", () => {
  const explorer = useExplorerPage();

  it("goes from the search to Femto-ST's page, its facts grouped by relationship with counts", async () => {
    const { server, page } = explorer;
    await page.goto(server.url);
    await page.getByRole("combobox", { name: "Rechercher dans le graphe" }).fill("femto");
    await page.getByRole("option", { name: /FEMTO-ST/ }).click();
    await page.getByRole("heading", { level: 1, name: "FEMTO-ST" }).waitFor();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe("/entity/Organization:femto-st");
    const bureau = page.getByRole("region", { name: /^Membre du bureau de/ });
    await expect(bureau.getByRole("link", { name: "Pôle des Microtechniques" }).count()).resolves.toBe(1);
    await saveScreenshot(page, "entity-page");
  });

  it("opens the source with the quoted passage highlighted and scrolled into view", async () => {
    const { page } = explorer;
    const bureau = page.getByRole("region", { name: /^Membre du bureau de/ });
    await bureau
      .getByRole("button", { name: /Voir la source gbm-2024-00098/ })
      .first()
      .click();
    const dialog = page.getByRole("dialog", { name: "Source : gbm-2024-00098" });
    const mark = dialog.locator("mark");
    await mark.waitFor({ timeout: 10_000 });
    const quote = await dialog.locator("blockquote").textContent();
    expect(foldWhiteSpace((await mark.textContent()) ?? "")).toBe(foldWhiteSpace(quote ?? ""));
    expect(quote).toMatch(/^Le bureau est représenté par/);
    // The passage is in the visible part of the scrolled source text.
    const text = await dialog.locator(".source-text").boundingBox();
    const marked = await mark.boundingBox();
    expect(marked!.y).toBeGreaterThanOrEqual(text!.y);
    expect(marked!.y).toBeLessThan(text!.y + text!.height);
    await saveScreenshot(page, "entity-source-quote");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
  });

  it("marks an unverified fact with the reason it was added", async () => {
    const { server, page } = explorer;
    const { records } = await server.driver.executeQuery(
      "MATCH (:Event {id: 'micronora-2024'})-[r:HELD_IN]->(c:Commune) RETURN r.confidence AS confidence, r.reason AS reason, c.name AS commune",
    );
    const fact = records[0]!.toObject() as { confidence: string; reason: string; commune: string };
    expect(fact.confidence).toBe("unverified");
    await page.goto(`${server.url}/entity/${encodeURIComponent("Event:micronora-2024")}`);
    const heldIn = page.getByRole("region", { name: /^Se tient à/ });
    await heldIn.getByRole("link", { name: fact.commune }).waitFor();
    await expect(heldIn.locator(".unverified").textContent()).resolves.toContain(`Non vérifié : ${fact.reason}`);
    await saveScreenshot(page, "entity-unverified");
  });

  it("says so for a ref that matches no node", async () => {
    const { server, page, pageErrors } = explorer;
    await page.goto(`${server.url}/entity/${encodeURIComponent("Organization:nobody-here")}`);
    await page.getByText("Aucun nœud ne porte la référence « Organization:nobody-here ».").waitFor();
    expect(pageErrors).toEqual([]);
  });
});
