import type { RelationshipFact } from "../graph/fact-model.js";
import { foldWhiteSpace } from "../graph/quote-text.js";

export { foldWhiteSpace };

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
