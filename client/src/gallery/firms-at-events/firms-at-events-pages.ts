// The compact pages of "firms at events" expanded back to answers the table, the evidence paths and
// the CSV read: each ref replaced by its node, each relationship id by its relationship.
import { makeFragmentData } from "../../__generated__";
import { EvidencePath_PathFragmentDoc, type FirmsAtEventsQuestionQuery } from "../../__generated__/graphql";
import { pageLookup } from "../compact-pages";

/** One page of the answer (or several appended), as the question's query returns it. */
export type FirmsAtEventsPage = FirmsAtEventsQuestionQuery["firmsAtEventsPage"];

/** The answers of a page with their nodes and relationships in place; each path also as the EvidencePath view's fragment. */
export function expandFirmAnswers(page: FirmsAtEventsPage) {
  const lookup = pageLookup(page);
  return page.answers.map((answer) => {
    const paths = answer.paths.map((path) => ({
      length: path.length,
      confidence: path.confidence,
      nodes: path.nodes.map(lookup.node),
      edges: path.relationships.map(lookup.relationship),
    }));
    return {
      confidence: answer.confidence,
      organization: lookup.node(answer.organization),
      events: answer.events.map(lookup.node),
      pathCount: answer.pathCount,
      paths,
      evidencePaths: paths.map((path) => makeFragmentData(path, EvidencePath_PathFragmentDoc)),
    };
  });
}

/** An answer with its nodes and relationships in place. */
export type FirmAnswer = ReturnType<typeof expandFirmAnswers>[number];
