// Builds the seed graph from the source documents: the council parser, the curated facts of the
// prose (seed/facts/*.yaml), and the INSEE reference for communes and GBM's territory.
import { communeFacts, gbmTerritoryFacts } from "./communes/gbm-territory.js";
import { referenceSource } from "./communes/reference-data.js";
import { extractCouncil } from "./council/extract-council.js";
import { loadCuratedFacts } from "./facts/read-curated-facts.js";
import { mergeFactSets } from "./merge-facts.js";
import { parseNodeRef, type FactSet } from "./model.js";
import { findUnquotedFacts } from "./quote-check.js";
import { readSeedDocuments } from "./seed-documents.js";

/** The seed, what the extraction noticed, and the sources each fact cites. */
export interface Seed {
  facts: FactSet;
  warnings: string[];
  /** Source id → text, for the quote check. */
  sourceTexts: Map<string, string>;
  /** The sources the seed owns: a re-seed removes their relationships that the seed no longer holds. */
  ownedSources: string[];
}

/** A seed that breaks the evidence rule; it is never loaded. */
export class SeedError extends Error {
  override name = "SeedError";
}

/** Extracts and merges every fact of the seed; throws when a quote is not found in its source. */
export function buildSeed(): Seed {
  const sourceTexts = readSeedDocuments();
  const council = [...sourceTexts].map(([id, text]) => extractCouncil(text, id));
  const curated = loadCuratedFacts();
  const merged = mergeFactSets(gbmTerritoryFacts(), ...council.map((extraction) => extraction.facts), curated, referencedCommunes(curated));
  const warnings = [...council.flatMap((extraction) => extraction.warnings), ...merged.conflicts.map((conflict) => `conflict: ${conflict}`)];

  const unquoted = findUnquotedFacts(merged.facts.relationships, sourceTexts);
  if (unquoted.length > 0) {
    throw new SeedError(
      `${unquoted.length} quote(s) are not in their source:\n${unquoted.map((fact) => `  ${fact.from} -[${fact.type}]-> ${fact.to}: "${fact.quote}"`).join("\n")}`,
    );
  }
  return { facts: merged.facts, warnings, sourceTexts, ownedSources: [...sourceTexts.keys(), referenceSource] };
}

/** Commune nodes, from the INSEE reference, for every French commune a fact set points at. */
function referencedCommunes(facts: FactSet): FactSet {
  const defined = new Set(facts.nodes.filter((node) => node.label === "Commune").map((node) => node.key));
  const codes = new Set(
    facts.relationships
      .flatMap((fact) => [fact.from, fact.to])
      .map((ref) => parseNodeRef(ref))
      .filter(({ label, key }) => label === "Commune" && /^\d[\dAB]\d{3}$/u.test(key) && !defined.has(key))
      .map(({ key }) => key),
  );
  return communeFacts(codes, [referenceSource]);
}
