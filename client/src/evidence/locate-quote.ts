// Finding a fact's quote in its source text, the way the seed checks it: white space folded.

/** Where a passage lies in a text: offsets in the original text, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

const whiteSpace = /\s/u;

/** Finds `quote` in `text` after folding every run of white space (line breaks included) to one space. */
export function locateQuote(text: string, quote: string): TextSpan | null {
  const needle = quote.replace(/\s+/gu, " ").trim();
  if (needle === "") return null;
  // Fold the text, remembering the original offset of each folded character.
  let folded = "";
  const origin: number[] = [];
  let previousWasSpace = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    const isSpace = whiteSpace.test(character);
    if (isSpace && previousWasSpace) continue;
    folded += isSpace ? " " : character;
    origin.push(index);
    previousWasSpace = isSpace;
  }
  const at = folded.indexOf(needle);
  if (at < 0) return null;
  return { start: origin[at]!, end: origin[at + needle.length - 1]! + 1 };
}

/** The text cut around the quote, for rendering the quote highlighted; null when it is not found. */
export function splitAtQuote(text: string, quote: string): { before: string; quoted: string; after: string } | null {
  const span = locateQuote(text, quote);
  if (!span) return null;
  return { before: text.slice(0, span.start), quoted: text.slice(span.start, span.end), after: text.slice(span.end) };
}
