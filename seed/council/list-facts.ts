// Facts from the lists: ATTENDED, ABSENT_FROM and GAVE_PROXY_TO.
import { personRef, type ExtractionContext } from "./extraction-context.js";
import type { QuestionRange } from "./parse-entry.js";
import type { AttendanceEntry } from "./parse-attendance.js";
import type { ProxyEntry } from "./parse-proxies.js";

/** The question range of an entry as relationship properties. */
function rangeProperties(range: QuestionRange): { fromQuestion?: number; untilQuestion?: number } {
  return { fromQuestion: range.fromQuestion, untilQuestion: range.untilQuestion };
}

/** Adds the present and absent councillors, and reports anyone listed in both. */
export function addAttendanceFacts(
  context: ExtractionContext,
  present: AttendanceEntry[],
  absent: AttendanceEntry[],
): void {
  const { people, facts, document, listings, warnings } = context;
  const presentIds = new Set<string>();
  for (const entry of present) {
    const id = people.add(entry);
    presentIds.add(id);
    listings.push({ personId: id, commune: entry.commune, quote: entry.communeQuote });
    facts.add(
      "ATTENDED",
      personRef(id),
      document,
      { ...rangeProperties(entry), substitute: entry.substitute || undefined },
      entry.quote,
    );
  }
  for (const entry of absent) {
    const id = people.add(entry);
    if (presentIds.has(id)) warnings.push(`"${entry.name}" is listed both present and absent`);
    listings.push({ personId: id, commune: entry.commune, quote: entry.communeQuote });
    facts.add("ABSENT_FROM", personRef(id), document, rangeProperties(entry), entry.quote);
  }
}

/** Adds one GAVE_PROXY_TO per proxy (key: the document), receivers matched to known councillors. */
export function addProxyFacts(context: ExtractionContext, proxies: ProxyEntry[]): void {
  const { people, facts, documentId, listings } = context;
  for (const proxy of proxies) {
    const giver = people.mention(proxy.giver, "proxy giver");
    const receiver = people.mention(proxy.receiver, "proxy receiver");
    listings.push({ personId: giver, commune: proxy.commune, quote: proxy.communeQuote });
    facts.add(
      "GAVE_PROXY_TO",
      personRef(giver),
      personRef(receiver),
      { document: documentId, ...rangeProperties(proxy) },
      proxy.quote,
      documentId,
    );
  }
}
