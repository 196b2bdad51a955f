// The R&D projects table of the convention's annexe 3 (projet;partenaires;programme;montant_total;
// aide_publique;brevets;emplois): each row is one project, its partners (TAKES_PART_IN), its
// programme (PART_OF), its markets (TARGETS) and its figures on the Project node.
import type { Properties } from "../../graph/fact-model.js";
import { parseAmount, parseCount, parseYear, splitList } from "./cell-values.js";
import type { TablePlan } from "./plan-members.js";

/** Plans the facts of a projects table. */
export function planProjects({ planner, resolver, rows }: TablePlan): void {
  const projectLines = new Map<string, number>();
  for (const row of rows) {
    const name = planner.required(row, "project");
    const partners = splitList(row.cell("partners"));
    if (partners.length === 0)
      planner.error(
        row.line,
        row.header("partners"),
        "MISSING_VALUE",
        `${row.header("partners")} is empty: name at least one partner`,
      );
    const year = planner.parse(row, "year", parseYear);
    const totalAmount = planner.parse(row, "totalAmount", parseAmount);
    const publicAid = planner.parse(row, "publicAid", parseAmount);
    const figures = definedProperties({
      totalAmount,
      publicAid,
      currency: totalAmount !== undefined || publicAid !== undefined ? "EUR" : undefined,
      patentsFiled: planner.parse(row, "patents", parseCount),
      jobsCreatedOrKept: planner.parse(row, "jobs", parseCount),
      year,
      status: row.cell("status") || undefined,
    });
    if (totalAmount !== undefined && publicAid !== undefined && publicAid > totalAmount) {
      planner.warning(
        row.line,
        row.header("publicAid"),
        "NOTE",
        `the public aid (${publicAid}) exceeds the project's total amount (${totalAmount})`,
      );
    }
    const markets = resolver.marketsOf(row, "markets", splitList(row.cell("markets")));
    if (name === undefined) continue;
    const project = resolver.project(row, "project", name, figures, projectLines);
    const programmeName = row.cell("programme");
    const programme = programmeName ? resolver.programme(row, "programme", programmeName) : null;
    const organizations = partners.map((partner) => resolver.organization(row, { field: "partners", name: partner }));
    if (!project) continue;
    if (programme) planner.relate("PART_OF", project, programme, row);
    for (const market of markets) planner.relate("TARGETS", project, market, row);
    for (const organization of organizations) {
      if (!organization) continue;
      if (organization.isNew && organization.line === row.line) {
        planner.warning(
          row.line,
          row.header("partners"),
          "NOTE",
          `no organisation of the graph is named "${organization.name}": it will be created as a ${organization.kind}; correct its kind afterwards if needed`,
          organization.name,
        );
      }
      planner.relate("TAKES_PART_IN", `Organization:${organization.id}`, project, row, {
        role: "partenaire",
        ...(year !== undefined ? { year } : {}),
      });
    }
  }
}

/** The properties whose value is given (a blank cell states nothing, so it changes nothing). */
function definedProperties(values: Record<string, string | number | undefined>): Properties {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string | number] => entry[1] !== undefined),
  );
}
