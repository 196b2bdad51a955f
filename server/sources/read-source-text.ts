// A source file → its plain text, whatever its format: the one text every quote and offset refers to.
import { readDocxText } from "./docx-text.js";
import { readHtmlText } from "./html-text.js";
import { readPdfPages } from "./pdf-text.js";
import { SourceError } from "./source-errors.js";

/** The formats a source may come in. */
export type SourceFormat = "pdf" | "html" | "text" | "docx";

/** The text of a source: the plain text, where each page starts in it (PDF), and a title if the file has one. */
export interface SourceText {
  format: SourceFormat;
  text: string;
  /** The offset in `text` where each page starts (page n at index n − 1); one page for text and HTML. */
  pageStarts: number[];
  title: string | undefined;
}

/** What the file is, from its first bytes, its name and its declared type. */
export function sourceFormat(bytes: Uint8Array, fileName: string, mediaType = ""): SourceFormat {
  const head = Buffer.from(bytes.subarray(0, 512)).toString("latin1");
  if (head.startsWith("%PDF-")) return "pdf";
  const name = fileName.toLowerCase();
  // A .docx is a zip archive; the old binary .doc is not read.
  if (head.startsWith("PK\x03\x04") && (name.endsWith(".docx") || mediaType.includes("wordprocessingml")))
    return "docx";
  if (/\.(html?|xhtml)$/.test(name) || mediaType.includes("html") || /^\s*(<!doctype html|<html)/i.test(head))
    return "html";
  if (/\.docx?$/.test(name) || mediaType.includes("officedocument") || mediaType.includes("msword"))
    throw new SourceError("UNSUPPORTED_FORMAT", "Old Word files (.doc) are not read: save it as .docx or PDF.");
  if (/\.(txt|md|markdown)$/.test(name) || mediaType.startsWith("text/") || mediaType === "") return "text";
  throw new SourceError(
    "UNSUPPORTED_FORMAT",
    `"${fileName}" is not a PDF, a web page or plain text (${mediaType || "unknown type"}).`,
  );
}

/** The separator between two pages of a PDF in the plain text. */
export const pageSeparator = "\n\n";

/** Reads a source file's text; `onPage` reports a PDF's progress page by page. */
export async function readSourceText(
  bytes: Uint8Array,
  fileName: string,
  mediaType?: string,
  onPage?: (done: number, total: number) => void,
): Promise<SourceText> {
  if (bytes.length === 0) throw new SourceError("EMPTY", `"${fileName}" is empty.`);
  const format = sourceFormat(bytes, fileName, mediaType);
  if (format === "pdf") {
    const pages = await readPdfPages(bytes, onPage);
    const pageStarts: number[] = [];
    let offset = 0;
    for (const page of pages) {
      pageStarts.push(offset);
      offset += page.length + pageSeparator.length;
    }
    return { format, text: pages.join(pageSeparator), pageStarts, title: undefined };
  }
  if (format === "docx")
    return { format, text: await readDocxText(bytes, fileName), pageStarts: [0], title: undefined };
  const decoded = new TextDecoder("utf-8")
    .decode(bytes)
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n");
  if (format === "html") {
    const { title, text } = readHtmlText(decoded);
    return { format, text, pageStarts: [0], title };
  }
  const text = decoded.trim();
  if (text === "") throw new SourceError("EMPTY", `"${fileName}" holds no text.`);
  return { format, text, pageStarts: [0], title: undefined };
}

/** The page (1-based) an offset of the text falls on. */
export function pageAt(pageStarts: readonly number[], offset: number): number {
  let page = 1;
  for (let index = 0; index < pageStarts.length; index++) if (pageStarts[index]! <= offset) page = index + 1;
  return page;
}
