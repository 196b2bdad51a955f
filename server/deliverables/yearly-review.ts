// The funder's yearly review as a table (XLSX, CSV): funding received, targets against results by
// axis, deliverables and their status, each line with its source and quote (server/follow-up).
import { reviewLines } from "../follow-up/review-lines.js";
import { isoToday } from "../follow-up/progress.js";
import { DeliverableError, type DeliverableDefinition } from "./deliverable-table.js";
import { sharedColumns } from "./deliverable-columns.js";

export const yearlyReview: DeliverableDefinition = {
  id: "yearly-review",
  title: "Bilan annuel du programme",
  reference: "Convention 2024, article 3 — rapport d'activité, indicateurs des annexes 1 et 3",
  description:
    "Le bilan de l'année pour le financeur : financements reçus par financeur et par année, objectifs et résultats par axe et par action, livrables et leur état, chaque ligne avec sa source et sa citation.",
  params: ["year", "programme"],
  async build(reader, params) {
    if (!params.programme)
      throw new DeliverableError(
        "the yearly review needs a programme id, or a year (programme pmt-animation-<year>)",
        "BAD_USER_INPUT",
      );
    const review = await reviewLines(reader, params.programme, params.year, isoToday());
    if (!review) throw new DeliverableError(`no programme has the id "${params.programme}"`, "NOT_FOUND");
    return {
      columns: [
        { key: "section", header: "Rubrique", type: "text" },
        { key: "group", header: "Financeur, axe ou débiteur", type: "text" },
        { key: "action", header: "Action", type: "text" },
        { key: "line", header: "Ligne", type: "text" },
        { key: "target", header: "Objectif ou échéance", type: "text" },
        { key: "value", header: "Montant ou réalisé", type: "amount" },
        { key: "previous", header: `Réalisé ${review.year - 1}`, type: "amount" },
        { key: "state", header: "État", type: "text" },
        sharedColumns.source,
        { key: "quote", header: "Citation", type: "text" },
      ],
      rows: review.lines.map((line) => ({ ...line })),
    };
  },
};
