// The `Document` node of a deliberation: what its header, report and vote state.
import type { NodeFact } from "../../graph/fact-model.js";
import type { SessionHeader } from "./parse-header.js";
import type { ReportHeader } from "./parse-report.js";
import type { VoteResult } from "./parse-vote.js";
import { definedProperties } from "./relationship-collector.js";

/** The place of the report in the order of business (its question number), or its report number. */
export function questionOf(header: SessionHeader, report: ReportHeader): number | undefined {
  const position = report.reportNumber === undefined ? -1 : (header.agendaOrder?.indexOf(report.reportNumber) ?? -1);
  return position >= 0 ? position + 1 : report.reportNumber;
}

/** The `Document` node, with every value the deliberation states about itself. */
export function documentNode(
  documentId: string,
  header: SessionHeader,
  report: ReportHeader,
  vote: VoteResult,
): NodeFact {
  const properties = definedProperties({
    title: report.title ?? documentId,
    kind: "DELIBERATION",
    number: report.number,
    reportNumber: report.reportNumber,
    agendaPosition: questionOf(header, report),
    date: header.date,
    publishedOn: header.publishedOn,
    convenedOn: header.convenedOn,
    place: header.place,
    openedAt: header.openedAt,
    closedAt: header.closedAt,
    membersInOffice: header.membersInOffice,
    president: header.president?.name,
    secretary: header.secretary?.name,
    rapporteur: report.rapporteur?.name,
    rapporteurTitle: report.rapporteur?.title,
    commission: report.commission,
    commissionOpinions: report.commissionOpinions.length > 0 ? report.commissionOpinions : undefined,
    budgetLine: report.budgetLine,
    budgetYear: report.budgetYear,
    budgetPlanned: report.budgetPlanned,
    operationAmount: report.operationAmount,
    outcome: vote.outcome,
    votesFor: vote.votesFor,
    votesAgainst: vote.votesAgainst,
    abstentions: vote.abstentions,
    interestedCount: vote.interestedCount,
  });
  return { label: "Document", key: documentId, properties, sources: [documentId] };
}
