// The Sirene register in Chromium: an admin uploads a stock extract on the Registre page (its open
// secondary establishments too), reviews and accepts the match it proposes, and the firm's page shows
// its SIREN, activity, size band and establishments — the head office marked — with the register as source.
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { anOrganization, factSet } from "../helpers/fact-builders.js";
import {
  aSiren,
  aSiret,
  establishmentFile,
  headOffice,
  legalUnit,
  legalUnitFile,
  secondaryEstablishment,
} from "../fixtures/registry/stock-files.js";
import { saveScreenshot } from "./browser.js";
import { useExplorerPage } from "./explorer-page.js";
import { signInWith } from "./sign-in.js";

describe("reviewing the Sirene register in Chromium", () => {
  const explorer = useExplorerPage();
  let admin: string;
  let firm: { id: string; name: string };
  const siren = aSiren();
  const siret = aSiret(siren);
  const secondarySiret = aSiret(siren, "0002");

  beforeAll(async () => {
    const { server } = explorer;
    admin = await server.token("admin");
    // A name of its own, so that the upload proposes a match for this firm only.
    firm = { id: server.uniqueId("chrono"), name: `Chronométrie ${server.uniqueId("e2e").replace(/\d/g, "")}` };
    await server.save(factSet(anOrganization(firm.id).named(firm.name)));
  });

  afterAll(async () => {
    await explorer.server.driver.executeQuery(
      `MATCH (m:RegistryMatch {organizationId: $id}) OPTIONAL MATCH (d:Document) WHERE d.id IN [m.source, $secondary]
       DETACH DELETE m, d`,
      { id: firm.id, secondary: `sirene:${secondarySiret}` },
    );
  });

  it("uploads a stock extract and lists the match it proposes for review", async () => {
    const { server, page } = explorer;
    await signInWith(page, server.url, admin);
    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Registre" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Registre Sirene" }).waitFor();
    await page.getByLabel("Fichier des établissements (StockEtablissement)").setInputFiles({
      name: "StockEtablissement_extrait.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        establishmentFile([
          headOffice(
            siren,
            { code: "25056", name: "Besançon" },
            {
              activitePrincipaleEtablissement: "26.51B",
              trancheEffectifsEtablissement: "12",
            },
          ),
          secondaryEstablishment(siren, "0002", { code: "25527", name: "Saint-Vit" }),
        ]),
      ),
    });
    await page.getByLabel("Fichier des unités légales (StockUniteLegale, facultatif)").setInputFiles({
      name: "StockUniteLegale_extrait.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(legalUnitFile([legalUnit(siren, firm.name.toUpperCase())])),
    });
    await page.getByLabel("Date du fichier").fill("2024-11-01");
    await page.getByLabel("Localiser aussi les établissements secondaires ouverts").check();
    await page.getByLabel("Essai à blanc (rien n'est enregistré)").uncheck();
    await page.getByRole("button", { name: "Lire les fichiers" }).click();
    const answer = page.locator(".registry-report, .registry-page .notice").first();
    await expect(answer.textContent()).resolves.toMatch(
      /2 lignes lues, 1 sièges retenus : 1 rapprochées.*1 autre établissement ouvert retenu/,
    );
    const row = page.getByRole("row", { name: new RegExp(firm.name) });
    await expect(row.textContent()).resolves.toMatch(new RegExp(`SIREN ${siren}, BESANÇON`));
    await expect(row.textContent()).resolves.toContain(
      `1 établissement ouvert à localiser : SAINT-VIT (SIRET ${secondarySiret})`,
    );
    await saveScreenshot(page, "registry-review");
  }, 120_000);

  it("accepts the match, and the firm's page shows the register's facts with their source", async () => {
    const { server, page } = explorer;
    const label = `${firm.name.toUpperCase()} (SIREN ${siren})`;
    await page.getByRole("button", { name: `Accepter — ${label}` }).click();
    const form = page.getByRole("form", { name: label });
    await form.getByLabel("Pourquoi cette modification").fill("même nom, même commune");
    await form.getByRole("button", { name: "Accepter le rapprochement" }).click();
    await page.getByRole("row", { name: new RegExp(firm.name) }).waitFor({ state: "detached" });

    await page.goto(`${server.url}/entity/${encodeURIComponent(`Organization:${firm.id}`)}`);
    await page.getByRole("heading", { level: 1, name: firm.name }).waitFor();
    const registry = page.getByRole("region", { name: "Registre Sirene" });
    const text = await registry.textContent();
    expect(text).toContain(`SIREN${siren}`);
    expect(text).toContain("26.51B — Fabrication d'instrumentation scientifique et technique");
    expect(text).toContain("Tranche d'effectif20 à 49 salariés");
    expect(text).toContain(`Source : sirene:${siret} (registre Sirene, fichier du 2024-11-01)`);
    // Its establishments, the head office first and marked.
    const establishments = registry.getByRole("group", { name: "Établissements (registre Sirene)" });
    await expect(establishments.getByRole("listitem").allTextContents()).resolves.toEqual([
      `Besançon — SIRET ${siret}siège`,
      `Saint-Vit — SIRET ${secondarySiret}`,
    ]);
    // The location is a fact like any other, its evidence the register's record.
    const located = page.getByRole("region", { name: /^Situé à/ });
    await expect(located.textContent()).resolves.toContain("Besançon");
    await located.getByRole("button", { name: new RegExp(`Voir la source sirene:${siret}`) }).waitFor();
    // The acceptance is in the history under its own action, with no revert offered.
    const accepted = page
      .getByRole("region", { name: /^Historique/ })
      .getByRole("article", { name: /^Rapprochement Sirene accepté/ });
    await expect(accepted.textContent()).resolves.toContain("même nom, même commune");
    await expect(accepted.getByRole("button", { name: "Annuler cette modification" }).count()).resolves.toBe(0);
    await saveScreenshot(page, "registry-entity");
    expect(explorer.pageErrors).toEqual([]);
  }, 120_000);
});
