// The « Réseau » page, step by step on one page: open it, switch the metric, switch the year, read the
// 2023 → 2024 comparison, export the table.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { NetworkMetricsDocument } from "../../client/src/__generated__/graphql.js";
import { saveScreenshot } from "./browser.js";
import { downloadOf, useExplorerPage } from "./explorer-page.js";

describe("the « Réseau » page in Chromium", () => {
  const explorer = useExplorerPage({ width: 1440, height: 1000 });

  it("opens from the menu on the hubs (degree), drawn and listed, with the metric explained", async () => {
    const { server, page } = explorer;
    await page.goto(server.url);
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Réseau" }).click();
    await page.getByRole("heading", { level: 1, name: "Réseau" }).waitFor();
    await page.getByRole("heading", { level: 2, name: /^\d+ réponses?$/ }).waitFor();
    await expect(
      page.getByRole("complementary", { name: "Ce que mesure la mesure choisie" }).getByRole("heading").textContent(),
    ).resolves.toBe("Degré");
    await page.locator(".graph-canvas canvas").first().waitFor();
    await expect(
      page.getByRole("list", { name: "Communautés" }).getByRole("listitem").count(),
    ).resolves.toBeGreaterThan(1);
  });

  it("switches the metric to betweenness, then the year to 2024, the undated relationships kept", async () => {
    const { server, page } = explorer;
    await page.getByRole("combobox", { name: "Mesure", exact: true }).selectOption("BETWEENNESS");
    await page.getByRole("button", { name: "Afficher la réponse" }).click();
    await page.waitForURL(/metric=BETWEENNESS/);
    await page.getByRole("complementary").getByRole("heading", { name: "Intermédiarité" }).waitFor();
    await page.getByRole("columnheader", { name: /Intermédiarité/ }).waitFor();

    await page.getByRole("combobox", { name: "Année", exact: true }).selectOption("2024");
    await page.getByRole("button", { name: "Afficher la réponse" }).click();
    await page.waitForURL(/year=2024/);
    await page.getByText(/sans année (est|sont) comptées? dans la vue de l'année/).waitFor();
    const { networkMetrics: expected } = await server.execute(NetworkMetricsDocument, {
      metric: "BETWEENNESS",
      top: 40,
      projection: { years: [2024] },
    });
    await page.getByRole("heading", { level: 2, name: `${expected.scores.length} réponses` }).waitFor();
    const tableActors = await page
      .locator(".answer-table tbody tr")
      .evaluateAll((rows) => rows.map((row) => row.querySelector('[data-column="actor"]')?.textContent?.trim() ?? ""));
    expect(tableActors).toEqual(expected.scores.map((score) => score.node.name));
  });

  it("compares 2023 and 2024 and exports the table as shown", async () => {
    const { server, page, pageErrors } = explorer;
    const change = page.getByRole("region", { name: "Ce qui a changé de 2023 à 2024" });
    await change.waitFor();
    expect(Number(await change.locator('[data-count="new-ties"]').textContent())).toBeGreaterThan(0);
    await expect(change.getByText("Liens sans date (dans aucune année)").count()).resolves.toBe(1);
    await saveScreenshot(page, "network");

    const { networkMetrics: expected } = await server.execute(NetworkMetricsDocument, {
      metric: "BETWEENNESS",
      top: 40,
      projection: { years: [2024] },
    });
    const csv = await downloadOf(page, () => page.getByRole("button", { name: "Exporter en CSV" }).click());
    expect(csv.name).toBe("maillage-reseau-betweenness-2024.csv");
    const parsed = Papa.parse<string[]>(csv.content.toString("utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true });
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(["Rang", "Acteur", "Type", "Intermédiarité", "Voisins", "Communauté", "Clé"]);
    expect(rows.map((row) => row[1])).toEqual(expected.scores.map((score) => score.node.name));
    expect(rows.map((row) => row[6])).toEqual(expected.scores.map((score) => score.node.ref));
    expect(pageErrors).toEqual([]);
  });
});
