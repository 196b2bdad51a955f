// The funder's yearly review of a programme as lines, each with its evidence: funding received by
// funder and year, targets against results by axis and action, deliverables and their status. The XLSX table
// (server/deliverables/yearly-review.ts) is made of these lines; the app's printable page shows the same.
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import { fundingReceived } from "./funding-received.js";
import { programmeFollowUp, type IndicatorProgress } from "./programme-follow-up.js";

/** One line of the review. */
export interface ReviewLine {
  section: "Financement" | "Objectifs et résultats" | "Livrables";
  /** The funder, the axis, or who owes the deliverable. */
  group: string;
  /** The action of the axis an indicator measures; null for the axis's own indicators and other sections. */
  action: string | null;
  /** The year of a funding, the indicator, the deliverable. */
  line: string;
  /** The target in words (`au moins 260 adhérents`), a deadline. */
  target: string | null;
  /** The amount received, the result achieved. */
  value: number | null;
  /** Last year's value of the same measure. */
  previous: number | null;
  /** How it stands: a result against its target, a deliverable's status. */
  state: string;
  /** Where each fact of the line comes from, joined by ` | `. */
  source: string;
  /** The passages that state them, joined by ` | `. */
  quote: string;
}

const boundWords = { MIN: "au moins", APPROX: "environ", EXACT: "" } as const;
const stateWords = {
  NO_RESULT: "aucun résultat saisi",
  BELOW: "en dessous",
  MET: "atteint",
  ABOVE: "au-dessus",
} as const;
const statusWords = { DUE: "à rendre", RECEIVED: "reçu", LATE: "en retard" } as const;

/** A target in French words: `au moins 260 adhérents`. */
export function targetWords(line: Pick<IndicatorProgress, "bound" | "target" | "unit">): string {
  return [line.bound ? boundWords[line.bound] : "", String(line.target).replace(".", ","), line.unit ?? ""]
    .filter((part) => part !== "")
    .join(" ");
}

/** The review of a programme for a year; null for an unknown programme. */
export async function reviewLines(
  graph: GraphDatabase,
  programmeId: string,
  year: number | null,
  today: string,
): Promise<{ programme: string; year: number; lines: ReviewLine[] } | null> {
  const followUp = await programmeFollowUp(
    (cypher, parameters) => readQuery(graph, cypher, parameters),
    programmeId,
    year,
    today,
  );
  if (!followUp) return null;
  const lines: ReviewLine[] = [];
  for (const fact of await fundingReceived(graph, programmeId)) {
    lines.push({
      section: "Financement",
      group: fact.funder.name,
      action: null,
      line: `${fact.year ?? ""} — ${fact.recipient.name}`,
      target: null,
      value: fact.amount,
      previous: null,
      state: fact.evidence.confidence === "stated" ? "versé" : "non vérifié",
      source: fact.evidence.source,
      quote: fact.evidence.quote,
    });
  }
  for (const axis of followUp.axes) {
    // The page's order: each action's indicators, then the axis's own.
    const byAction = [...axis.actions.flatMap((action) => action.indicators), ...axis.ownIndicators];
    for (const indicator of byAction) {
      const evidence = [indicator.evidence, ...indicator.results.map((result) => result.evidence)];
      lines.push({
        section: "Objectifs et résultats",
        group: axis.axis.name,
        action: indicator.action?.name ?? null,
        line: indicator.indicator.name,
        target: targetWords(indicator),
        value: indicator.achieved,
        previous: indicator.previous?.value ?? null,
        state: stateWords[indicator.state],
        source: evidence
          .map((edge) => (edge.confidence === "unverified" ? `${edge.source} (non vérifié)` : edge.source))
          .join(" | "),
        quote: evidence.map((edge) => edge.quote).join(" | "),
      });
    }
  }
  for (const deliverable of followUp.deliverables) {
    const evidence = [deliverable.evidence, ...(deliverable.fulfilment ? [deliverable.fulfilment] : [])];
    lines.push({
      section: "Livrables",
      group: deliverable.owedBy.name,
      action: null,
      line: deliverable.deliverable.name,
      target: deliverable.deadline ? `échéance ${deliverable.deadline}` : null,
      value: null,
      previous: null,
      state: [statusWords[deliverable.status], deliverable.receivedOn, deliverable.document?.name]
        .filter((part) => part)
        .join(" — "),
      source: evidence.map((edge) => edge.source).join(" | "),
      quote: evidence.map((edge) => edge.quote).join(" | "),
    });
  }
  return { programme: followUp.programme.name, year: followUp.year, lines };
}
