import type { RelationshipFact } from "../graph/fact-model.js";

/** Folds every run of white space to one space, so line breaks in a source do not break a quote. */
export function foldWhiteSpace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/**
 * The relationships whose quote is not found verbatim (white space folded) in their source.
 * `sources` maps a source id to its text; relationships from other sources (reference data,
 * imports) are not checked here.
 */
export function findUnquotedFacts(relationships: RelationshipFact[], sources: Map<string, string>): RelationshipFact[] {
  const folded = new Map([...sources].map(([id, text]) => [id, foldWhiteSpace(text)]));
  return relationships.filter((fact) => {
    const text = folded.get(fact.source);
    return text !== undefined && (fact.quote.trim() === "" || !text.includes(foldWhiteSpace(fact.quote)));
  });
}
