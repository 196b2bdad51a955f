import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { isTextRun, markdownParts, plainParts, type MarkdownPart } from "./markdown-runs";
import { SourceText } from "./SourceText";

/** Every run of text in the parts, in order. */
function runsOf(parts: MarkdownPart[]): Array<{ start: number; end: number; text: string }> {
  return parts.flatMap((part) => (isTextRun(part) ? [part] : runsOf(part.children)));
}

/** The page rendered as HTML, without highlights. */
function html(text: string, offset = 0): string {
  return renderToStaticMarkup(
    createElement(SourceText, { parts: markdownParts(text, offset), passages: [], wanted: null, onWanted: () => {} }),
  );
}

const page = [
  "# Délibération du conseil",
  "",
  "**Avanne-Aveney :** M. Dupont, _suppléant_.",
  "",
  "- Besançon",
  "- Thise",
  "",
  "1. premier point",
  "2. second point",
  "",
  "Voir [le site du pôle](https://www.polemicrotechniques.fr) et [rien](javascript:alert(1)).",
].join("\n");

describe("markdownParts", () => {
  it("renders headings, lists, emphasis and links, without their marks", () => {
    const rendered = html(page);
    expect(rendered).toMatch(/<h2><span data-start="2">Délibération du conseil<\/span><\/h2>/);
    expect(rendered).toContain('<strong><span data-start="29">Avanne-Aveney :</span></strong>');
    expect(rendered).toContain("<em><span");
    expect(rendered).toMatch(/<ul><li><span[^>]*>Besançon<\/span><\/li><li><span[^>]*>Thise<\/span><\/li><\/ul>/);
    expect(rendered).toMatch(/<ol><li>.*premier point.*<\/li><li>.*second point.*<\/li><\/ol>/);
    expect(rendered).toContain('<a href="https://www.polemicrotechniques.fr" rel="noreferrer" target="_blank">');
    expect(rendered).not.toContain("javascript:");
    expect(rendered).not.toMatch(/\*\*|# |- Besançon/);
  });

  it("gives every run its offset in the plain text, whatever page it is on", () => {
    const offset = 12_345;
    const full = `${"x".repeat(offset)}${page}`;
    const runs = runsOf(markdownParts(page, offset));
    expect(runs.length).toBeGreaterThan(8);
    for (const run of runs) expect(full.slice(run.start, run.end)).toBe(run.text);
    // A selection from inside the bold name to inside the emphasis maps back to the stored text.
    const from = runs.find((run) => run.text === "Avanne-Aveney :")!;
    const to = runs.find((run) => run.text === "suppléant")!;
    expect(full.slice(from.start + 7, to.start + 4)).toBe("Aveney :** M. Dupont, _supp");
  });

  it("shows the code between backticks and a raw HTML block as text, never as markup", () => {
    const rendered = html("Le champ `siren` compte.\n\n<script>alert(1)</script>\n");
    expect(rendered).toContain('<code><span data-start="10">siren</span></code>');
    expect(rendered).toContain("&lt;script&gt;");
    expect(rendered).not.toContain("<script>");
  });

  it("keeps a plain text's marks as text", () => {
    expect(plainParts("Note* : # 3", 40)).toEqual([{ start: 40, end: 51, text: "Note* : # 3" }]);
  });
});
