// The text of a PDF, page by page, with a maintained PDF library (unpdf, a build of Mozilla's pdf.js
// that runs in Node without a canvas or a network).
import { getDocumentProxy } from "unpdf";
import { SourceError } from "./source-errors.js";

/** A PDF's text, one string per page in page order. */
export async function readPdfPages(
  bytes: Uint8Array,
  onPage?: (done: number, total: number) => void,
): Promise<string[]> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (error) {
    const name = (error as { name?: string } | undefined)?.name;
    if (name === "PasswordException")
      throw new SourceError(
        "ENCRYPTED",
        "This PDF is encrypted (protected by a password): upload an unprotected copy.",
      );
    throw new SourceError("BAD_INPUT", `This file is not a readable PDF (${(error as Error).message}).`);
  }
  const pages: string[] = [];
  try {
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(pageText(content.items));
      page.cleanup();
      onPage?.(number, pdf.numPages);
    }
  } finally {
    await pdf.destroy();
  }
  if (pages.every((page) => page.trim() === ""))
    throw new SourceError(
      "NO_TEXT_LAYER",
      "This PDF has no text layer (scanned images only): run it through OCR first, or upload the text.",
    );
  return pages;
}

/** The text items of one page joined as pdf.js lays them out: a line break where the item ends a line. */
function pageText(items: ReadonlyArray<object>): string {
  let text = "";
  for (const item of items) {
    if (!("str" in item)) continue;
    const { str, hasEOL } = item as { str: string; hasEOL?: boolean };
    text += str + (hasEOL ? "\n" : "");
  }
  return text.replace(/[ \t]+\n/g, "\n").trim();
}
