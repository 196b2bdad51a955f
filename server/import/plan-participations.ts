// The participations table (evenement;annee;organisation;role): each row says an organisation took
// part in an event of a year (PARTICIPATED_IN {role, year}); unknown events are created.
import { parseOrganizationKind, parseSiren, parseYear } from "./cell-values.js";
import type { TablePlan } from "./plan-members.js";

/** Plans the facts of a participations table. */
export function planParticipations({ planner, resolver, rows }: TablePlan): void {
  const seen = new Map<string, { line: number; role: string }>();
  for (const row of rows) {
    const eventName = planner.required(row, "event");
    const year = planner.parse(row, "year", parseYear, true);
    const name = planner.required(row, "organization");
    const siren = planner.parse(row, "siren", parseSiren);
    const kind = planner.parse(row, "kind", parseOrganizationKind);
    const role = row.cell("role");
    if (eventName === undefined || year === undefined || name === undefined) continue;
    const organization = resolver.organization(row, {
      field: "organization",
      name,
      siren: siren ?? null,
      id: row.cell("organizationId") || null,
      idField: "organizationId",
      kind: kind ?? null,
    });
    const event = resolver.event(row, "event", eventName, year, row.cell("eventKind") || null);
    if (!organization || !event) continue;
    const key = `${organization.id}|${event}`;
    const earlier = seen.get(key);
    if (earlier) {
      if (earlier.role === role)
        planner.warning(
          row.line,
          null,
          "DUPLICATE_ROW",
          `the same participation as line ${earlier.line}: counted once`,
        );
      else
        planner.error(
          row.line,
          row.header("role"),
          "DUPLICATE_ROW",
          `line ${earlier.line} gives ${name} at ${eventName} ${year} the role "${earlier.role}", this line "${role}": keep one row per organisation and event`,
          role,
        );
      continue;
    }
    seen.set(key, { line: row.line, role });
    planner.relate("PARTICIPATED_IN", `Organization:${organization.id}`, event, row, {
      year,
      ...(role ? { role } : {}),
    });
  }
}
