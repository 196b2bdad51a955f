// Sources in Chromium, continued: a long PDF's upload shows the bytes sent then the pages read; a
// Markdown source is rendered (headings, lists, emphasis, links) while a selection still maps to the
// stored text; a suggestion is changed (another commune, a role) before it is accepted.
import { beforeAll, describe, expect, it } from "vitest";
import { anOrganization, factSet } from "../helpers/fact-builders.js";
import { manyPagePdf } from "../helpers/many-page-pdf.js";
import { saveScreenshot } from "./browser.js";
import { useExplorerPage } from "./explorer-page.js";
import { signInWith } from "./sign-in.js";

describe("sources with progress, Markdown and edited suggestions in Chromium", () => {
  const explorer = useExplorerPage();
  let editor: string;
  const firm = { id: "", name: "" };

  beforeAll(async () => {
    const { server, page } = explorer;
    editor = await server.token("editor");
    firm.id = server.uniqueId("horlogerie");
    firm.name = `Horlogerie Témoin ${firm.id.slice(-8)}`;
    await server.save(factSet(anOrganization(firm.id).named(firm.name)));
    await signInWith(page, server.url, editor);
  });

  /** Uploads `file` from the upload page with `title`, and waits for the document's page. */
  async function upload(file: { name: string; mimeType: string; buffer: Buffer }, title: string) {
    const { server, page } = explorer;
    await page.goto(`${server.url}/documents/new`);
    await page.getByLabel("Fichier").setInputFiles(file);
    await page.getByLabel("Titre (facultatif)").fill(title);
    await page.getByRole("button", { name: "Envoyer" }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
  }

  it("shows the bytes sent, then the pages read, while a long PDF is uploaded", async () => {
    const { server, page } = explorer;
    const pages = 40;
    const title = `Rapport ${server.uniqueId("long")}`;
    await page.goto(`${server.url}/documents/new`);
    // Every text the progress says, as it changes (the upload moves on by itself).
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { progressSeen: seen });
      new MutationObserver(() => {
        const text = document.querySelector(".upload-progress")?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByLabel("Fichier").setInputFiles({
      name: "rapport.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(await manyPagePdf(pages)),
    });
    await page.getByLabel("Titre (facultatif)").fill(title);
    await page.getByRole("button", { name: "Envoyer" }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(
      seen.some((text) => /Envoi du fichier : \d+ %/.test(text)),
      seen.join(" | "),
    ).toBe(true);
    expect(
      seen.some((text) => new RegExp(`Lecture : page \\d+ / ${pages}`).test(text)),
      seen.join(" | "),
    ).toBe(true);
    await expect(page.getByText(`Page 1 sur ${pages}`).first().textContent()).resolves.toBeTruthy();
  }, 120_000);

  it("renders a Markdown source's headings, lists, emphasis and links; a selection keeps the stored text", async () => {
    const { page } = explorer;
    const markdown = [
      "# Revue de la filière",
      "",
      `- **${firm.name}** s'installe à *Thise*.`,
      "- Un second point.",
      "",
      "Voir [le site du pôle](https://www.polemicrotechniques.fr).",
      "",
    ].join("\n");
    await upload({ name: "revue.md", mimeType: "text/markdown", buffer: Buffer.from(markdown) }, `Revue ${firm.id}`);
    const text = page.locator(".document-text");
    await expect(text.locator("h2").textContent()).resolves.toBe("Revue de la filière");
    await expect(text.locator("li").count()).resolves.toBe(2);
    await expect(text.locator("li strong").textContent()).resolves.toBe(firm.name);
    await expect(text.locator("li em").textContent()).resolves.toBe("Thise");
    await expect(text.locator("a").getAttribute("href")).resolves.toBe("https://www.polemicrotechniques.fr");
    await expect(text.textContent()).resolves.not.toMatch(/\*\*|^# /);

    // Select from the firm's name (inside the bold) to the end of "Thise" (inside the emphasis).
    await page.evaluate((name) => {
      const strong = document.querySelector(".document-text li strong span")!.firstChild as Text;
      const em = document.querySelector(".document-text li em span")!.firstChild as Text;
      const range = document.createRange();
      range.setStart(strong, 0);
      range.setEnd(em, em.data.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return name;
    }, firm.name);
    await page.getByRole("button", { name: "Créer un fait à partir de ce passage" }).click();
    // The quote is the stored text between the two ends, its Markdown marks included.
    await expect(page.locator(".passage-fact-form blockquote").textContent()).resolves.toBe(
      `${firm.name}** s'installe à *Thise`,
    );
    await saveScreenshot(page, "sources-markdown");
  }, 120_000);

  it("changes a suggestion's commune and role before accepting it, with the field's error first", async () => {
    const { server, page } = explorer;
    const passage = `${firm.name}, installée à Thise, agrandit son atelier.`;
    await upload(
      { name: "article.txt", mimeType: "text/plain", buffer: Buffer.from(`Brève.\n\n${passage}\n`) },
      `Brève ${firm.id}`,
    );
    const suggestion = page.locator('.document-suggestions li[data-kind="LOCATED_IN"]');
    await suggestion.getByRole("button", { name: "Corriger la suggestion" }).click();
    const form = suggestion.locator(".passage-fact-form");
    await expect(form.locator("blockquote").textContent()).resolves.toBe(passage);
    await expect(form.getByLabel("Relation", { exact: true }).inputValue()).resolves.toBe("LOCATED_IN");
    await form.getByText("Commune:25560").waitFor();

    // Another type leaves the other end to pick: said at its field, nothing sent.
    await form.getByLabel("Relation", { exact: true }).selectOption("PARTNER_OF");
    await form.getByLabel("Pourquoi cette modification").fill("le siège est à Besançon");
    await form.getByRole("button", { name: "Accepter la suggestion modifiée" }).click();
    await form.locator(".field-error").first().waitFor();

    await form.getByLabel("Relation", { exact: true }).selectOption("LOCATED_IN");
    await form.getByRole("combobox", { name: "Commune", exact: true }).fill("Besançon");
    await page
      .getByRole("option", { name: /Besançon/ })
      .first()
      .click();
    await form.getByText("Commune:25056").waitFor();
    await form.getByLabel(/^Rôle/).fill("siège");
    await saveScreenshot(page, "sources-edit-suggestion");
    await form.getByRole("button", { name: "Accepter la suggestion modifiée" }).click();

    await page.getByText("Suggestion acceptée : le fait cite son passage.").waitFor();
    const fact = page.locator(".document-facts li").filter({ hasText: firm.name });
    await expect(fact.textContent()).resolves.toContain("Besançon");
    const { records } = await server.driver.executeQuery(
      "MATCH (:Organization {id: $id})-[r:LOCATED_IN]->(c:Commune) RETURN c.id AS commune, r.role AS role, r.quote AS quote",
      { id: firm.id },
    );
    expect(records.map((record) => [record.get("commune"), record.get("role"), record.get("quote")])).toEqual([
      ["25056", "siège", passage],
    ]);
  }, 120_000);
});
