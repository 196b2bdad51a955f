import { describe, expect, it } from "vitest";
import { findText, locateQuote, pageOf, sliceLength, textPages } from "./document-pages.js";

describe("textPages", () => {
  it("keeps a PDF's own pages", () => {
    expect(textPages("page un\n\npage deux", [0, 9])).toEqual([
      { start: 0, end: 9 },
      { start: 9, end: 18 },
    ]);
  });

  it("slices a long text at paragraph ends, every character on exactly one page", () => {
    const paragraph = `${"mot ".repeat(999)}fin\n`;
    const text = paragraph.repeat(20);
    const pages = textPages(text, [0]);
    expect(pages.length).toBeGreaterThan(3);
    expect(pages[0]!.start).toBe(0);
    expect(pages.at(-1)!.end).toBe(text.length);
    for (const [index, page] of pages.entries()) {
      expect(page.end - page.start).toBeLessThanOrEqual(sliceLength);
      if (index > 0) expect(page.start).toBe(pages[index - 1]!.end);
      if (index < pages.length - 1) expect(text[page.end - 1]).toBe("\n");
    }
    expect(pageOf(pages, text.length - 1)).toBe(pages.length);
  });
});

describe("findText and locateQuote", () => {
  it("finds a text whatever its case and accents", () => {
    expect(findText("À Besançon, la PME bisontine… BESANCON", "besancon")).toEqual([
      { start: 2, end: 10 },
      { start: 30, end: 38 },
    ]);
  });

  it("locates a quote written on one line in a text that breaks it", () => {
    expect(locateQuote("Intro.\nCryla, à\nThise, innove.", "Cryla, à Thise, innove.")).toEqual({ start: 7, end: 30 });
    expect(locateQuote("rien", "absent")).toBeNull();
  });
});
