// The compact pages of "participation per event" expanded back to rows: each ref replaced by its
// node, each relationship id by its relationship.
import type { EventParticipationQuestionQuery } from "../../__generated__/graphql";
import { pageLookup } from "../compact-pages";

/** One page of the answer (or several appended), as the question's query returns it. */
export type EventParticipationPage = EventParticipationQuestionQuery["eventParticipationPage"];

/** The events of a page with their participants' nodes and evidence in place. */
export function expandEventParticipation(page: EventParticipationPage) {
  const lookup = pageLookup(page);
  return page.answers.map((answer) => ({
    event: lookup.node(answer.event),
    participants: answer.participants,
    firms: answer.firms,
    inTerritory: answer.inTerritory,
    organizations: answer.organizations.map((participant) => ({
      organization: lookup.node(participant.organization),
      inTerritory: participant.inTerritory,
      evidence: lookup.relationship(participant.evidence),
    })),
  }));
}
