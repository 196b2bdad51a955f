// The parts of one councillor entry: civility, name, and the "(à compter de la question n°5)" qualifier.

/** A person as a list writes them: civility ("M.", "Mme"), when given, and name ("Anne VIGNOT"). */
export interface PersonName {
  civility: string | null;
  name: string;
}

/** The questions of the sitting an entry is limited to (both ends included). */
export interface QuestionRange {
  fromQuestion?: number;
  untilQuestion?: number;
}

const civilityPattern = /^(M\.|Mme|Mlle|MM\.|Mmes|Monsieur|Madame)\s+/u;

/** Splits "Mme Anne VIGNOT" into civility and name; the civility is null when the source omits it. */
export function splitCivility(written: string): PersonName {
  const match = civilityPattern.exec(written.trim());
  if (!match?.[1]) return { civility: null, name: written.trim() };
  return { civility: match[1], name: written.trim().slice(match[0].length).trim() };
}

/** The singular civility of a plural one: "MM." → "M.", "Mmes" → "Mme". */
export function singularCivility(civility: string): string {
  return civility === "MM." ? "M." : civility === "Mmes" ? "Mme" : civility;
}

/** Splits "Name (qualifier)" into the text before the trailing parentheses and the qualifier inside. */
export function splitQualifier(written: string): { head: string; qualifier?: string } {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/su.exec(written);
  if (!match?.[1] || match[2] === undefined) return { head: written.trim() };
  return { head: match[1].trim(), qualifier: match[2].trim() };
}

/** Reads "jusqu'à la question n° 5 incluse" / "à compter de la question n°6"; undefined when it is neither. */
export function parseQuestionRange(qualifier: string): QuestionRange | undefined {
  const text = qualifier.replace(/\s+/gu, " ").trim();
  const until = /^jusqu['’]\s?à la question n\s?°\s?(\d+) incluse$/iu.exec(text);
  if (until?.[1]) return { untilQuestion: Number(until[1]) };
  const from = /^à compter de la question n\s?°\s?(\d+)(?: incluse)?$/iu.exec(text);
  if (from?.[1]) return { fromQuestion: Number(from[1]) };
  return undefined;
}

/** Whether a list item is the "suppléant(e)" mark of the entry before it. */
export function isSubstituteMark(item: string): boolean {
  return /^suppl[ée]ant(?:e)?$/iu.test(item.trim());
}
