// The vote: counts for, against, abstaining, and the councillors who declared an interest.
import { singularCivility, splitCivility, splitQualifier, type PersonName } from "./parse-entry.js";

/** A councillor who declared an interest, with the votes they hold ("Mme Frédérique BAEHR (1)"). */
export interface InterestedCouncillor extends PersonName {
  votes?: number;
}

/** What the vote section states. */
export interface VoteResult {
  votesFor?: number;
  votesAgainst?: number;
  abstentions?: number;
  interestedCount?: number;
  /** "Rapport adopté à l'unanimité". */
  outcome?: string;
  interested: InterestedCouncillor[];
  /** "Mme Frédérique BAEHR (1) et MM. … (1), conseillers intéressés". */
  interestedQuote?: string;
}

/** The number after a "Label :" line start, e.g. "Pour : 102". */
function countAfter(source: string, label: RegExp): number | undefined {
  const value = new RegExp(`^${label.source}\\s*:\\s*(\\d+)`, "mu").exec(source)?.[1];
  return value === undefined ? undefined : Number(value);
}

/** Reads "Mme A (1) et MM. B (2) et C (1)": a plural civility (MM., Mmes) carries to the names after it. */
function readInterested(list: string, warnings: string[]): InterestedCouncillor[] {
  let carried: string | null = null;
  return list.split(/\s*,\s*|\s+et\s+/u).map((item) => {
    const { head, qualifier } = splitQualifier(item);
    const person = splitCivility(head);
    if (person.civility) carried = ["MM.", "Mmes"].includes(person.civility) ? singularCivility(person.civility) : null;
    const civility = person.civility ? singularCivility(person.civility) : carried;
    const votes = qualifier !== undefined && /^\d+$/u.test(qualifier) ? Number(qualifier) : undefined;
    if (qualifier !== undefined && votes === undefined)
      warnings.push(`interested councillor "${item}": "(${qualifier})" is not a number of votes`);
    return { civility, name: person.name, ...(votes === undefined ? {} : { votes }) };
  });
}

/** Parses the vote section; each count that is missing is reported. */
export function parseVote(source: string): { vote: VoteResult; warnings: string[] } {
  const warnings: string[] = [];
  const vote: VoteResult = { interested: [] };
  const counts = {
    votesFor: countAfter(source, /Pour/u),
    votesAgainst: countAfter(source, /Contre/u),
    abstentions: countAfter(source, /Abstentions?\*?/u),
    interestedCount: countAfter(source, /Conseill(?:er|ère)s?\s+intéressé(?:e)?s?/u),
  };
  for (const [field, value] of Object.entries(counts)) {
    if (value === undefined) warnings.push(`vote: ${field} not found`);
    else Object.assign(vote, { [field]: value });
  }
  const outcome = /^Rapport\s+(?:adopté|rejeté|retiré)[^:\n]*?(?=\s*:|$)/mu.exec(source)?.[0];
  if (outcome) vote.outcome = outcome;
  const interested = /^(?<list>[^\n]+?),\s*conseill(?:er|ère)s?\s+intéressé(?:e)?s?/mu.exec(source);
  if (interested?.groups?.list) {
    vote.interested = readInterested(interested.groups.list, warnings);
    vote.interestedQuote = interested[0];
  }
  return { vote, warnings };
}
