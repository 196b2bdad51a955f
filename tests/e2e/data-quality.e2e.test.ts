import { describe, expect, it } from "vitest";
import { saveScreenshot } from "./browser.js";
import { useExplorerPage } from "./explorer-page.js";

describe("the « Qualité des données » page in Chromium", () => {
  const explorer = useExplorerPage();

  it("is reached from the deliberation's page and shows facts by confidence and by source", async () => {
    const { server, page } = explorer;
    await page.goto(`${server.url}/entity/${encodeURIComponent("Document:gbm-2024-00098")}`);
    await page.getByRole("link", { name: "Qualité des données" }).click();
    await page.getByRole("heading", { level: 1, name: "Qualité des données — gbm-2024-00098" }).waitFor();
    expect(new URL(page.url()).search).toBe("?source=gbm-2024-00098");
    const summary = page.getByRole("region", { name: "Faits par confiance" });
    const unverifiedRow = summary.getByRole("row", { name: /non vérifié/ });
    const unverified = Number(await unverifiedRow.getByRole("cell").textContent());
    expect(unverified).toBeGreaterThan(10);
    const bySource = page.getByRole("region", { name: "Faits par source" });
    await expect(bySource.getByRole("row", { name: /gbm-2024-00098/ }).count()).resolves.toBe(1);
    // Every unverified fact is listed with its reason.
    const facts = page.getByRole("region", { name: /^Faits non vérifiés/ });
    await expect(facts.locator("tbody tr").count()).resolves.toBe(unverified);
    const torino = facts.getByRole("row", { name: /ASD meetings Torino/ });
    await expect(torino.textContent()).resolves.toContain("inferred from the event's name");
  });

  it("shows the count checks with their numbers and the twelve extraction notes", async () => {
    const { page } = explorer;
    const checks = page.getByRole("region", { name: "Vérification des comptes" });
    const members = checks.getByRole("row", { name: /members in office/ });
    await expect(members.getByRole("cell").allTextContents()).resolves.toEqual(
      expect.arrayContaining(["123", "122", "-1"]),
    );
    const votes = checks.getByRole("row", { name: /the tally is/ });
    await expect(votes.getByRole("cell").allTextContents()).resolves.toEqual(expect.arrayContaining(["106", "105"]));
    const notes = page.getByRole("region", { name: "Notes d'extraction" });
    await expect(notes.locator("tbody tr").count()).resolves.toBe(12);
    await expect(notes.getByRole("row", { name: /Marie LAMBERT/ }).textContent()).resolves.toContain("personne");
    await saveScreenshot(page, "data-quality");
  });

  it("opens the passage a note is about in the source", async () => {
    const { page } = explorer;
    const checks = page.getByRole("region", { name: "Vérification des comptes" });
    await checks
      .getByRole("row", { name: /members in office/ })
      .getByRole("button", { name: "Voir le passage" })
      .click();
    const dialog = page.getByRole("dialog", { name: "Source : gbm-2024-00098" });
    await expect(dialog.locator("mark").textContent()).resolves.toBe(
      "Membres du Conseil de Communauté en exercice : 123",
    );
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
  });

  it("filters PMT's partnerships by status, the count saying which statuses it includes", async () => {
    const { server, page, pageErrors } = explorer;
    await page.goto(`${server.url}/entity/${encodeURIComponent("Organization:pmt")}`);
    const partners = page.getByRole("region", { name: /^Partenaire de/ });
    await expect(partners.getByRole("heading").textContent()).resolves.toMatch(/54 \(tous statuts\)$/);
    await partners.getByRole("button", { name: "à renforcer 8" }).click();
    await expect(partners.getByRole("heading").textContent()).resolves.toMatch(/8 \(à renforcer\)$/);
    await expect(partners.locator("li.fact").count()).resolves.toBe(8);
    expect(pageErrors).toEqual([]);
  });
});
