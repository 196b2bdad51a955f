// The funding table of a programme (convention 2024, annexe 2): who funds it, how much, public or
// private, with the private revenue lines and the sub-totals — from analytics' programmeFunding.
import { programmeFunding } from "../analytics/funding.js";
import type { GraphEdge } from "../../graph/graph-values.js";
import { DeliverableError, type DeliverableDefinition, type DeliverableRow } from "./deliverable-table.js";
import { sharedColumns } from "./deliverable-columns.js";

const sectorLabels = { PUBLIC: "public", PRIVATE: "privé" } as const;

/** True when the evidence marks the amount as a forecast. */
function isForecast(evidence: GraphEdge): boolean {
  return evidence.properties.some((property) => property.name === "forecast" && property.value === "true");
}

export const fundingTable: DeliverableDefinition = {
  id: "programme-funding",
  title: "Plan de financement du programme",
  reference: "Convention 2024, annexe 2 — budget prévisionnel",
  description:
    "Les financeurs du programme et leurs montants, publics et privés, les recettes privées, les sous-totaux et la part de chacun.",
  params: ["year", "programme"],
  async build(reader, params) {
    if (!params.programme)
      throw new DeliverableError(
        "the funding table needs a programme id, or a year (programme pmt-animation-<year>)",
        "BAD_USER_INPUT",
      );
    const funding = await programmeFunding(reader, params.programme);
    if (!funding) throw new DeliverableError(`no programme has the id "${params.programme}"`, "NOT_FOUND");
    const share = (amount: number) => (funding.total > 0 ? amount / funding.total : null);
    const rows: DeliverableRow[] = [
      ...funding.byFunder.map((fund) => ({
        line: "financeur",
        name: fund.funder.name,
        sector: sectorLabels[fund.sector],
        amount: fund.amount,
        year: fund.year,
        share: share(fund.amount),
        forecast: isForecast(fund.evidence),
        source: fund.evidence.source,
      })),
      ...funding.budgetLines
        .filter((line) => line.side === "REVENUE" && line.sector === "PRIVATE")
        .map((line) => ({
          line: "recette",
          name: line.line.name,
          sector: sectorLabels.PRIVATE,
          amount: line.amount,
          year: line.line.year,
          share: share(line.amount),
          forecast: line.line.properties.some((property) => property.name === "forecast" && property.value === "true"),
          source: line.evidence.source,
        })),
      {
        line: "sous-total",
        name: "Sous-total public",
        sector: sectorLabels.PUBLIC,
        amount: funding.public,
        year: null,
        share: share(funding.public),
        forecast: null,
        source: null,
      },
      {
        line: "sous-total",
        name: "Sous-total privé",
        sector: sectorLabels.PRIVATE,
        amount: funding.private,
        year: null,
        share: share(funding.private),
        forecast: null,
        source: null,
      },
      {
        line: "total",
        name: `Total — ${funding.programme.name}`,
        sector: null,
        amount: funding.total,
        year: null,
        share: funding.total > 0 ? 1 : null,
        forecast: null,
        source: null,
      },
    ];
    return {
      columns: [
        { key: "line", header: "Ligne", type: "text" },
        { key: "name", header: "Financeur ou recette", type: "text" },
        { key: "sector", header: "Public / privé", type: "text" },
        { key: "amount", header: "Montant (€)", type: "amount" },
        sharedColumns.year,
        sharedColumns.share,
        { key: "forecast", header: "Prévisionnel", type: "flag" },
        sharedColumns.source,
      ],
      rows,
    };
  },
};
