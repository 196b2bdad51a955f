// How a quote is found in its source's text, wherever it is checked (the seed's curated facts, an
// editor's evidence): white space folded, so a line break in the source does not break a quote.

/** Folds every run of white space to one space, so line breaks in a source do not break a quote. */
export function foldWhiteSpace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** True when `quote` appears verbatim in `text`, white space folded; an empty quote is never found. */
export function quoteFoundIn(quote: string, text: string): boolean {
  const folded = foldWhiteSpace(quote);
  return folded !== "" && foldWhiteSpace(text).includes(folded);
}
