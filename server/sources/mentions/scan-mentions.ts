// Mentions in a source's text: the graph's entities by name and alias, communes by official name
// and demonym, amounts in euros, years. Each one points at its characters in the plain text.
import { communeGazetteer, demonymGazetteer, isProminentCommune } from "./commune-names.js";
import type { Gazetteer, NameMatch, NamedThing } from "./gazetteer.js";
import { wordsOf, type Word } from "./words.js";

/** What was mentioned. */
export type MentionKind = "ENTITY" | "COMMUNE" | "AMOUNT" | "YEAR";

/** One mention: its place in the text and what it stands for. */
export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
  /** The node mentioned (ENTITY, COMMUNE); the first of several when `ambiguous`. */
  thing?: NamedThing;
  /** Other nodes the same words may stand for (two editions of an event). */
  alternatives?: NamedThing[];
  /** A commune named by its demonym ("bisontine"). */
  viaDemonym?: boolean;
  /** The amount in euros, or the year. */
  value?: number;
}

/** Small words that may be written in lower case inside a commune's name (Pouilley-les-Vignes). */
const nameJoiners = new Set([
  "les",
  "le",
  "la",
  "l",
  "de",
  "du",
  "des",
  "d",
  "sur",
  "sous",
  "en",
  "et",
  "lez",
  "lès",
  "aux",
  "au",
  "a",
]);

/** True when a match is written as a proper name: every word capitalized but the small joining words. */
function writtenAsName(words: Word[]): boolean {
  return words[0]!.capitalized && words.every((word) => word.capitalized || nameJoiners.has(word.folded));
}

/** Whether the word starts a sentence (a capital there says nothing about a proper name). */
function startsSentence(text: string, word: Word): boolean {
  const before = text.slice(Math.max(0, word.start - 3), word.start).trimEnd();
  return before === "" || /[.!?:\n]$/.test(before);
}

function toMention(text: string, kind: MentionKind, match: NameMatch, extra: Partial<Mention> = {}): Mention {
  const [thing, ...alternatives] = match.things;
  return {
    kind,
    start: match.start,
    end: match.end,
    text: text.slice(match.start, match.end),
    thing: thing!,
    ...(alternatives.length > 0 ? { alternatives } : {}),
    ...extra,
  };
}

/** Amounts in euros as French texts write them: `120 000 €`, `1,5 M€`, `45 000 euros`, `2 millions d'euros`. */
const amountPattern =
  /(\d{1,3}(?:[\s\u00a0\u202f.]\d{3})+|\d+)(?:,(\d+))?\s*(k|K|M|millions?|milliards?)?\s*(?:d['’]\s*)?(€|euros?\b|EUR\b)/gu;

function amountValue(whole: string, fraction: string | undefined, scale: string | undefined): number {
  const value = Number(`${whole.replace(/[\s\u00a0\u202f.]/gu, "")}.${fraction ?? "0"}`);
  const factor = !scale
    ? 1
    : /^k$/i.test(scale)
      ? 1_000
      : scale === "M" || scale.startsWith("million")
        ? 1_000_000
        : 1_000_000_000;
  return Math.round(value * factor * 100) / 100;
}

/** Every amount in euros of the text. */
export function findAmounts(text: string): Mention[] {
  return [...text.matchAll(amountPattern)].map((match) => ({
    kind: "AMOUNT" as const,
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    value: amountValue(match[1]!, match[2], match[3]),
  }));
}

/** Every year (1950–2099) of the text written alone, not inside an amount or a longer number. */
export function findYears(text: string, amounts: Mention[]): Mention[] {
  return [...text.matchAll(/(?<![\d,.])\b(19[5-9]\d|20\d\d)\b(?![,.]\d)/gu)]
    .filter((match) => !amounts.some((amount) => amount.start <= match.index && match.index < amount.end))
    .map((match) => ({
      kind: "YEAR" as const,
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      value: Number(match[0]),
    }));
}

/** Every mention in `text`, in text order; `entities` holds the graph's names and aliases. */
export function scanMentions(text: string, entities: Gazetteer): Mention[] {
  const words = wordsOf(text);
  const found: Mention[] = entities.find(words).map((match) => toMention(text, "ENTITY", match));
  const overlaps = (match: NameMatch) =>
    found.some((mention) => match.start < mention.end && mention.start < match.end);
  for (const match of communeGazetteer().find(words, writtenAsName)) {
    const single = match.endWord - match.firstWord === 1;
    const doubtful =
      single && startsSentence(text, words[match.firstWord]!) && !isProminentCommune(match.things[0]!.ref);
    if (overlaps(match) || doubtful) continue;
    found.push(toMention(text, "COMMUNE", match));
  }
  for (const match of demonymGazetteer().find(words))
    if (!overlaps(match)) found.push(toMention(text, "COMMUNE", match, { viaDemonym: true }));
  const amounts = findAmounts(text);
  found.push(...amounts, ...findYears(text, amounts));
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
