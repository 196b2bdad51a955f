// The sitting's header: dates, members in office, place, president, times, order of business, secretary.
import { frenchLongDate, frenchNumericDate, frenchTime } from "./french-values.js";
import { splitCivility, type PersonName } from "./parse-entry.js";

/** A person named in a passage, with the passage. */
export interface QuotedPerson extends PersonName {
  quote: string;
}

/** What the header of a sitting states. */
export interface SessionHeader {
  date?: string;
  publishedOn?: string;
  convenedOn?: string;
  membersInOffice?: number;
  place?: string;
  /** "sous la présidence de Mme Anne VIGNOT" (quote), with her title and the passage that gives it. */
  president?: QuotedPerson & { title?: string; titleQuote?: string };
  openedAt?: string;
  closedAt?: string;
  /** "Ordre de passage des rapports": report numbers in the order they were taken (question n° = position). */
  agendaOrder?: number[];
  secretary?: QuotedPerson;
}

/** Parses the sitting's header; each field that is missing is reported. */
export function parseHeader(source: string): { header: SessionHeader; warnings: string[] } {
  const header: SessionHeader = {};
  const warnings: string[] = [];
  const session = /Séance du\s+((?:\p{L}+\s+)?\d{1,2}(?:er)?\s+\p{L}+\s+\d{4})/u.exec(source)?.[1];
  if (session) header.date = frenchLongDate(session);
  const published = /Publiée? le\s*:\s*(\d{1,2}\/\d{1,2}\/\d{4})/u.exec(source)?.[1];
  if (published) header.publishedOn = frenchNumericDate(published);
  const members = /en exercice\s*:\s*(\d+)/u.exec(source)?.[1];
  if (members) header.membersInOffice = Number(members);
  const convened = /convoqué(?:e)? le\s+(\d{1,2}(?:er)?\s+\p{L}+\s+\d{4})/u.exec(source)?.[1];
  if (convened) header.convenedOn = frenchLongDate(convened);
  const presidency =
    /s['’]est réuni(?:e)?\s+(?<place>[^\n]+?),\s*(?<presided>sous la présidence de\s+(?<person>[^,\n]+?))(?:,\s*(?<title>[^\n]+?))?\.?[ \t]*$/dmu.exec(
      source,
    );
  const { place, presided, person, title } = presidency?.groups ?? {};
  if (place) header.place = place;
  if (person && presided) {
    header.president = { ...splitCivility(person), quote: presided };
    const personAt = presidency?.indices?.groups?.person;
    const titleAt = presidency?.indices?.groups?.title;
    if (title && personAt && titleAt)
      Object.assign(header.president, { title, titleQuote: source.slice(personAt[0], titleAt[1]) });
  }
  const times = /séance est ouverte à\s+(\d{1,2}\s*h\s*\d{0,2})\s+et levée à\s+(\d{1,2}\s*h\s*\d{0,2})/u.exec(source);
  if (times?.[1] && times[2]) Object.assign(header, { openedAt: frenchTime(times[1]), closedAt: frenchTime(times[2]) });
  const agenda = /Ordre de passage des rapports\s*:\s*([\d,;\s]+\d)/u.exec(source)?.[1];
  if (agenda) header.agendaOrder = agenda.split(/[,;\s]+/u).map(Number);
  const secretary = /^Secrétaire de séance\s*:\s*([^\n]+?)[ \t]*$/mu.exec(source);
  if (secretary?.[1]) header.secretary = { ...splitCivility(secretary[1]), quote: secretary[0].trim() };
  const wanted: (keyof SessionHeader)[] = [
    "date",
    "publishedOn",
    "convenedOn",
    "membersInOffice",
    "place",
    "president",
    "openedAt",
    "closedAt",
    "agendaOrder",
    "secretary",
  ];
  for (const field of wanted) if (header[field] === undefined) warnings.push(`header: ${field} not found`);
  return { header, warnings };
}
