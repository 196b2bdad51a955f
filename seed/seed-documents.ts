import { readFileSync } from "node:fs";
import path from "node:path";

/** The folder of the source documents the seed is extracted from. */
export const sourcesDir = path.join(import.meta.dirname, "sources");

/** The source documents, by the Document id their facts cite. */
export const seedDocuments = [{ id: "gbm-2024-00098", file: "gbm-deliberation-2024-00098-pmt.txt" }] as const;

/** Reads every seed document: Document id → text. */
export function readSeedDocuments(): Map<string, string> {
  return new Map(seedDocuments.map(({ id, file }) => [id, readFileSync(path.join(sourcesDir, file), "utf8")]));
}
