// The columns the convention's tables share, each defined once: same key, header and type
// wherever a table shows a firm, its SIREN, its commune, its territory, its membership, its size or a
// source. A firm is an SME when its register size band is one of `smeSizeBands` (fewer than 250 staff);
// a firm without a size band is counted in no SME count and its SME flag is empty.
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
  sizeBand: { key: "sizeBand", header: "Tranche d'effectif (Sirene)", type: "text" },
  sme: { key: "sme", header: "PME (Sirene)", type: "flag" },
  smeFirms: { key: "smeFirms", header: "Dont PME (Sirene)", type: "integer" },
  revenue: { key: "revenue", header: "Chiffre d'affaires (€)", type: "amount" },
  share: { key: "share", header: "Part du total", type: "percent" },
  source: { key: "source", header: "Source", type: "text" },
} satisfies Record<string, DeliverableColumn | ((territory: string) => DeliverableColumn)>;
