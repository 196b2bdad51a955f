// A Word (.docx) file's text, read offline by mammoth: paragraphs separated by a blank line.
import mammoth from "mammoth";
import { SourceError } from "./source-errors.js";

/** The plain text of a .docx file; a file that is not a readable Word document gets a clear error. */
export async function readDocxText(bytes: Uint8Array, fileName: string): Promise<string> {
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch (error) {
    throw new SourceError(
      "UNSUPPORTED_FORMAT",
      `"${fileName}" could not be read as a Word document (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const text = value
    .replace(/\r\n?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (text === "") throw new SourceError("EMPTY", `"${fileName}" holds no text.`);
  return text;
}
