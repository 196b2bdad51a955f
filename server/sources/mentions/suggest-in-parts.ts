// The suggested facts of a long text, found part by part (a PDF's pages, or slices of about 20,000
// characters cut at a line end): the words and mentions of one part at a time are alive, not those
// of the whole text, and each sentence is matched against its own part's mentions only. Sentences
// end at line ends (sentences.ts), so parts cut there find what the whole text would.
import { textPages } from "../document-pages.js";
import type { Gazetteer } from "./gazetteer.js";
import { scanMentions } from "./scan-mentions.js";
import { suggestFacts, type SuggestedFact } from "./suggest-facts.js";

/** Every suggested fact of `text`, at its offsets in the whole text; `onPart` is told after each part. */
export function suggestFactsInParts(
  text: string,
  entities: Gazetteer,
  pageStarts: readonly number[] | null = null,
  onPart?: (done: number, total: number) => void,
): SuggestedFact[] {
  const parts = textPages(text, pageStarts);
  const suggestions: SuggestedFact[] = [];
  parts.forEach((part, index) => {
    const partText = text.slice(part.start, part.end);
    for (const suggestion of suggestFacts(partText, scanMentions(partText, entities)))
      suggestions.push({ ...suggestion, start: suggestion.start + part.start, end: suggestion.end + part.start });
    onPart?.(index + 1, parts.length);
  });
  return suggestions;
}
