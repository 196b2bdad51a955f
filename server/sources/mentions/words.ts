// The words of a text, folded for comparison (case and accents ignored) but kept at their offsets,
// so that every mention found points at the exact characters of the plain text.

/** One word of the text: its folded form and where it is. */
export interface Word {
  folded: string;
  start: number;
  end: number;
  /** Whether the word starts with a capital letter as written. */
  capitalized: boolean;
}

/** A string without accents, in lower case, apostrophes made straight: "Bisontine’s" → "bisontine's". */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’ʼ]/g, "'");
}

/** The words of `text` (letters and digits; hyphens and apostrophes split words), in order. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = match.index;
    words.push({
      folded: foldText(match[0]),
      start,
      end: start + match[0].length,
      capitalized: /^\p{Lu}/u.test(match[0]),
    });
  }
  return words;
}

/** The folded words of a name, joined by spaces: the key a name is looked up by. */
export function nameKey(name: string): string {
  return wordsOf(name)
    .map((word) => word.folded)
    .join(" ");
}
