// Cross-checks between the lists and the totals a deliberation states: disagreements become warnings.
import type { QuestionRange } from "./parse-entry.js";
import type { AttendanceEntry } from "./parse-attendance.js";
import type { ProxyEntry } from "./parse-proxies.js";
import type { VoteResult } from "./parse-vote.js";

/** Whether an entry limited to a question range covers question n. */
export function coversQuestion(range: QuestionRange, question: number): boolean {
  return (range.fromQuestion ?? -Infinity) <= question && question <= (range.untilQuestion ?? Infinity);
}

/** What the checks compare. */
export interface CountInputs {
  present: AttendanceEntry[];
  absent: AttendanceEntry[];
  proxies: ProxyEntry[];
  membersInOffice?: number;
  /** The question number of this report in the sitting (its place in the order of business). */
  question?: number;
  vote: VoteResult;
}

/** Compares the lists with the members in office and with the vote tally; returns the disagreements. */
export function checkCounts({ present, absent, proxies, membersInOffice, question, vote }: CountInputs): string[] {
  const warnings: string[] = [];
  if (membersInOffice !== undefined && present.length + absent.length !== membersInOffice) {
    warnings.push(
      `${present.length} present + ${absent.length} absent = ${present.length + absent.length} councillors listed, but ${membersInOffice} members in office`,
    );
  }
  const declared = vote.interested.reduce((sum, person) => sum + (person.votes ?? 0), 0);
  if (vote.interestedCount !== undefined && vote.interested.length > 0 && declared !== vote.interestedCount) {
    warnings.push(
      `interested councillors hold ${declared} votes by the list, but "Conseillers intéressés : ${vote.interestedCount}"`,
    );
  }
  const { votesFor, votesAgainst, abstentions, interestedCount } = vote;
  if (question === undefined || votesFor === undefined || votesAgainst === undefined || abstentions === undefined)
    return warnings;
  const sitting = present.filter((entry) => coversQuestion(entry, question)).length;
  const carried = proxies.filter((entry) => coversQuestion(entry, question)).length;
  const tally = votesFor + votesAgainst + abstentions + (interestedCount ?? 0);
  if (sitting + carried !== tally) {
    warnings.push(
      `at question ${question}, the lists give ${sitting} present + ${carried} proxies = ${sitting + carried} votes, ` +
        `but the tally is ${votesFor} pour + ${votesAgainst} contre + ${abstentions} abstention + ${interestedCount ?? 0} intéressés = ${tally}`,
    );
  }
  return warnings;
}
