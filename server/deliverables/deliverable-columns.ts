// The columns the convention's tables share, each defined once: same key, header and type
// wherever a table shows a firm, its SIREN, its commune, its territory, its membership or a source.
import type { DeliverableColumn } from "./deliverable-table.js";

/** The columns shared by several tables; those naming a territory take its label. */
export const sharedColumns = {
  firm: { key: "firm", header: "Entreprise", type: "text" },
  siren: { key: "siren", header: "SIREN", type: "text" },
  commune: { key: "commune", header: "Commune", type: "text" },
  communeIn: (territory: string): DeliverableColumn => ({
    key: "commune",
    header: `Commune (territoire ${territory})`,
    type: "text",
  }),
  inTerritory: (territory: string): DeliverableColumn => ({
    key: "inTerritory",
    header: `Territoire ${territory}`,
    type: "flag",
  }),
  firms: { key: "firms", header: "Nombre d'entreprises", type: "integer" },
  territoryFirms: (territory: string): DeliverableColumn => ({
    key: "territoryFirms",
    header: `Entreprises du territoire ${territory}`,
    type: "integer",
  }),
  member: { key: "member", header: "Adhérent du pôle", type: "flag" },
  markets: { key: "markets", header: "Marchés", type: "text" },
  kind: { key: "kind", header: "Type", type: "text" },
  role: { key: "role", header: "Rôle", type: "text" },
  year: { key: "year", header: "Année", type: "integer" },
  headcount: { key: "headcount", header: "Effectif", type: "integer" },
  revenue: { key: "revenue", header: "Chiffre d'affaires (€)", type: "amount" },
  share: { key: "share", header: "Part du total", type: "percent" },
  source: { key: "source", header: "Source", type: "text" },
} satisfies Record<string, DeliverableColumn | ((territory: string) => DeliverableColumn)>;
