// Following a programme in Chromium: an editor sees what falls due on the home page, records a
// result for a 2024 indicator quoting an uploaded document picked by search, sees it under its axis
// and action against the target with its progress, marks a deliverable received with a document
// picked the same way, and prints the yearly review (axes → actions → indicators) with every line's
// evidence.
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, isoToday } from "../../server/follow-up/progress.js";
import { aNode, aRelationship, factSet } from "../helpers/fact-builders.js";
import { saveScreenshot } from "./browser.js";
import { useExplorerPage } from "./explorer-page.js";
import { signInWith } from "./sign-in.js";

describe("following a programme in Chromium", () => {
  const explorer = useExplorerPage();
  const passage = "Le pôle a organisé une soirée de réseautage à Besançon le 12 juin 2024";
  let programme: string;
  let indicator: string;
  let deliverable: { id: string; name: string };
  let documentId: string;
  let titleWord: string;
  let actionRef: string;
  let axisRef: string;

  beforeAll(async () => {
    const { server } = explorer;
    programme = server.uniqueId("programme-suivi");
    indicator = server.uniqueId("soirees");
    documentId = server.uniqueId("rapport");
    titleWord = documentId.split("-").pop()!;
    deliverable = { id: server.uniqueId("tableau"), name: `Tableau des rencontres ${server.uniqueId("e2e")}` };
    const action = aNode("Programme", programme).with({
      name: "Programme de suivi d'essai",
      kind: "ACTION_PROGRAMME",
      year: 2024,
    });
    const previousYear = aNode("Programme", `${programme}-2023`).with({ kind: "ACTION_PROGRAMME", year: 2023 });
    const axis = aNode("Programme", `${programme}-axe-3`).with({
      name: "Axe 3 : L'animation",
      kind: "AXIS",
      number: 3,
    });
    const animate = aNode("Action", `${programme}-axe-3-action-2`).with({
      name: "Animer la communauté des adhérents industriels",
      year: 2024,
      number: 2,
    });
    actionRef = animate.ref;
    axisRef = axis.ref;
    const target = aNode("Indicator", indicator).with({
      name: "Soirées de réseautage",
      value: 2,
      unit: "soirées",
      year: 2024,
      kind: "TARGET",
      bound: "EXACT",
      series: indicator,
      measure: "COUNT",
    });
    const result2023 = aNode("Indicator", `${indicator}-2023`).with({
      name: "Soirées réseautage co-organisées",
      value: 2,
      unit: "soirées",
      year: 2023,
      kind: "RESULT",
      bound: "EXACT",
      series: indicator,
      measure: "COUNT",
    });
    const owed = aNode("Deliverable", deliverable.id).with({
      name: deliverable.name,
      deadline: addDays(isoToday(), 12),
    });
    // A document as an upload makes it: a title and its full text.
    const report = {
      build: () => ({
        label: "Document" as const,
        key: documentId,
        properties: {
          title: `Rapport d'étape du PMT ${titleWord}`,
          text: `Rapport d'étape.\n${passage}, avec 60 adhérents.`,
        },
        sources: [],
      }),
    };
    await server.save(
      factSet(
        action,
        previousYear,
        axis,
        animate,
        target,
        result2023,
        owed,
        report,
        aRelationship("PART_OF", axis.ref, action.ref),
        aRelationship("HAS_ACTION", axis.ref, animate.ref).quoting("Animer la communauté des adhérents industriels"),
        aRelationship("HAS_INDICATOR", animate.ref, target.ref).quoting("Organiser 2 soirées de réseautage"),
        aRelationship("HAS_INDICATOR", previousYear.ref, result2023.ref).quoting("2 soirées réseautage co-organisées"),
        aRelationship("OWES", axis.ref, owed.ref).quoting("Un tableau mentionnant les dates des rencontres"),
      ),
    );
  });

  it("shows staff on the home page what falls due within 30 days", async () => {
    const { server, page } = explorer;
    await signInWith(page, server.url, await server.token("editor"));
    await page.goto(server.url);
    const dueSoon = page.getByRole("region", { name: "À rendre dans les 30 jours" });
    await dueSoon.getByRole("link", { name: new RegExp(deliverable.name) }).waitFor();
    await expect(dueSoon.getByRole("link", { name: new RegExp(deliverable.name) }).textContent()).resolves.toMatch(
      /à rendre/,
    );
  });

  it("records a result quoting a document picked by search, shown under its axis and action against the target", async () => {
    const { server, page } = explorer;
    await page.goto(`${server.url}/programmes/${encodeURIComponent(programme)}`);
    const axis = page.locator(`section[data-axis="${axisRef}"]`);
    const action = axis.locator(`[data-action="${actionRef}"]`);
    const row = action.locator(`tr[data-indicator="Indicator:${indicator}"]`);
    await row.waitFor();
    await expect(axis.getByRole("heading", { level: 2 }).textContent()).resolves.toBe("Axe 3 : L'animation");
    await expect(action.getByRole("heading", { level: 3 }).textContent()).resolves.toBe(
      "Action 2 — Animer la communauté des adhérents industriels",
    );
    await expect(row.locator(".previous").textContent()).resolves.toMatch(/2\s*soirées.*résultat 2023/);
    await expect(row.locator(".progress-cell").textContent()).resolves.toMatch(/aucun résultat/);

    await row.getByRole("button", { name: "Saisir un résultat" }).click();
    const form = page.getByRole("form", { name: "Résultat pour « Soirées de réseautage »" });
    await form.getByLabel("Valeur (soirées)").fill("1");
    await form.getByLabel("Date", { exact: true }).fill("2024-06-12");
    await form.getByLabel("Citée d'un document").check();
    await form.getByRole("combobox", { name: "Document (cherchez par son titre)" }).fill(`rapport ${titleWord}`);
    await form.getByRole("option", { name: new RegExp(titleWord) }).click();
    await expect(form.locator(".document-picker code").textContent()).resolves.toBe(`Document:${documentId}`);
    await form.getByLabel("Passage du document (mot pour mot)").fill(passage);
    await form.getByLabel("Pourquoi cette saisie").fill("rapport d'étape de juin");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await form.waitFor({ state: "detached" });

    await expect(row.getAttribute("data-state")).resolves.toBe("BELOW");
    await expect(row.locator(".progress-cell").textContent()).resolves.toMatch(/en dessous\s*1 sur 2 \(50\s*%\)/);
    await expect(row.locator(".results").textContent()).resolves.toContain(documentId);
    await saveScreenshot(page, "programme-follow-up");
  });

  it("refuses a quote the document does not hold, and says so", async () => {
    const { page } = explorer;
    const row = page.locator(`tr[data-indicator="Indicator:${indicator}"]`);
    await row.getByRole("button", { name: "Saisir un résultat" }).click();
    const form = page.getByRole("form", { name: "Résultat pour « Soirées de réseautage »" });
    await form.getByLabel("Valeur (soirées)").fill("3");
    await form.getByLabel("Date", { exact: true }).fill("2024-07-01");
    await form.getByLabel("Citée d'un document").check();
    await form.getByRole("combobox", { name: "Document (cherchez par son titre)" }).fill(`rapport ${titleWord}`);
    await form.getByRole("option", { name: new RegExp(titleWord) }).click();
    await form.getByLabel("Passage du document (mot pour mot)").fill("trois soirées de réseautage");
    await form.getByLabel("Pourquoi cette saisie").fill("essai");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await expect(form.locator(".field-error").textContent()).resolves.toMatch(
      /Ce passage n.est pas dans le texte du document/,
    );
    await expect(form.getByLabel("Passage du document (mot pour mot)").getAttribute("aria-invalid")).resolves.toBe(
      "true",
    );
    await expect(form.getByRole("alert").textContent()).resolves.toMatch(/La modification a été refusée/);
    await form.getByRole("button", { name: "Annuler" }).click();
    await expect(row.locator(".progress-cell").textContent()).resolves.toMatch(/1 sur 2/);
  });

  it("marks a deliverable received and shows its document", async () => {
    const { page } = explorer;
    const row = page.locator(`tr[data-deliverable="Deliverable:${deliverable.id}"]`);
    await row.getByRole("button", { name: "Marquer reçu" }).click();
    const form = page.getByRole("form", { name: `Réception de « ${deliverable.name} »` });
    await form.getByLabel("Pourquoi cette saisie").fill("reçu par courriel");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await expect(form.locator(".field-error").textContent()).resolves.toMatch(
      /Cherchez le document par son titre et choisissez-le dans la liste/,
    );
    await form.getByRole("combobox", { name: "Document qui le remplit (cherchez par son titre)" }).fill(titleWord);
    await form.getByRole("option", { name: new RegExp(titleWord) }).click();
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await form.waitFor({ state: "detached" });
    await expect(row.getAttribute("data-status")).resolves.toBe("RECEIVED");
    await expect(
      row
        .locator(".document")
        .getByRole("link", { name: `Rapport d'étape du PMT ${titleWord}` })
        .count(),
    ).resolves.toBe(1);
  });

  it("prints the yearly review with every line's evidence, and the seed programme's funding by funder and year", async () => {
    const { server, page } = explorer;
    await page.getByRole("link", { name: "Bilan annuel pour le financeur" }).click();
    await page.getByRole("heading", { level: 1, name: /Bilan 2024/ }).waitFor();
    const reviewAction = page.locator(`section[data-axis="${axisRef}"] [data-action="${actionRef}"]`);
    await expect(reviewAction.getByRole("heading", { level: 4 }).textContent()).resolves.toBe(
      "Action 2 — Animer la communauté des adhérents industriels",
    );
    const line = reviewAction.locator(`tr[data-indicator="Indicator:${indicator}"]`);
    await expect(line.textContent()).resolves.toContain(passage);
    await expect(page.locator(`tr[data-deliverable="Deliverable:${deliverable.id}"]`).textContent()).resolves.toMatch(
      /reçu.*Rapport d'étape du PMT/,
    );
    await expect(page.locator(".missing-evidence").count()).resolves.toBe(0);

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Imprimer" }).isVisible()).resolves.toBe(false);
    await expect(page.locator(".app-header").isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    await page.emulateMedia({ media: "screen" });

    await page.goto(`${server.url}/programmes/pmt-animation-2024/review`);
    const funding = page.getByRole("region", { name: "Financements reçus par financeur et par année" });
    await funding.locator("tr.review-line").first().waitFor();
    await expect(funding.textContent()).resolves.toMatch(/Grand Besançon Métropole/);
    await expect(page.locator("tr.review-line[data-indicator]").count()).resolves.toBe(24);
    await expect(page.locator("[data-action] tr.review-line[data-indicator]").count()).resolves.toBe(20);
    await expect(page.locator(".missing-evidence").count()).resolves.toBe(0);
    await saveScreenshot(page, "yearly-review");
  });
});
