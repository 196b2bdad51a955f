// A page of a source's text as the elements to show: Markdown parsed by mdast-util-from-markdown
// (micromark, CommonMark), whose every node knows its place in the source. Only the source's own
// characters are shown, each run of them with its offset in the document's plain text, so that a
// selection and a highlighted passage map back to the stored text exactly; the Markdown marks
// (`**`, `#`, `- `) are left out of what is shown. A web page's text is Markdown too (its headings
// and list items keep a mark: server/sources/html-text.ts); PDF and DOCX texts are shown as they
// are: their `*` and `#` are text, not marks.
import type { Nodes, Parents } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";

/** A run of the source's characters, at its offsets in the full text. */
export interface TextRun {
  start: number;
  end: number;
  text: string;
}

/** The HTML elements a page may hold. */
export type MarkdownTag =
  | "p"
  | "h2"
  | "h3"
  | "h4"
  | "h5"
  | "h6"
  | "ul"
  | "ol"
  | "li"
  | "blockquote"
  | "pre"
  | "code"
  | "strong"
  | "em"
  | "a"
  | "br"
  | "hr";

/** An element and what it holds. */
export interface MarkdownElement {
  tag: MarkdownTag;
  /** A link's address (http, https or mailto only). */
  href?: string;
  /** An ordered list's first number, when not 1. */
  startNumber?: number;
  children: MarkdownPart[];
}

/** What a page is made of: elements and runs of text. */
export type MarkdownPart = MarkdownElement | TextRun;

/** True for a run of text. */
export function isTextRun(part: MarkdownPart): part is TextRun {
  return "text" in part;
}

/** The formats whose text is Markdown (the seed's deliberation, a .txt or .md file, a web page's text). */
export function isMarkdownFormat(format: string | null | undefined): boolean {
  return !format || format === "text" || format === "html";
}

/** A page's text as plain runs: one run, shown as it is. */
export function plainParts(text: string, offset: number): MarkdownPart[] {
  return text === "" ? [] : [{ start: offset, end: offset + text.length, text }];
}

/** A page's text (starting at `offset` in the full text) parsed as Markdown. */
export function markdownParts(text: string, offset: number): MarkdownPart[] {
  const root = fromMarkdown(text);
  return partsOf(root, text, offset, false);
}

/** The run of `text` from `start` to `end` (offsets in the page), or none when empty. */
function run(text: string, offset: number, start: number, end: number): TextRun[] {
  return end > start ? [{ start: offset + start, end: offset + end, text: text.slice(start, end) }] : [];
}

/** Where a node lies in the page. */
function bounds(node: Nodes): { start: number; end: number } | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** The run of a node's value inside its source (the code between its backticks or fences). */
function valueRun(node: Nodes & { value: string }, text: string, offset: number): TextRun[] {
  const place = bounds(node);
  if (!place) return [];
  const source = text.slice(place.start, place.end);
  const at = node.value === "" ? -1 : source.indexOf(node.value);
  return at < 0
    ? run(text, offset, place.start, place.end)
    : run(text, offset, place.start + at, place.start + at + node.value.length);
}

/** An address a link may point at; anything else (javascript:) gives no link. */
function safeHref(url: string): string | undefined {
  return /^(https?:|mailto:)/i.test(url) ? url : undefined;
}

/** The parts of a parent's children; `tight` drops the paragraphs of a tight list's items. */
function partsOf(parent: Parents, text: string, offset: number, tight: boolean): MarkdownPart[] {
  return parent.children.flatMap((child) => partOf(child, text, offset, tight));
}

/** One node as parts. */
function partOf(node: Nodes, text: string, offset: number, tight: boolean): MarkdownPart[] {
  const element = (tag: MarkdownTag, children: MarkdownPart[], extra: Partial<MarkdownElement> = {}) => [
    { tag, children, ...extra },
  ];
  switch (node.type) {
    case "text": {
      const place = bounds(node);
      return place ? run(text, offset, place.start, place.end) : [];
    }
    case "paragraph":
      return tight ? partsOf(node, text, offset, false) : element("p", partsOf(node, text, offset, false));
    case "heading":
      return element(`h${Math.min(6, node.depth + 1)}` as MarkdownTag, partsOf(node, text, offset, false));
    case "list":
      return element(node.ordered ? "ol" : "ul", partsOf(node, text, offset, node.spread !== true), {
        ...(node.ordered && node.start != null && node.start !== 1 ? { startNumber: node.start } : {}),
      });
    case "listItem":
      return element("li", partsOf(node, text, offset, tight && node.spread !== true));
    case "blockquote":
      return element("blockquote", partsOf(node, text, offset, false));
    case "code":
      return element("pre", valueRun(node, text, offset));
    case "inlineCode":
      return element("code", valueRun(node, text, offset));
    case "strong":
      return element("strong", partsOf(node, text, offset, false));
    case "emphasis":
      return element("em", partsOf(node, text, offset, false));
    case "link": {
      const href = safeHref(node.url);
      return element("a", partsOf(node, text, offset, false), href ? { href } : {});
    }
    case "linkReference":
      return partsOf(node, text, offset, false);
    case "break":
      return element("br", []);
    case "thematicBreak":
      return element("hr", []);
    default: {
      // Raw HTML, images, definitions…: their source, as text (never as markup).
      const place = bounds(node);
      return place ? run(text, offset, place.start, place.end) : [];
    }
  }
}
