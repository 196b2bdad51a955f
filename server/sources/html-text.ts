// The main text of a web page, without its navigation, header, footer and other boilerplate
// (Mozilla's Readability, the reader view of Firefox, over linkedom's DOM).
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { SourceError } from "./source-errors.js";

/** Block elements after which the plain text breaks a paragraph. */
const blockTags = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "BLOCKQUOTE",
  "PRE",
  "TR",
  "DIV",
  "SECTION",
  "ARTICLE",
]);

/** The page's title and its main text, paragraphs separated by a blank line. */
export function readHtmlText(html: string): { title: string | undefined; text: string } {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document, { charThreshold: 0 }).parse();
  if (!article?.content) throw new SourceError("EMPTY", "This web page has no main text that could be found.");
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const blocks: string[] = [];
  collectBlocks(content.body as unknown as Element, blocks);
  const text = blocks.filter((block) => block !== "").join("\n\n");
  if (text === "") throw new SourceError("EMPTY", "This web page has no main text that could be found.");
  return { title: article.title?.trim() || undefined, text };
}

/** Walks the main content, one entry per innermost block; list items and headings keep a Markdown mark. */
function collectBlocks(element: Element, blocks: string[]): void {
  const hasBlockChild = [...element.children].some((child) => blockTags.has(child.tagName));
  if (!hasBlockChild) {
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text === "") return;
    const heading = /^H([1-6])$/.exec(element.tagName);
    blocks.push(heading ? `${"#".repeat(Number(heading[1]))} ${text}` : element.tagName === "LI" ? `- ${text}` : text);
    return;
  }
  for (const child of element.children) collectBlocks(child, blocks);
}
