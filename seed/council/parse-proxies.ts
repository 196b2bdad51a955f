// The "Procurations de vote :" paragraph: who gave their vote to whom, grouped by the giver's commune.
import {
  parseQuestionRange,
  splitCivility,
  splitQualifier,
  type PersonName,
  type QuestionRange,
} from "./parse-entry.js";
import type { ParsedList } from "./parse-attendance.js";
import { groupByCommune, paragraphAfter, spanOf } from "./text-spans.js";

/** One proxy: the giver (of the commune heading the entry) votes through the receiver. */
export interface ProxyEntry extends QuestionRange {
  giver: PersonName;
  receiver: PersonName;
  /** The giver's commune heading, as written. */
  commune: string | null;
  /** The entry as written, e.g. "M. Hasni ALEM à M. Gérard MONNIEN". */
  quote: string;
  /** From the commune heading to the end of the giver's name: the passage tying the giver to the commune. */
  communeQuote?: string;
}

const heading = /^Procurations?\s+de\s+vote\s*:/imu;

/** Parses the proxies paragraph; an entry that is not "Giver à Receiver" is reported and skipped. */
export function parseProxies(source: string): ParsedList<ProxyEntry> {
  const warnings: string[] = [];
  const body = paragraphAfter(source, heading);
  if (!body) return { entries: [], warnings: [`no "Procurations de vote :" paragraph found`] };
  const entries: ProxyEntry[] = [];
  for (const group of groupByCommune(body)) {
    for (const span of group.entries) {
      const { head, qualifier } = splitQualifier(span.text);
      const range = qualifier === undefined ? {} : parseQuestionRange(qualifier);
      if (range === undefined)
        warnings.push(`proxy "${span.text}": qualifier "(${qualifier})" not understood; kept without a question range`);
      const separator = /\s+à\s+/u.exec(head);
      const giver = separator ? head.slice(0, separator.index).trim() : "";
      const receiver = separator ? head.slice(separator.index + separator[0].length).trim() : "";
      if (!separator || !giver || !receiver || /\s+à\s+/u.test(receiver)) {
        warnings.push(`proxy "${span.text}" (${group.commune ?? "no commune"}) is not "giver à receiver"; skipped`);
        continue;
      }
      entries.push({
        giver: splitCivility(giver),
        receiver: splitCivility(receiver),
        ...range,
        commune: group.commune,
        quote: span.text,
        ...(group.heading
          ? { communeQuote: spanOf(source, group.heading.start, span.start + separator.index).text }
          : {}),
      });
    }
  }
  return { entries, warnings };
}
