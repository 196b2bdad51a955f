// The members table (nom;siren;commune;effectif;chiffre_affaires;marches): each row is one member
// of the pole, with its commune (LOCATED_IN), its markets (ACTIVE_IN) and its figures.
import type { NodeRef } from "../../graph/fact-model.js";
import { parseAmount, parseCount, parseOrganizationKind, parseSiren, parseYear, splitList } from "./cell-values.js";
import type { ImportPlanner, PlannedRow } from "./import-planner.js";
import type { ImportResolver } from "./import-resolver.js";

export interface TablePlan {
  planner: ImportPlanner;
  resolver: ImportResolver;
  rows: PlannedRow[];
  /** The pole members are members of (`pmt`). */
  pole: string;
}

/** Plans the facts of a members table: MEMBER_OF the pole, LOCATED_IN, ACTIVE_IN, headcount and turnover. */
export function planMembers({ planner, resolver, rows, pole }: TablePlan): void {
  const poleRef: NodeRef = `Organization:${pole}`;
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    const name = planner.required(row, "name");
    const siren = planner.parse(row, "siren", parseSiren);
    const kind = planner.parse(row, "kind", parseOrganizationKind);
    const year = planner.parse(row, "year", parseYear);
    const headcount = planner.parse(row, "headcount", parseCount);
    const revenue = planner.parse(row, "revenue", parseAmount);
    const commune = planner.required(row, "commune") === undefined ? null : resolver.communeOf(row, "commune");
    const markets = resolver.marketsOf(row, "markets", splitList(row.cell("markets")));
    if (name === undefined) continue;
    const organization = resolver.organization(
      row,
      { field: "name", name, siren: siren ?? null, id: row.cell("id") || null, kind: kind ?? null },
      firstLine,
    );
    if (!organization) continue;
    const ref: NodeRef = `Organization:${organization.id}`;
    if (organization.isNew) planner.node("Organization", organization.id, { country: "FR" });
    resolver.organizationFigures(row, organization, {
      ...(headcount !== undefined ? { headcount } : {}),
      ...(revenue !== undefined ? { revenue } : {}),
    });
    planner.relate("MEMBER_OF", ref, poleRef, row, year !== undefined ? { year } : {});
    if (commune) planner.relate("LOCATED_IN", ref, commune.ref, row, {}, commune.confidence, commune.reason);
    for (const market of markets) planner.relate("ACTIVE_IN", ref, market, row);
  }
}
