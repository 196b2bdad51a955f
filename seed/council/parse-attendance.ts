// The "Étaient présents :" and "Étaient absents :" paragraphs: councillors grouped by commune.
import { slugId } from "../../graph/slug.js";
import {
  isSubstituteMark,
  parseQuestionRange,
  splitCivility,
  splitQualifier,
  type PersonName,
  type QuestionRange,
} from "./parse-entry.js";
import { groupByCommune, paragraphAfter, spanOf, type Span } from "./text-spans.js";

/** One councillor of an attendance list. */
export interface AttendanceEntry extends PersonName, QuestionRange {
  /** The commune heading the entry sits under, as written; null when the list has no heading. */
  commune: string | null;
  /** Marked "suppléant(e)": sits in place of the commune's councillor. */
  substitute: boolean;
  /** The entry as written, e.g. "M. Yannick POUJET (à compter de la question n°5)". */
  quote: string;
  /** From the commune heading to the end of the entry: the passage that ties the person to the commune. */
  communeQuote?: string;
}

/** What a list parser found, and what it noticed on the way. */
export interface ParsedList<T> {
  entries: T[];
  warnings: string[];
}

const headings = {
  present: { pattern: /^[ÉE]taient\s+présent(?:e)?s\s*:/imu, label: "Étaient présents" },
  absent: { pattern: /^[ÉE]taient\s+absent(?:e)?s\s*:/imu, label: "Étaient absents" },
} as const;

/** Reads one entry ("Mme Valérie HALLER (jusqu'à la question n° 5 incluse)") under its commune. */
function readEntry(
  source: string,
  entry: Span,
  commune: string | null,
  heading: Span | null,
  warnings: string[],
): AttendanceEntry {
  const { head, qualifier } = splitQualifier(entry.text);
  const range = qualifier === undefined ? {} : parseQuestionRange(qualifier);
  if (range === undefined)
    warnings.push(
      `"${entry.text}": qualifier "(${qualifier})" not understood; the entry is kept without a question range`,
    );
  const person = splitCivility(head);
  if (person.civility === null) warnings.push(`"${entry.text}" (${commune ?? "no commune"}) has no civility (M./Mme)`);
  return {
    ...person,
    ...range,
    commune,
    substitute: false,
    quote: entry.text,
    ...(heading ? { communeQuote: spanOf(source, heading.start, entry.end).text } : {}),
  };
}

/** Marks the entry before a "suppléant(e)" item as a substitute and stretches its quote over the mark. */
function markSubstitute(
  source: string,
  previous: AttendanceEntry | undefined,
  previousSpan: Span | undefined,
  mark: Span,
  warnings: string[],
): void {
  if (!previous || !previousSpan) {
    warnings.push(`"${mark.text}" follows no councillor; ignored`);
    return;
  }
  previous.substitute = true;
  previous.quote = spanOf(source, previousSpan.start, mark.end).text;
  if (previous.communeQuote !== undefined)
    previous.communeQuote = previous.communeQuote + source.slice(previousSpan.end, mark.end);
}

/** Parses the list of present (or absent) councillors; a person listed twice is kept once and reported. */
export function parseAttendance(source: string, list: keyof typeof headings): ParsedList<AttendanceEntry> {
  const { pattern, label } = headings[list];
  const warnings: string[] = [];
  const body = paragraphAfter(source, pattern);
  if (!body) return { entries: [], warnings: [`no "${label} :" paragraph found`] };
  const entries: AttendanceEntry[] = [];
  const seen = new Map<string, AttendanceEntry>();
  for (const group of groupByCommune(body)) {
    let previous: { entry: AttendanceEntry; span: Span } | undefined;
    for (const span of group.entries) {
      if (isSubstituteMark(span.text)) {
        markSubstitute(source, previous?.entry, previous?.span, span, warnings);
        continue;
      }
      const entry = readEntry(source, span, group.commune, group.heading, warnings);
      previous = { entry, span };
      const id = slugId(entry.name);
      const earlier = seen.get(id);
      if (earlier) {
        const where =
          earlier.commune === entry.commune
            ? `under ${entry.commune ?? "no commune"}`
            : `under ${earlier.commune ?? "no commune"} and ${entry.commune ?? "no commune"}`;
        warnings.push(`"${entry.name}" is listed twice in "${label}" ${where}; kept once`);
        continue;
      }
      seen.set(id, entry);
      entries.push(entry);
    }
  }
  return { entries, warnings };
}
