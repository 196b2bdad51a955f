// The deliberation the council tests read, and the white-space folding the quote check uses.
import { readFileSync } from "node:fs";

/** The text of GBM deliberation 2024-00098 (PMT programme), as stored in seed/sources/. */
export const deliberation2024_00098 = readFileSync(
  new URL("../sources/gbm-deliberation-2024-00098-pmt.txt", import.meta.url),
  "utf8",
);

/** Folds every run of white space to one space, as the evidence check does before comparing. */
export function foldWhiteSpace(text: string): string {
  return text.replace(/\s+/gu, " ");
}
