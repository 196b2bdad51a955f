import Papa from "papaparse";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { FirmsAtEventsDocument } from "../../client/src/__generated__/graphql.js";
import { aRelationship, anOrganization, factSet } from "../helpers/fact-builders.js";
import { saveScreenshot } from "./browser.js";
import { downloadOf, useExplorerPage } from "./explorer-page.js";

/** The table's cells of the columns the CSV repeats, row by row. */
async function tableRows(page: Page): Promise<string[][]> {
  return page
    .locator(".answer-table tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) =>
        ["organization", "communes", "events", "confidence"].map((column) =>
          (row.querySelector(`[data-column="${column}"]`)?.textContent ?? "")
            .replace("⚠", "")
            .replace(/\s+/g, " ")
            .trim(),
        ),
      ),
    );
}

describe("the question gallery in Chromium", () => {
  const explorer = useExplorerPage();
  let statedFirm: string;
  let unverifiedFirm: string;

  beforeAll(async () => {
    const { server } = explorer;
    // Two GBM firms at ASD events: one whose commune the source states, one whose commune it does not.
    statedFirm = `Usinage ${server.uniqueId("Doubs")}`;
    unverifiedFirm = `Optique ${server.uniqueId("Chaudanne")}`;
    const stated = anOrganization(server.uniqueId("usinage")).named(statedFirm);
    const unverified = anOrganization(server.uniqueId("optique")).named(unverifiedFirm);
    await server.save(
      factSet(
        stated,
        unverified,
        aRelationship("LOCATED_IN", stated.ref, "Commune:25056").quoting(`${statedFirm}, à Besançon`),
        aRelationship("PARTICIPATED_IN", stated.ref, "Event:paris-space-week-2024").withProperties({
          role: "exposant",
          year: 2024,
        }),
        aRelationship("LOCATED_IN", unverified.ref, "Commune:25056").withConfidence(
          "unverified",
          "adresse du registre du commerce, pas de la source",
        ),
        aRelationship("PARTICIPATED_IN", unverified.ref, "Event:eurosatory-2024").withProperties({
          role: "exposant",
          year: 2024,
        }),
      ),
    );
  });

  it("answers “GBM firms at ASD events”, the first card, with an evidence path per firm", async () => {
    const { server, page } = explorer;
    const { firmsAtEvents: expected } = await server.execute(FirmsAtEventsDocument, {
      territoryRef: "Territory:242500361",
      marketRef: "Market:ASD",
      kinds: ["COMPANY"],
      statedOnly: false,
    });
    expect(expected.map((answer) => answer.organization.name)).toEqual(
      expect.arrayContaining([statedFirm, unverifiedFirm]),
    );

    await page.goto(server.url);
    const cards = page.getByRole("list", { name: "Questions d'analyste" }).getByRole("listitem");
    await expect(cards.first().getByRole("heading").textContent()).resolves.toBe(
      "Entreprises de GBM aux événements ASD",
    );
    await cards.first().getByRole("link").click();
    await page.getByRole("heading", { level: 2, name: new RegExp(`^${expected.length} réponses?$`) }).waitFor();
    expect(new URL(page.url()).searchParams.get("market")).toBe("ASD");

    const rows = await tableRows(page);
    expect(rows.map(([organization]) => organization)).toEqual(expected.map((answer) => answer.organization.name));
    const unverifiedRow = rows.find(([organization]) => organization === unverifiedFirm)!;
    expect(unverifiedRow).toEqual([unverifiedFirm, "Besançon", "Eurosatory", "Non vérifié"]);
    const statedRow = page.getByRole("row", { name: new RegExp(statedFirm) });
    await expect(statedRow.locator(".evidence-path").first().textContent()).resolves.toMatch(
      /Besançon.*Paris Space Week/,
    );
    await saveScreenshot(page, "question-firms-at-events");
  });

  it("exports a CSV, UTF-8 with a BOM, whose rows match the table", async () => {
    const { page } = explorer;
    const csv = await downloadOf(page, () => page.getByRole("button", { name: "Exporter en CSV" }).click());
    expect(csv.name).toBe("maillage-firms-at-events-ASD-all-years.csv");
    expect([...csv.content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.content.toString("utf8").slice(1);
    const [header, ...lines] = Papa.parse<string[]>(text, { delimiter: ";", skipEmptyLines: true }).data;
    expect(header!.slice(0, 4)).toEqual(["Organisation", "Commune", "Événements", "Confiance"]);
    const table = await tableRows(page);
    const tableConfidence = (cell: string) => (cell === "Non vérifié" ? "Non vérifié" : "Établi par la source");
    expect(lines.map((line) => line.slice(0, 4))).toEqual(
      table.map(([organization, communes, events, confidence]) => [
        organization,
        communes,
        events,
        tableConfidence(confidence!),
      ]),
    );
    expect(text).toContain("Besançon");
  });

  it("leaves out answers resting on an unverified fact with the “stated facts only” switch", async () => {
    const { server, page } = explorer;
    const { firmsAtEvents: expected } = await server.execute(FirmsAtEventsDocument, {
      territoryRef: "Territory:242500361",
      marketRef: "Market:ASD",
      kinds: ["COMPANY"],
      statedOnly: true,
    });
    await page.getByRole("switch", { name: "Faits établis par la source uniquement" }).check();
    await page.getByRole("button", { name: "Afficher la réponse" }).click();
    await page.waitForURL((url) => url.searchParams.get("stated") === "1");
    await page.getByRole("heading", { level: 2, name: new RegExp(`^${expected.length} réponses?$`) }).waitFor();
    const names = (await tableRows(page)).map(([organization]) => organization);
    expect(names).toEqual(expected.map((answer) => answer.organization.name));
    expect(names).toContain(statedFirm);
    expect(names).not.toContain(unverifiedFirm);
    // Back to the previous answer.
    await page.goBack();
    await page.getByRole("row", { name: new RegExp(unverifiedFirm) }).waitFor();
  });

  it("pages through the answer from the keyboard, and exports every page", async () => {
    const { server, page } = explorer;
    const { firmsAtEvents: expected } = await server.execute(FirmsAtEventsDocument, {
      territoryRef: "Territory:242500361",
      marketRef: "Market:ASD",
      kinds: ["COMPANY"],
      statedOnly: false,
    });
    // Pages of one, so the answer needs several.
    expect(expected.length).toBeGreaterThan(1);
    await page.goto(`${server.url}/questions/firms-at-events?market=ASD&first=1`);
    await page.getByRole("heading", { level: 2, name: `${expected.length} réponses` }).waitFor();
    expect(await tableRows(page)).toHaveLength(1);
    await page.getByText(`1 affichée sur ${expected.length}`).waitFor();
    for (let shown = 2; shown <= expected.length; shown += 1) {
      await page.getByRole("button", { name: "Afficher la réponse suivante" }).focus();
      await page.keyboard.press("Enter");
      await page.getByText(`${shown} affichées sur ${expected.length}`).waitFor();
    }
    await expect(page.getByRole("button", { name: "Afficher la réponse suivante" }).count()).resolves.toBe(0);
    const names = (await tableRows(page)).map(([organization]) => organization);
    expect(names).toEqual(expected.map((answer) => answer.organization.name));

    // The export fetches every answer, whatever the pages shown.
    await page.goto(`${server.url}/questions/firms-at-events?market=ASD&first=1`);
    await page.getByText(`1 affichée sur ${expected.length}`).waitFor();
    const csv = await downloadOf(page, () => page.getByRole("button", { name: "Exporter en CSV" }).click());
    const [, ...lines] = Papa.parse<string[]>(csv.content.toString("utf8").slice(1), {
      delimiter: ";",
      skipEmptyLines: true,
    }).data;
    expect(lines.map(([organization]) => organization)).toEqual(expected.map((answer) => answer.organization.name));
  });

  it("answers the other questions of the gallery", async () => {
    const { server, page, pageErrors } = explorer;
    // Without a programme in its URL the question asks about the current one, which the server names.
    await page.goto(`${server.url}/questions/programme-funding`);
    await page.waitForURL((url) => url.searchParams.get("programme") === "pmt-animation-2024");
    await page
      .getByRole("row", { name: /Grand Besançon Métropole/ })
      .getByText(/45\s000\s€/)
      .waitFor();
    await saveScreenshot(page, "question-programme-funding");
    await page.goto(`${server.url}/questions/event-participation?year=2024`);
    await page.getByRole("row", { name: /Paris Space Week/ }).waitFor();
    await saveScreenshot(page, "question-event-participation");
    // Most participants first, as the answer comes; a click on the column's header sorts it up.
    const participants = () =>
      page
        .locator('.answer-table tbody [data-column="participants"]')
        .allTextContents()
        .then((cells) => cells.map(Number));
    const answerOrder = await participants();
    expect(answerOrder).toEqual([...answerOrder].sort((a, b) => b - a));
    await page.getByRole("columnheader", { name: "Participants" }).getByRole("button").click();
    await expect(page.getByRole("columnheader", { name: "Participants" }).getAttribute("aria-sort")).resolves.toBe(
      "ascending",
    );
    expect(await participants()).toEqual([...answerOrder].sort((a, b) => a - b));
    // A page at a time: the next event comes with the button, after the first.
    await page.goto(`${server.url}/questions/event-participation?year=2024&first=1`);
    await page.getByText(/^1 affichée sur \d+$/).waitFor();
    await page.getByRole("button", { name: "Afficher la réponse suivante" }).click();
    await page.getByText(/^2 affichées sur \d+$/).waitFor();
    expect(await participants()).toHaveLength(2);
    await page.goto(`${server.url}/questions/members-by-commune?organization=pmt`);
    await page.locator(".answer-table, .state-empty").first().waitFor();
    await saveScreenshot(page, "question-members-by-commune");
    expect(pageErrors).toEqual([]);
  });
});
