// The original files of uploaded sources, kept under the sources folder (SOURCES_DIR), one per
// document, named by the document id. Written under a temporary name first, then renamed once the
// document is committed, so that a failed upload leaves no file behind.
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";

/** The extension kept for a format. */
const extensions = { pdf: ".pdf", html: ".html", text: ".txt", docx: ".docx" } as const;

/** A file written aside, to be kept (`keep`) or dropped (`drop`). */
export interface PendingFile {
  finalPath: string;
  keep(): Promise<void>;
  drop(): Promise<void>;
}

/** Writes `bytes` under a temporary name in `dir`; the final name is `<documentId>.<ext>`. */
export async function writePendingFile(
  dir: string,
  documentId: string,
  format: keyof typeof extensions,
  bytes: Uint8Array,
): Promise<PendingFile> {
  await mkdir(dir, { recursive: true });
  const finalPath = path.join(dir, `${documentId}${extensions[format]}`);
  const temporary = path.join(dir, `.upload-${randomUUID()}`);
  await writeFile(temporary, bytes);
  return {
    finalPath,
    keep: () => rename(temporary, finalPath),
    drop: () => rm(temporary, { force: true }),
  };
}
