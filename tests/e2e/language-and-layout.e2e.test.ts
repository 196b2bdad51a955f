import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { saveScreenshot, screenshotDir } from "./browser.js";
import { openExplorerPage, useExplorerPage } from "./explorer-page.js";

/** French amounts use narrow no-break spaces; compare them with plain spaces. */
const plainSpaces = (text: string | null | undefined) => (text ?? "").replace(/[\u202f\u00a0]/g, " ");

describe("languages, phone width and first paint in Chromium", () => {
  const explorer = useExplorerPage();

  it("shows the funding view with amounts in French: 45 000 € a year from GBM", async () => {
    const { server, page } = explorer;
    // The navigation's /funding opens the current programme, which the server names.
    await page.goto(`${server.url}/funding`);
    await page.waitForURL((url) => url.pathname === "/funding/pmt-animation-2024");
    const years = page.getByRole("region", { name: /Contribution de Grand Besançon Métropole/ });
    await years.locator("tbody tr").first().waitFor();
    const rows = await years
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [tr.children[0]!.textContent, tr.children[1]!.textContent]));
    expect(rows.map(([year, amount]) => [year, plainSpaces(amount)])).toEqual([
      ["2021", "45 000 €"],
      ["2022", "45 000 €"],
      ["2023", "45 000 €"],
      ["2024", "45 000 €"],
    ]);
    await expect(page.locator(".recharts-surface").count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(page.locator(".funding-summary").textContent().then(plainSpaces)).resolves.toContain("752 100 €");
    await saveScreenshot(page, "funding-view");
  });

  it("switches French ↔ English, remembers the choice and formats amounts per language", async () => {
    const { server, page } = explorer;
    await page.goto(server.url);
    await page.getByRole("heading", { level: 1, name: "Explorer l'écosystème" }).waitFor();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("fr");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Explore the ecosystem" }).waitFor();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await page.getByRole("combobox", { name: "Search the graph" }).waitFor();
    await saveScreenshot(page, "home-english");

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Explore the ecosystem" }).waitFor();
    await page.goto(`${server.url}/funding/pmt-animation-2024`);
    const years = page.getByRole("region", { name: /Grand Besançon Métropole's contribution/ });
    await expect(years.locator("tbody tr td").first().textContent()).resolves.toBe("€45,000");

    await page.getByRole("button", { name: "Français" }).click();
    await page.getByRole("region", { name: /Contribution de Grand Besançon Métropole/ }).waitFor();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("fr");
  });

  it("fits a phone's width (390 px) without sideways scrolling", async () => {
    const { server, browser } = explorer;
    const { page: phone } = await openExplorerPage(browser, { width: 390, height: 844 });
    for (const [name, url, ready, loaded] of [
      ["phone-home", "/", "Explorer l'écosystème", ".question-gallery"],
      ["phone-entity", `/entity/${encodeURIComponent("Organization:pmt")}`, "Pôle des Microtechniques", ".fact-group"],
      [
        "phone-question",
        "/questions/firms-at-events?market=ASD&kinds=COMPANY&kinds=CLUSTER",
        "Entreprises de GBM aux événements ASD",
        ".answer-table",
      ],
      [
        "phone-graph",
        `/graph/${encodeURIComponent("Organization:pmt")}`,
        "Graphe autour de Pôle des Microtechniques",
        "canvas",
      ],
      [
        "phone-paths",
        `/paths?from=${encodeURIComponent("Organization:femto-st")}&to=${encodeURIComponent("Event:paris-space-week-2024")}`,
        "Chemins entre deux nœuds",
        ".path-list",
      ],
      ["phone-funding", "/funding/pmt-animation-2024", /^Financement/, ".recharts-surface"],
      ["phone-sign-in", "/sign-in", "Connexion", ".sign-in-form"],
      ["phone-deliverables", "/deliverables", "Livrables de la convention", ".deliverable-card"],
    ] as const) {
      await phone.goto(`${server.url}${url}`);
      await phone.getByRole("heading", { level: 1, name: ready }).waitFor();
      await phone.locator(loaded).first().waitFor();
      await phone.waitForTimeout(1_500);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
      await saveScreenshot(phone, name);
    }
    await phone.context().close();
  }, 120_000);

  it("paints the home page quickly (first contentful paint, median of 5 cold loads)", async () => {
    const { server, browser, pageErrors } = explorer;
    const paints: number[] = [];
    for (let run = 0; run < 5; run++) {
      const { page: cold } = await openExplorerPage(browser);
      await cold.goto(server.url, { waitUntil: "load" });
      await cold.getByRole("heading", { level: 1 }).waitFor();
      paints.push(
        await cold.evaluate(
          () =>
            performance.getEntriesByType("paint").find((entry) => entry.name === "first-contentful-paint")?.startTime ??
            NaN,
        ),
      );
      await cold.context().close();
    }
    const median = [...paints].sort((a, b) => a - b)[2]!;
    console.log(
      `[home] first-contentful-paint over 5 cold loads: ${paints.map((paint) => paint.toFixed(0)).join(", ")} ms; median ${median.toFixed(0)} ms`,
    );
    writeFileSync(
      path.join(screenshotDir, "home-first-paint.json"),
      JSON.stringify({ paintsMs: paints, medianMs: median }, null, 2),
    );
    // A sanity bound: the numbers themselves are the measure (about 0.8 s median on a quiet machine).
    expect(median).toBeLessThan(5_000);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
