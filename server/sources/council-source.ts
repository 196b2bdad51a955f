// A council deliberation in the GBM format, uploaded as a source: its council part (attendance,
// proxies, vote, interests) becomes facts through the seed's own extraction (seed/council/), so an
// upload and the seed read a deliberation the same way. (The one place server/ reaches seed/ outside
// main.ts: docs/ARCHITECTURE.md says why.)
import type { FactSet } from "../../graph/fact-model.js";
import { extractCouncil } from "../../seed/council/extract-council.js";

/** True when the text is a deliberation of the GBM council register. */
export function isCouncilDeliberation(text: string): boolean {
  return /Extrait du Registre des délibérations du Conseil de Communauté/.test(text.slice(0, 2_000));
}

/** The council facts of a deliberation and the extraction's warnings (count checks included). */
export function councilFacts(text: string, documentId: string): { facts: FactSet; warnings: string[] } {
  return extractCouncil(text, documentId);
}
