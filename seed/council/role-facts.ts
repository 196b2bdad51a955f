// Facts about who did what at the sitting: PRESIDED, SECRETARY_OF, RAPPORTEUR_OF, DECLARED_INTEREST,
// and the HOLDS_ROLE that the titles after their names state.
import { personRef, type ExtractionContext } from "./extraction-context.js";
import type { SessionHeader } from "./parse-header.js";
import type { ReportHeader } from "./parse-report.js";
import type { Signature } from "./parse-signatures.js";
import type { VoteResult } from "./parse-vote.js";
import { roleTarget } from "./role-target.js";

/** Adds HOLDS_ROLE for a title written after a person's name, or reports where it cannot go. */
function addHoldsRole(
  { facts, warnings }: ExtractionContext,
  id: string,
  writtenTitle: string | undefined,
  quote: string | undefined,
): void {
  if (!writtenTitle || !quote) return;
  const role = roleTarget(writtenTitle);
  if ("unresolved" in role) warnings.push(`title "${writtenTitle}" of ${id} not attached: ${role.reason}`);
  else facts.add("HOLDS_ROLE", personRef(id), role.target, { title: role.title }, quote);
}

/** Adds the president, secretary, rapporteur, signatories' titles and interested councillors. */
export function addRoleFacts(
  context: ExtractionContext,
  header: SessionHeader,
  report: ReportHeader,
  signatures: Signature[],
  vote: VoteResult,
): void {
  const { people, facts, document } = context;
  if (header.president) {
    const id = people.mention(header.president, "president of the sitting");
    facts.add("PRESIDED", personRef(id), document, {}, header.president.quote);
    addHoldsRole(context, id, header.president.title, header.president.titleQuote);
  }
  if (header.secretary) {
    facts.add(
      "SECRETARY_OF",
      personRef(people.mention(header.secretary, "secretary")),
      document,
      {},
      header.secretary.quote,
    );
  }
  if (report.rapporteur) {
    const id = people.mention(report.rapporteur, "rapporteur");
    facts.add("RAPPORTEUR_OF", personRef(id), document, { title: report.rapporteur.title }, report.rapporteur.quote);
    addHoldsRole(context, id, report.rapporteur.title, report.rapporteur.quote);
  }
  for (const signature of signatures) {
    addHoldsRole(
      context,
      people.mention(signature, `signature "${signature.signedAs}"`),
      signature.title,
      signature.quote,
    );
  }
  for (const interested of vote.interested) {
    const id = people.mention(interested, "interested councillor");
    facts.add("DECLARED_INTEREST", personRef(id), document, { votes: interested.votes }, vote.interestedQuote ?? "");
  }
}
