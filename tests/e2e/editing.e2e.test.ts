// PMT staff keeping the graph in Chromium: an editor signs in, adds a participation with its
// evidence and sees it on the organisation's page, in its history and in the convention's
// per-event table; a refused edit shows the server's reason at its field; an admin reverts.
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { UpdateOrganizationDocument } from "../../client/src/__generated__/graphql.js";
import { aNode, aRelationship, anOrganization, factSet } from "../helpers/fact-builders.js";
import { saveScreenshot } from "./browser.js";
import { downloadOf, openExplorerPage, useExplorerPage } from "./explorer-page.js";
import { signInWith, signOut } from "./sign-in.js";

describe("editing the graph in Chromium", () => {
  const explorer = useExplorerPage();
  let editor: string;
  let firm: { id: string; name: string };
  let partner: string;
  let fair: { id: string; name: string };
  const editorName = "Marie Testeuse";

  const entityUrl = () => `${explorer.server.url}/entity/${encodeURIComponent(`Organization:${firm.id}`)}`;
  const history = () => explorer.page.getByRole("region", { name: /^Historique/ });
  /** The relationships between two test organisations, straight from the database. */
  const relationshipsBetween = async (from: string, to: string) => {
    const { records } = await explorer.server.driver.executeQuery(
      "MATCH (:Organization {id: $from})-[r]->(:Organization {id: $to}) RETURN type(r) AS type",
      {
        from,
        to,
      },
    );
    return records.map((record) => record.get("type") as string);
  };

  beforeAll(async () => {
    const { server } = explorer;
    editor = await server.token("editor", `${server.source}:editor`, editorName);
    firm = { id: server.uniqueId("usinage"), name: `Usinage Saisi ${server.uniqueId("e2e")}` };
    partner = `Partenaire Saisi ${server.uniqueId("e2e")}`;
    fair = { id: server.uniqueId("salon"), name: `Salon Saisi ${server.uniqueId("e2e")}` };
    const located = anOrganization(firm.id).named(firm.name);
    await server.save(
      factSet(
        located,
        anOrganization(server.uniqueId("partenaire")).named(partner),
        aNode("Event", fair.id).with({ name: fair.name, year: 2024, kind: "salon" }),
        aRelationship("LOCATED_IN", located.ref, "Commune:25056").quoting(`${firm.name}, à Besançon`),
      ),
    );
  });

  it("signs an editor in: the header names them and their role, and offers editing but not import", async () => {
    const { server, page } = explorer;
    await signInWith(page, server.url, editor);
    const session = page.getByRole("group", { name: "Session" });
    await expect(session.textContent()).resolves.toMatch(/Marie Testeuse\s*éditeur/);
    await expect(
      page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Import" }).count(),
    ).resolves.toBe(0);
    await expect(page.getByRole("link", { name: "Nouvelle organisation" }).count()).resolves.toBe(1);
    await saveScreenshot(page, "editing-signed-in");
  });

  it("adds a participation in an event with its evidence, and the page shows it", async () => {
    const { server, page } = explorer;
    await page.goto(entityUrl());
    await page.getByRole("heading", { level: 1, name: firm.name }).waitFor();
    await page.getByRole("button", { name: "Ajouter un fait", exact: true }).click();
    await expect(page.getByLabel("Relation", { exact: true }).inputValue()).resolves.toBe("PARTICIPATED_IN");
    await page.getByRole("combobox", { name: "Événement" }).fill(fair.name);
    await page.getByRole("option", { name: new RegExp(fair.name) }).click();
    await page.getByText(`Event:${fair.id}`).waitFor();
    await page.getByLabel(/^Rôle/).fill("exposant");
    await page.getByLabel(/^Année/).fill("2024");
    await page.getByLabel("Citation ou note").fill("Liste des exposants du salon, stand 12");
    // The confidence has no default: nothing is checked until the editor chooses.
    await expect(page.getByRole("radio", { checked: true }).count()).resolves.toBe(0);
    await page.getByRole("radio", { name: /^Établi par la source/ }).check();
    await page.getByLabel("Pourquoi cette modification").fill("liste des exposants reçue du salon");
    await saveScreenshot(page, "editing-add-fact");
    await page.getByRole("button", { name: "Ajouter le fait" }).click();
    await page.locator(".edit-status", { hasText: `Fait ajouté : ${fair.name}.` }).waitFor();

    const participations = page.getByRole("region", { name: /^A participé à/ });
    await participations.getByRole("link", { name: fair.name }).waitFor();
    await expect(participations.textContent()).resolves.toMatch(/exposant/);
    await participations
      .getByRole("button", { name: `Voir la source entered by ${server.source}:editor et la citation` })
      .waitFor();
    const { records } = await explorer.server.driver.executeQuery(
      "MATCH (:Organization {id: $firm})-[r:PARTICIPATED_IN]->(:Event {id: $fair}) RETURN r {.*} AS r",
      {
        firm: firm.id,
        fair: fair.id,
      },
    );
    expect(records.map((record) => record.get("r"))).toEqual([
      expect.objectContaining({
        role: "exposant",
        quote: "Liste des exposants du salon, stand 12",
        confidence: "stated",
        source: `entered by ${server.source}:editor`,
      }),
    ]);
    await saveScreenshot(page, "editing-fact-added");
  });

  it("shows the change in the page's history: who, when, why, the fact and its evidence", async () => {
    const { server } = explorer;
    const entry = history().getByRole("article", { name: /^Fait ajouté/ });
    await entry.waitFor();
    const text = (await entry.textContent()) ?? "";
    expect(text).toContain(`par ${server.source}:editor`);
    expect(text).toContain("liste des exposants reçue du salon");
    expect(text).toContain(`Event:${fair.id}`);
    expect(text).toContain("Liste des exposants du salon, stand 12");
    // Editors do not revert: that is an admin's.
    await expect(entry.getByRole("button", { name: "Annuler cette modification" }).count()).resolves.toBe(0);
  });

  it("lists the participation in the convention's per-event table, downloaded as CSV", async () => {
    const { page } = explorer;
    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Livrables" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Livrables de la convention" }).waitFor();
    await expect(page.getByLabel("Année").inputValue()).resolves.toBe("2024");
    const csv = await downloadOf(page, () =>
      page.getByRole("button", { name: "Télécharger Participants par évènement en CSV" }).click(),
    );
    expect(csv.name).toBe("participants-per-event-2024.csv");
    const [header, ...rows] = Papa.parse<string[]>(csv.content.toString("utf8").replace(/^\uFEFF/, ""), {
      delimiter: ";",
      skipEmptyLines: true,
    }).data;
    const column = (name: string) => header!.indexOf(name);
    const row = rows.find(
      (cells) => cells[column("Évènement")] === fair.name && cells[column("Participant")] === firm.name,
    );
    expect(row, `no row for ${firm.name} at ${fair.name}`).toBeDefined();
    expect([
      row![column("Territoire GBM")],
      row![column("Rôle")],
      row![column("Commune")],
      row![column("Nombre de participants")],
    ]).toEqual(["oui", "exposant", "Besançon", "1"]);
    await saveScreenshot(page, "deliverables");
  });

  it("shows a refused fact's reasons at their fields, writes nothing, then adds it once corrected", async () => {
    const { server, page } = explorer;
    await page.goto(entityUrl());
    await page.getByRole("button", { name: "Ajouter un fait", exact: true }).click();
    await page.getByLabel("Relation", { exact: true }).selectOption({ label: "Partenaire de" });
    await page.getByRole("combobox", { name: "Organisation partenaire" }).fill(partner);
    await page.getByRole("option", { name: new RegExp(partner) }).click();
    await page.getByLabel("Citation ou note").fill("Annonce du partenariat au comité");
    await page.getByLabel("Pourquoi cette modification").fill("partenariat annoncé");
    await page.getByRole("button", { name: "Ajouter le fait" }).click();
    await page.locator(".field-error", { hasText: "Choisissez si la source établit le fait ou non." }).waitFor();

    await page.getByRole("radio", { name: /^Non vérifié/ }).check();
    await page.getByRole("button", { name: "Ajouter le fait" }).click();
    const reason = page.getByLabel("Pourquoi ce fait non vérifié est ajouté");
    await page.locator(".field-error", { hasText: "Dites pourquoi ce fait non vérifié est ajouté." }).waitFor();
    await expect(reason.getAttribute("aria-invalid")).resolves.toBe("true");
    const describedBy = await reason.getAttribute("aria-describedby");
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toContain(
      "Dites pourquoi ce fait non vérifié est ajouté.",
    );
    await page.getByRole("alert").filter({ hasText: "La modification a été refusée" }).waitFor();
    await saveScreenshot(page, "editing-field-error");
    const partnerId = (
      await server.driver.executeQuery("MATCH (o:Organization {name: $name}) RETURN o.id AS id", { name: partner })
    ).records[0]!.get("id") as string;
    expect(await relationshipsBetween(firm.id, partnerId)).toEqual([]);

    await reason.fill("annonce orale, pas encore de convention signée");
    await page.getByRole("button", { name: "Ajouter le fait" }).click();
    await page
      .getByRole("region", { name: /^Partenaire de/ })
      .getByRole("link", { name: partner })
      .waitFor();
    expect(await relationshipsBetween(firm.id, partnerId)).toEqual(["PARTNER_OF"]);
  });

  it("edits the organisation's properties, and a new organisation with a bad SIREN is refused at that field", async () => {
    const { server, page } = explorer;
    await page.getByRole("button", { name: "Modifier", exact: true }).click();
    await page.getByLabel("Effectif").fill("24");
    await page.getByLabel("Pourquoi cette modification").fill("effectif 2024 donné par l'entreprise");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.locator(".edit-status", { hasText: "Modifications enregistrées." }).waitFor();
    await page.locator(".entity-header dd", { hasText: /^24$/ }).waitFor();
    await history()
      .getByRole("article", { name: /^Organisation modifiée/ })
      .waitFor();

    await page.goto(server.url);
    await page.getByRole("link", { name: "Nouvelle organisation" }).click();
    const name = `Nouvelle Firme ${server.uniqueId("e2e")}`;
    await page.getByLabel("Nom", { exact: true }).fill(name);
    await page.getByLabel("Type", { exact: true }).selectOption("COMPANY");
    await page.getByLabel("SIREN").fill("12345");
    await page.getByLabel("Pourquoi cette organisation est ajoutée").fill("nouvel adhérent 2025");
    await page.getByRole("button", { name: "Créer l'organisation" }).click();
    await page.locator(".field-error", { hasText: "Un SIREN a 9 chiffres." }).waitFor();
    await expect(page.getByLabel("SIREN").getAttribute("aria-invalid")).resolves.toBe("true");
    await page.getByLabel("SIREN").fill("");
    await page.getByRole("button", { name: "Créer l'organisation" }).click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    await history()
      .getByRole("article", { name: /^Organisation créée/ })
      .waitFor();
  });

  it("fits a phone's width (390 px) with the fact form open", async () => {
    const { browser } = explorer;
    const { page: phone } = await openExplorerPage(browser, { width: 390, height: 844 });
    await signInWith(phone, explorer.server.url, editor);
    await phone.goto(entityUrl());
    await phone.getByRole("button", { name: "Ajouter un fait", exact: true }).click();
    await phone.getByRole("radio", { name: /^Non vérifié/ }).check();
    await phone.getByLabel("Pourquoi ce fait non vérifié est ajouté").waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "the entity page with the fact form scrolls sideways").toBeLessThanOrEqual(0);
    await saveScreenshot(phone, "phone-editing");
    await phone.context().close();
  });

  it("lets an admin revert a change from the history, and says why when a later change stands in the way", async () => {
    const { server, page, pageErrors } = explorer;
    // A later change of the same property, through the API.
    await server.execute(
      UpdateOrganizationDocument,
      { id: firm.id, changes: { headcount: 30 }, why: "effectif 2025" },
      editor,
    );
    await signOut(page);
    await signInWith(page, server.url, await server.token("admin"));
    await page.goto(entityUrl());

    const firstEdit = history()
      .getByRole("article", { name: /^Organisation modifiée/ })
      .filter({ hasText: "effectif 2024 donné par l'entreprise" });
    await firstEdit.getByRole("button", { name: "Annuler cette modification" }).click();
    await firstEdit.getByLabel("Pourquoi cette modification").fill("essai d'annulation");
    await firstEdit.getByRole("button", { name: "Annuler la modification" }).click();
    await firstEdit
      .locator(".form-errors", {
        hasText: "headcount a changé de nouveau depuis : annulez d'abord la modification plus récente.",
      })
      .waitFor();

    const participation = history()
      .getByRole("article", { name: /^Fait ajouté/ })
      .filter({ hasText: `Event:${fair.id}` });
    await participation.getByRole("button", { name: "Annuler cette modification" }).click();
    await participation.getByLabel("Pourquoi cette modification").fill("participation saisie par erreur");
    await participation.getByRole("button", { name: "Annuler la modification" }).click();
    await history()
      .getByRole("article", { name: /^Fait retiré/ })
      .filter({ hasText: "participation saisie par erreur" })
      .waitFor();
    await page.getByRole("region", { name: /^A participé à/ }).waitFor({ state: "detached" });
    await saveScreenshot(page, "editing-history-revert");
    expect(pageErrors).toEqual([]);
  });
});
