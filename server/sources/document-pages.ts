// A document's text in pages, and where a searched text or a quote is in it.
import { foldText } from "./mentions/words.js";

/** A long text is shown in slices of about this many characters, cut at a paragraph. */
export const sliceLength = 20_000;

/** One page's bounds in the full text. */
export interface PageBounds {
  start: number;
  end: number;
}

/** The pages of a text: a PDF's own pages when it has several, else slices cut at paragraph ends. */
export function textPages(text: string, pageStarts: readonly number[] | null | undefined): PageBounds[] {
  if (pageStarts && pageStarts.length > 1)
    return pageStarts.map((start, index) => ({ start, end: pageStarts[index + 1] ?? text.length }));
  const pages: PageBounds[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + sliceLength);
    if (end < text.length) {
      const paragraph = text.lastIndexOf("\n", end);
      if (paragraph > start + sliceLength / 2) end = paragraph + 1;
    }
    pages.push({ start, end });
    start = end;
  }
  return pages.length > 0 ? pages : [{ start: 0, end: 0 }];
}

/** The page (from 1) an offset falls on. */
export function pageOf(pages: readonly PageBounds[], offset: number): number {
  const index = pages.findIndex((page) => offset >= page.start && offset < page.end);
  return index === -1 ? pages.length : index + 1;
}

/** Every place `needle` occurs in `text`, case and accents ignored, at most `limit`. */
export function findText(text: string, needle: string, limit = 200): PageBounds[] {
  const haystack = foldText(text);
  const wanted = foldText(needle);
  const found: PageBounds[] = [];
  // Folding keeps the length of Latin text; where it would not, the folded offsets are still close.
  for (let at = haystack.indexOf(wanted); at !== -1 && found.length < limit; at = haystack.indexOf(wanted, at + 1))
    found.push({ start: at, end: at + wanted.length });
  return found;
}

/** Where a quote is in the text, white space folded (a quote may join lines); null when absent. */
export function locateQuote(text: string, quote: string): PageBounds | null {
  const exact = text.indexOf(quote);
  if (exact !== -1) return { start: exact, end: exact + quote.length };
  const words = quote
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (words.length === 0 || words[0] === "") return null;
  const match = new RegExp(words.join("\\s+")).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
