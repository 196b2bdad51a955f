// A fact from a selected passage in Chromium: an editor uploads a short text, selects the sentence
// that places a firm of the graph in Thise, makes a LOCATED_IN fact of it from the panel, and the
// sentence is then highlighted and linked to the new fact, quoted verbatim at its offsets.
import { beforeAll, describe, expect, it } from "vitest";
import { anOrganization, factSet } from "../helpers/fact-builders.js";
import { saveScreenshot } from "./browser.js";
import { useExplorerPage } from "./explorer-page.js";
import { signInWith } from "./sign-in.js";

describe("a fact from a selected passage in Chromium", () => {
  const explorer = useExplorerPage();
  let editor: string;
  const firm = { id: "", name: "" };

  beforeAll(async () => {
    const { server } = explorer;
    editor = await server.token("editor");
    firm.id = server.uniqueId("atelier");
    firm.name = `Atelier Sélection ${firm.id.slice(-8)}`;
    await server.save(factSet(anOrganization(firm.id).named(firm.name)));
  });

  it("selects a sentence, makes a LOCATED_IN fact of it, and the sentence is highlighted and linked", async () => {
    const { server, page } = explorer;
    const passage = `Les ateliers de ${firm.name} se trouvent désormais sur la commune de Thise.`;
    const text = `Revue de presse.\n\nUn nouveau site industriel. ${passage} La suite au prochain numéro.\n`;

    await signInWith(page, server.url, editor);
    await page.goto(`${server.url}/documents/new`);
    await page
      .getByLabel("Fichier")
      .setInputFiles({ name: "revue.txt", mimeType: "text/plain", buffer: Buffer.from(text) });
    await page.getByLabel("Titre (facultatif)").fill(`Revue ${firm.name}`);
    await page.getByRole("button", { name: "Envoyer" }).click();
    await page.getByRole("heading", { level: 1, name: `Revue ${firm.name}` }).waitFor();

    // Select the sentence with a DOM range across whatever runs the page renders it in.
    await page.evaluate((wanted) => {
      const root = document.querySelector(".document-text")!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const whole = nodes.map((node) => node.data).join("");
      const from = whole.indexOf(wanted);
      const at = (offset: number, end: boolean) => {
        let seen = 0;
        for (const node of nodes) {
          if (offset < seen + node.data.length || (end && offset === seen + node.data.length))
            return [node, offset - seen] as const;
          seen += node.data.length;
        }
        throw new Error("offset outside the text");
      };
      const range = document.createRange();
      range.setStart(...at(from, false));
      range.setEnd(...at(from + wanted.length, true));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    }, passage);

    await page.getByRole("button", { name: "Créer un fait à partir de ce passage" }).click();
    const form = page.locator(".passage-fact-form");
    await expect(form.locator("blockquote").textContent()).resolves.toBe(passage);
    await expect(form.getByLabel("Relation", { exact: true }).inputValue()).resolves.toBe("LOCATED_IN");
    await form.getByRole("combobox", { name: "Organisation", exact: true }).fill(firm.name);
    await page.getByRole("option", { name: new RegExp(firm.name) }).click();
    await form.getByText(`Organization:${firm.id}`).waitFor();
    await form.getByRole("combobox", { name: "Commune", exact: true }).fill("Thise");
    await page.getByRole("option", { name: /Thise/ }).first().click();
    await form.getByText("Commune:").waitFor();
    await form.getByLabel("Pourquoi cette modification").fill("lu dans la revue de presse");
    await saveScreenshot(page, "passage-fact-form");
    await form.getByRole("button", { name: "Ajouter le fait" }).click();

    const fact = page.locator(".document-facts li").filter({ hasText: firm.name });
    await fact.waitFor();
    await expect(fact.textContent()).resolves.toContain("Thise");
    const highlighted = page.locator(".document-text mark.passage-fact");
    await expect(highlighted.allTextContents().then((texts) => texts.join(""))).resolves.toBe(passage);
    const link = await highlighted.locator("a").first().getAttribute("href");
    await expect(page.locator(`[id="${decodeURIComponent(link!.slice(1))}"]`).textContent()).resolves.toContain(
      firm.name,
    );
    await page.getByText("Fait créé à partir du passage.").waitFor();
    await saveScreenshot(page, "passage-fact-made");
  }, 120_000);
});
