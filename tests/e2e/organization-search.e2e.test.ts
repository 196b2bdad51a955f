import { beforeAll, describe, expect, it } from "vitest";
import { anOrganization, factSet } from "../helpers/fact-builders.js";
import { saveScreenshot } from "./browser.js";
import { useExplorerPage } from "./explorer-page.js";

describe("the home page's search in Chromium", () => {
  const explorer = useExplorerPage();
  let token: string;

  beforeAll(async () => {
    const { server } = explorer;
    token = server.uniqueId("Horlogia").replace("-", "");
    await server.save(factSet(anOrganization(server.uniqueId("firm")).named(`${token} Microtechnique`)));
  });

  it("suggests an organisation stored in Neo4j as you type, with its kind, and opens it with the keyboard", async () => {
    const { server, page } = explorer;
    await page.goto(server.url);
    await expect(page.title()).resolves.toBe("Maillage");
    const search = page.getByRole("combobox", { name: "Rechercher dans le graphe" });
    await search.fill(token.toLowerCase());
    const suggestions = page.getByRole("listbox", { name: "Suggestions" });
    await suggestions.getByText(`${token} Microtechnique`).waitFor({ timeout: 10_000 });
    expect(await suggestions.getByRole("option").allTextContents()).toEqual([
      `${token} MicrotechniqueOrganisation · Entreprise`,
    ]);
    await expect(search.getAttribute("aria-expanded")).resolves.toBe("true");
    await saveScreenshot(page, "home-search");

    await search.press("ArrowDown");
    await expect(page.getByRole("option", { selected: true }).textContent()).resolves.toContain(token);
    await search.press("Enter");
    await page.getByRole("heading", { level: 1, name: `${token} Microtechnique` }).waitFor();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toMatch(/^\/entity\/Organization:firm-/);
  });

  it("says so when nothing matches", async () => {
    const { server, page } = explorer;
    await page.goto(server.url);
    await page.getByRole("combobox", { name: "Rechercher dans le graphe" }).fill(`${token}-introuvable`);
    await page.getByText(`Aucun résultat pour « ${token}-introuvable ».`).waitFor({ timeout: 10_000 });
  });
});
