// Names to look up in a text: every name and alias of the graph's entities, every commune of the
// official reference, the demonyms of some. Matched word by word, longest name first.
import { nameKey, wordsOf, type Word } from "./words.js";

/** What a name stands for: a node of the graph (or of the commune reference) by its ref. */
export interface NamedThing {
  ref: string;
  label: string;
  name: string;
  /** An event's year, to tell two editions apart. */
  year?: number | undefined;
}

/** A name found in the text. */
export interface NameMatch {
  start: number;
  end: number;
  /** The word index of the first and after the last word matched. */
  firstWord: number;
  endWord: number;
  /** Everything the name may stand for (several editions of an event, two namesake communes). */
  things: NamedThing[];
}

/** A dictionary of names, case- and accent-insensitive, matched on whole words. */
export class Gazetteer {
  private readonly byKey = new Map<string, NamedThing[]>();
  private longest = 1;

  /** Adds `thing` under each of `names` (names of fewer than two letters are ignored). */
  add(thing: NamedThing, names: Iterable<string>): this {
    for (const name of names) {
      const key = nameKey(name);
      if (key.replace(/ /g, "").length < 2) continue;
      const things = this.byKey.get(key) ?? [];
      if (!things.some((known) => known.ref === thing.ref)) things.push(thing);
      this.byKey.set(key, things);
      this.longest = Math.max(this.longest, key.split(" ").length);
    }
    return this;
  }

  /** How many names it holds. */
  get size(): number {
    return this.byKey.size;
  }

  /**
   * Every name found in `words`, longest first at each place, not overlapping.
   * `accept` may refuse a match (a commune name written in lower case, say).
   */
  find(words: Word[], accept: (words: Word[]) => boolean = () => true): NameMatch[] {
    const matches: NameMatch[] = [];
    for (let index = 0; index < words.length;) {
      let found: NameMatch | undefined;
      for (let length = Math.min(this.longest, words.length - index); length >= 1 && !found; length--) {
        const span = words.slice(index, index + length);
        const things = this.byKey.get(span.map((word) => word.folded).join(" "));
        if (things && accept(span))
          found = {
            start: span[0]!.start,
            end: span[span.length - 1]!.end,
            firstWord: index,
            endWord: index + length,
            things,
          };
      }
      if (found) {
        matches.push(found);
        index = found.endWord;
      } else index++;
    }
    return matches;
  }

  /** Matches in a text (a convenience over `find`). */
  findIn(text: string): NameMatch[] {
    return this.find(wordsOf(text));
  }
}
