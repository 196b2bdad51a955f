// Builds the seed graph from the source documents: the council parser, the curated facts of the
// prose (seed/facts/*.yaml), and the INSEE reference for communes and GBM's territory.
import { createHash } from "node:crypto";
import { communeFacts, gbmTerritoryFacts } from "../graph/communes/gbm-territory.js";
import { referenceSource } from "../graph/communes/reference-data.js";
import { extractCouncil } from "./council/extract-council.js";
import { loadCuratedFacts } from "./facts/read-curated-facts.js";
import { mergeFactSets } from "./merge-facts.js";
import type { FactSet } from "../graph/fact-model.js";
import { parseNodeRef } from "../graph/node-ref.js";
import { findUnquotedFacts } from "./quote-check.js";
import { qualityNoteFacts } from "./quality-notes.js";
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
  const council = [...sourceTexts].map(([id, text]) => ({ id, text, ...extractCouncil(text, id) }));
  const curated = loadCuratedFacts();
  const merged = mergeFactSets(
    gbmTerritoryFacts(),
    ...council.map((extraction) => extraction.facts),
    // What each extraction noticed, stored on its Document with the numbers of the count checks.
    ...council.map(({ id, text, warnings }) => qualityNoteFacts(id, warnings, text)),
    curated,
    referencedCommunes(curated),
  );
  const warnings = [
    ...council.flatMap((extraction) => extraction.warnings),
    ...merged.conflicts.map((conflict) => `conflict: ${conflict}`),
  ];

  const unquoted = findUnquotedFacts(merged.facts.relationships, sourceTexts);
  if (unquoted.length > 0) {
    throw new SeedError(
      `${unquoted.length} quote(s) are not in their source:\n${unquoted.map((fact) => `  ${fact.from} -[${fact.type}]-> ${fact.to}: "${fact.quote}"`).join("\n")}`,
    );
  }
  keepFullTexts(merged.facts, sourceTexts);
  return { facts: merged.facts, warnings, sourceTexts, ownedSources: [...sourceTexts.keys(), referenceSource] };
}

/** Each source's Document node keeps its full text and its SHA-256, so every quote can be shown in place. */
function keepFullTexts(facts: FactSet, sourceTexts: Map<string, string>): void {
  for (const node of facts.nodes) {
    const text = node.label === "Document" ? sourceTexts.get(node.key) : undefined;
    if (text === undefined) continue;
    node.properties.text = text;
    node.properties.checksum = createHash("sha256").update(text).digest("hex");
  }
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
