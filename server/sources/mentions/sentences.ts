// A text cut into sentences, each at its offsets: the passage a suggestion quotes.

/** One sentence of the text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations whose full stop does not end a sentence. */
const abbreviation = /(?:\b(?:M|MM|Mme|Mmes|Dr|St|Ste|n°|cf|etc|av|bd|S\.A|S\.A\.S)|\b\p{Lu})$/u;

/** The sentences of `text`: cut after `.`, `!`, `?` followed by a space and a capital, and at blank lines or line ends. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== "") sentences.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  };
  for (const match of text.matchAll(/([.!?…]+)(?=\s+[«"“(\p{Lu}\d-])|\n/gu)) {
    const end = match.index + match[0].length;
    if (match[0] !== "\n" && abbreviation.test(text.slice(Math.max(start, match.index - 6), match.index))) continue;
    push(end);
    start = end;
  }
  push(text.length);
  return sentences;
}
