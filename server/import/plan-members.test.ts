// The members planner over an in-memory snapshot of the graph (no database): what it plans for a
// row, and the problems it reports.
import { describe, expect, it } from "vitest";
import type { GraphSnapshot } from "./graph-snapshot.js";
import { ImportPlanner, PlannedRow } from "./import-planner.js";
import { ImportResolver } from "./import-resolver.js";
import { mapColumns } from "./columns.js";
import { planMembers } from "./plan-members.js";
import { readCsv } from "./read-csv.js";

const snapshot: GraphSnapshot = {
  organizations: [
    { id: "acme", name: "ACME", kind: "COMPANY", siren: null, aliases: [], headcount: 4, revenue: null, isNew: false },
  ],
  events: [],
  programmes: [],
  projects: [],
  markets: [
    { code: "ASD", name: "Aéronautique, spatial, défense" },
    { code: "HEALTH", name: "Santé" },
  ],
  poleExists: true,
};

/** Plans a members file and returns the planner and the resolver. */
function plan(lines: string[]) {
  const table = readCsv(lines.join("\n"));
  const mapping = mapColumns("members", table.header);
  const planner = new ImportPlanner("import:members:test.csv:000000000000");
  const resolver = new ImportResolver(planner, snapshot);
  planMembers({
    planner,
    resolver,
    pole: "pmt",
    rows: table.records.map((record) => new PlannedRow(record, mapping.indexOf, mapping.headerOf)),
  });
  return { planner, resolver };
}

const header = "nom;siren;commune;effectif;chiffre_affaires;marches";

describe("planMembers", () => {
  it("plans a new member: node, membership, location and markets, each with the row as evidence", () => {
    const { planner } = plan([header, "Nouvelle;;Besançon;3;1,5 M€;santé | aéronautique"]);
    const facts = planner.facts();
    expect(facts.nodes).toEqual([
      {
        label: "Organization",
        key: "nouvelle",
        properties: { name: "Nouvelle", kind: "COMPANY", country: "FR", headcount: 3, revenue: 1_500_000 },
        sources: ["import:members:test.csv:000000000000"],
      },
    ]);
    expect(facts.relationships.map((fact) => `${fact.type} ${fact.to} ${fact.confidence} ${fact.key}`)).toEqual([
      "MEMBER_OF Organization:pmt stated import",
      "LOCATED_IN Commune:25056 stated import",
      "ACTIVE_IN Market:HEALTH stated import",
      "ACTIVE_IN Market:ASD stated import",
    ]);
    expect(new Set(facts.relationships.map((fact) => fact.quote))).toEqual(
      new Set(["ligne 2 : Nouvelle;;Besançon;3;1,5 M€;santé | aéronautique"]),
    );
  });

  it("links a former commune to the one it merged into, as unverified with the reason", () => {
    const { planner } = plan([header, "Au Gratteris;;Le Gratteris;;;"]);
    const location = planner.facts().relationships.find((fact) => fact.type === "LOCATED_IN");
    expect(location).toMatchObject({
      to: "Commune:25364",
      confidence: "unverified",
      reason: expect.stringMatching(/former commune merged into 25364/),
    });
  });

  it("reports a repeated member, a bad SIREN, an unknown market, and a blank commune", () => {
    const { planner } = plan([header, "ACME;;Thise;5;;", "acme;;Thise;5;;", "Autre;123;;;;horlogerie"]);
    expect(planner.errors.map(({ line, field, code }) => [line, field, code])).toEqual([
      [3, "nom", "DUPLICATE_ROW"],
      [4, "siren", "INVALID_VALUE"],
      [4, "commune", "MISSING_VALUE"],
      [4, "marches", "UNKNOWN_MARKET"],
    ]);
    expect(planner.summary().organizations.updatedList).toEqual([
      { ref: "Organization:acme", name: "ACME", lines: [2], changes: ["headcount: 4 → 5"] },
    ]);
  });
});
