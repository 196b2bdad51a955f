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

/** A deliberation's title and id as the seed names them (`2024/2024.00098` → `gbm-2024-00098`). */
export function councilDocument(text: string): { id: string | undefined; title: string | undefined } {
  const { facts } = extractCouncil(text, "deliberation");
  const properties = facts.nodes.find((node) => node.label === "Document")?.properties ?? {};
  const number = typeof properties.number === "string" ? /^(\d{4})\/\d{4}\.(\d+)$/.exec(properties.number) : null;
  return {
    id: number ? `gbm-${number[1]}-${number[2]}` : undefined,
    title: typeof properties.title === "string" ? properties.title : undefined,
  };
}
