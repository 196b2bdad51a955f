// An admin importing PMT's participations table in Chromium: the dry run reports a bad row by line
// and column and lists an ambiguous name; a good file's dry run, then its import, with the counts;
// the history of an organisation it touched says who imported which file.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { aNode, anOrganization, factSet } from "../helpers/fact-builders.js";
import { cleanUpImports, csvFile } from "../fixtures/import/import-fixtures.js";
import { saveScreenshot } from "./browser.js";
import { useExplorerPage } from "./explorer-page.js";
import { signInWith } from "./sign-in.js";

describe("importing a table in Chromium", () => {
  const explorer = useExplorerPage();
  let run: string;
  let firm: { id: string; name: string };
  let fair: string;
  let homonym: string;
  const database = inject("neo4j").database;

  /** Chooses the participations table and a file made of these lines, then runs the dry run. */
  const dryRun = async (fileName: string, lines: string[]) => {
    const { page } = explorer;
    await page.getByLabel("Tableau").selectOption("participations");
    await page
      .getByLabel("Fichier CSV")
      .setInputFiles({ name: fileName, mimeType: "text/csv", buffer: csvFile(lines) });
    await page.getByRole("button", { name: "Essayer (rien n'est écrit)" }).click();
  };
  /** The rows of a report table, cell by cell. */
  const rowsOf = (tableClass: string) =>
    explorer.page
      .locator(`.${tableClass} tbody tr`)
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll("td")].map((cell) => cell.textContent?.trim() ?? "")),
      );

  beforeAll(async () => {
    const { server } = explorer;
    run = server.uniqueId("import-e2e");
    firm = { id: server.uniqueId("firm"), name: `Décolletage Importé ${run}` };
    fair = `Salon Importé ${run}`;
    homonym = `Homonyme ${run}`;
    await server.save(
      factSet(
        anOrganization(firm.id).named(firm.name),
        aNode("Event", server.uniqueId("salon")).with({ name: fair, year: 2024, kind: "salon" }),
        anOrganization(server.uniqueId("homonym-a")).named(homonym),
        anOrganization(server.uniqueId("homonym-b")).named(homonym.toUpperCase()),
      ),
    );
  });

  // Runs before useExplorerPage's close (after-hooks run last declared first).
  afterAll(async () => {
    if (run) await cleanUpImports(explorer.server.driver, database, run, explorer.server.source);
  });

  it("offers the import page to an admin only", async () => {
    const { server, page } = explorer;
    await signInWith(page, server.url, await server.token("editor"));
    await page.goto(`${server.url}/import`);
    await page.getByText("Cette page demande le rôle administrateur.").waitFor();
    await signInWith(page, server.url, await server.token("admin"));
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Import" }).click();
    await page.getByRole("heading", { level: 1, name: "Importer un tableau" }).waitFor();
  });

  it("reports a bad row by line and column, and an ambiguous name with its candidates; the import stays closed", async () => {
    const { page } = explorer;
    await dryRun(`participations-erreurs-${run}.csv`, [
      "evenement;annee;organisation;role",
      `${fair};2024;${firm.name};exposant`,
      `${fair};deux mille;${firm.name};visiteur`,
      `${fair};2024;${homonym};visiteur`,
    ]);
    await page.getByRole("heading", { level: 2, name: "Fichier refusé : rien n'a été écrit" }).waitFor();
    await expect(page.locator(".import-counts li").allTextContents()).resolves.toEqual(["3 lignes lues"]);
    const errors = await rowsOf("import-issues");
    expect(errors[0]!.slice(0, 2)).toEqual(["3", "annee"]);
    expect(errors[0]![2]).toContain("INVALID_VALUE");
    expect(errors.map((row) => row[2])).toContainEqual(expect.stringContaining("AMBIGUOUS_MATCH"));
    const [ambiguity] = await rowsOf("import-ambiguities");
    expect(ambiguity!.slice(0, 3)).toEqual(["4", "organisation", homonym]);
    expect(ambiguity![3]).toContain(homonym.toUpperCase());
    await expect(page.getByRole("button", { name: "Importer", exact: true }).isDisabled()).resolves.toBe(true);
    await saveScreenshot(page, "import-rejected");
  });

  it("dry-runs a good file, then imports it and shows the counts", async () => {
    const { server, page } = explorer;
    const fileName = `participations-${run}.csv`;
    await dryRun(fileName, [
      "evenement;annee;organisation;role",
      `${fair};2024;${firm.name};exposant`,
      `${fair};2024;Nouvelle Firme ${run};visiteur`,
    ]);
    await page
      .getByRole("heading", { level: 2, name: "Essai réussi : prêt à importer (rien n'est encore écrit)" })
      .waitFor();
    const { records } = await server.driver.executeQuery(
      "MATCH (o:Organization {name: $name}) RETURN count(o) AS count",
      {
        name: `Nouvelle Firme ${run}`,
      },
    );
    expect(Number(records[0]!.get("count"))).toBe(0);

    await page.getByRole("button", { name: "Importer", exact: true }).click();
    await page.getByRole("heading", { level: 2, name: "Import terminé" }).waitFor();
    const counts = await page.locator(".import-counts li").allTextContents();
    expect(counts).toEqual([
      "2 lignes lues",
      "Organisations — créées : 1, mises à jour : 0",
      "Événements — créés : 0",
      "Relations — énoncées : 2, nouvelles : 2",
    ]);
    await expect(page.getByRole("button", { name: "Importer", exact: true }).isDisabled()).resolves.toBe(true);
    await saveScreenshot(page, "import-committed");
  });

  it("shows the import in the history of an organisation it touched, with no revert", async () => {
    const { server, page, pageErrors } = explorer;
    await page.goto(`${server.url}/entity/${encodeURIComponent(`Organization:${firm.id}`)}`);
    const entry = page.getByRole("region", { name: /^Historique/ }).getByRole("article", { name: /^Import/ });
    await expect(entry.textContent()).resolves.toContain(
      `Importé depuis participations-${run}.csv (participations) par ${server.source}:admin.`,
    );
    await expect(entry.textContent()).resolves.toContain(
      "Lignes : 2 ; organisations créées : 1, mises à jour : 0 ; relations créées : 2.",
    );
    await expect(entry.getByRole("button", { name: "Annuler cette modification" }).count()).resolves.toBe(0);
    await page
      .getByRole("region", { name: /^A participé à/ })
      .getByRole("link", { name: fair })
      .waitFor();
    expect(pageErrors).toEqual([]);
  });
});
