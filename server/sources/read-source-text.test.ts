import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pageAt, readSourceText } from "./read-source-text.js";

const fixtures = path.join(import.meta.dirname, "../../tests/fixtures/sources");
const fixture = (name: string) => readFileSync(path.join(fixtures, name));

describe("readSourceText", () => {
  it("keeps the page numbers of a two-page PDF", async () => {
    const source = await readSourceText(fixture("article-deux-pages.pdf"), "article.pdf", "application/pdf");
    expect(source.format).toBe("pdf");
    expect(source.pageStarts).toHaveLength(2);
    const second = source.text.indexOf("Le Pôle des Microtechniques accompagne");
    expect(pageAt(source.pageStarts, source.text.indexOf("Horlogia SAS, à Besançon"))).toBe(1);
    expect(pageAt(source.pageStarts, second)).toBe(2);
    expect(source.text.slice(source.pageStarts[1])).toMatch(/^Suite de l'article/);
  });

  it("says an image-only PDF has no text layer", async () => {
    await expect(readSourceText(fixture("scan-sans-texte.pdf"), "scan.pdf")).rejects.toMatchObject({
      problem: "NO_TEXT_LAYER",
      message: expect.stringMatching(/no text layer/),
    });
  });

  it("says an encrypted PDF is encrypted", async () => {
    await expect(readSourceText(fixture("protege-par-mot-de-passe.pdf"), "secret.pdf")).rejects.toMatchObject({
      problem: "ENCRYPTED",
      message: expect.stringMatching(/encrypted/),
    });
  });

  it("keeps a web page's main text without its navigation and footer", async () => {
    const source = await readSourceText(fixture("page-avec-navigation.html"), "page.html", "text/html");
    expect(source.format).toBe("html");
    expect(source.title).toBe("Horlogia s'agrandit à Thise – L'Écho des microtechniques");
    expect(source.text).toContain("L'entreprise bisontine Horlogia SAS ouvre un second atelier.");
    expect(source.text).toContain("- Salle blanche de 200 m²");
    expect(source.text).not.toMatch(/Agenda du menu|Mentions légales|Accueil/);
  });

  it("reads plain text as it is, line ends made Unix", async () => {
    const source = await readSourceText(Buffer.from("\uFEFFLigne un\r\nLigne deux\r\n"), "note.txt");
    expect(source).toEqual({ format: "text", text: "Ligne un\nLigne deux", pageStarts: [0], title: undefined });
  });

  it("refuses an empty file and a format it cannot read", async () => {
    await expect(readSourceText(Buffer.alloc(0), "vide.txt")).rejects.toMatchObject({ problem: "EMPTY" });
    await expect(readSourceText(Buffer.from([0x50, 0x4b, 3, 4]), "photo.png", "image/png")).rejects.toMatchObject({
      problem: "UNSUPPORTED_FORMAT",
    });
  });
});
