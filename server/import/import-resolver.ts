// Resolves what a row names — organisations, communes, markets, events, programmes, projects — to
// nodes of the graph or new ones, and plans their node facts. Problems go to the planner.
import { communeNodeFact } from "../../graph/communes/gbm-territory.js";
import { slugId } from "../../graph/slug.js";
import type { NodeRef, Properties } from "../../graph/fact-model.js";
import { communeCellResolver } from "./commune-cell.js";
import type { GraphSnapshot } from "./graph-snapshot.js";
import type { ImportPlanner, PlannedRow } from "./import-planner.js";
import { marketResolver } from "./market-cell.js";
import { NamedIndex, uniqueId, type NamedNode } from "./named-index.js";
import { OrganizationMatcher, type KnownOrganization } from "./organization-matcher.js";

/** What a row says of an organisation. */
export interface OrganizationCells {
  /** The field holding the name (for the report). */
  field: string;
  name: string;
  siren?: string | null;
  id?: string | null;
  /** The field holding the id, when not `id`. */
  idField?: string;
  kind?: string | null;
}

/** A commune link to make: the node, and the confidence it deserves. */
export interface CommuneLink {
  ref: NodeRef;
  confidence: "stated" | "unverified";
  reason?: string;
}

/** Entity resolution for one import, over a snapshot of the graph. */
export class ImportResolver {
  private readonly organizations: OrganizationMatcher;
  private readonly events: NamedIndex;
  private readonly programmes: NamedIndex;
  private readonly projects: NamedIndex;
  private readonly commune = communeCellResolver();
  private readonly market: ReturnType<typeof marketResolver>;
  /** INSEE codes linked to (and the first line naming each), to create the Commune nodes the graph lacks. */
  readonly communeCodes = new Map<string, number>();

  constructor(
    private readonly planner: ImportPlanner,
    snapshot: GraphSnapshot,
  ) {
    this.organizations = new OrganizationMatcher(snapshot.organizations);
    this.events = new NamedIndex(snapshot.events, true);
    this.programmes = new NamedIndex(snapshot.programmes, false);
    this.projects = new NamedIndex(snapshot.projects, false);
    this.market = marketResolver(snapshot.markets);
  }

  /** The organisation a row names: matched (id, SIREN, name), or new; null on a problem. With
   *  `oncePerFile`, an organisation already named on another line is a DUPLICATE_ROW error. */
  organization(row: PlannedRow, cells: OrganizationCells, oncePerFile?: Map<string, number>): KnownOrganization | null {
    const match = this.organizations.match(cells);
    const earlier = match.status === "matched" ? oncePerFile?.get(match.organization.id) : undefined;
    if (earlier !== undefined) {
      this.planner.error(
        row.line,
        row.header(cells.field),
        "DUPLICATE_ROW",
        `"${cells.name}" is the same organisation as on line ${earlier}: give each one row`,
        cells.name,
      );
      return null;
    }
    switch (match.status) {
      case "unknown-id":
        this.planner.error(row.line, row.header(cells.idField ?? "id"), "UNKNOWN_ID", match.reason, cells.id ?? "");
        return null;
      case "ambiguous": {
        const candidates = match.candidates.map((candidate) => ({
          ref: `Organization:${candidate.id}`,
          name: candidate.name,
          siren: candidate.siren,
        }));
        const hint =
          match.via === "siren"
            ? "several organisations of the graph share this SIREN: merge them, or give the Maillage id in an id column"
            : "give its SIREN, or its Maillage id in an id column, to choose";
        this.planner.ambiguous(
          row,
          match.via === "siren" ? "siren" : cells.field,
          match.via === "siren" ? cells.siren! : cells.name,
          candidates,
          hint,
        );
        return null;
      }
      case "conflict":
        this.planner.error(row.line, row.header("siren"), "SIREN_CONFLICT", match.reason, cells.siren ?? "");
        return null;
      case "matched":
        oncePerFile?.set(match.organization.id, row.line);
        return this.matchedOrganization(row, cells, match.organization);
      case "unmatched": {
        const organization = this.newOrganization(row, cells);
        oncePerFile?.set(organization.id, row.line);
        return organization;
      }
    }
  }

  /** Sets figures stated by a row (headcount, turnover…) on an organisation, noting what changes. */
  organizationFigures(
    row: PlannedRow,
    organization: KnownOrganization,
    figures: { headcount?: number; revenue?: number },
  ): void {
    const changes: string[] = [];
    const properties: Properties = {};
    for (const name of ["headcount", "revenue"] as const) {
      const value = figures[name];
      if (value === undefined) continue;
      properties[name] = value;
      if (!organization.isNew && organization[name] !== value)
        changes.push(`${name}: ${organization[name] ?? "—"} → ${value}`);
      organization[name] = value;
    }
    this.planner.node("Organization", organization.id, properties);
    if (!organization.isNew)
      this.planner.touched("organizations", `Organization:${organization.id}`, organization.name, row.line, changes);
  }

  /** The current commune a cell names (INSEE reference); null, with an error, when unknown. */
  communeOf(row: PlannedRow, field: string): CommuneLink | null {
    const written = row.cell(field);
    const resolved = this.commune(written);
    if (!resolved.ok) {
      this.planner.error(row.line, row.header(field), "UNKNOWN_COMMUNE", resolved.reason, written);
      return null;
    }
    if (!this.communeCodes.has(resolved.code)) this.communeCodes.set(resolved.code, row.line);
    const link: CommuneLink = { ref: `Commune:${resolved.code}`, confidence: resolved.confidence };
    if (resolved.reason) link.reason = resolved.reason;
    return link;
  }

  /** The markets a list cell names; unknown ones are errors. */
  marketsOf(row: PlannedRow, field: string, items: string[]): NodeRef[] {
    const refs: NodeRef[] = [];
    for (const item of items) {
      const resolved = this.market(item);
      if (resolved.ok) refs.push(`Market:${resolved.code}`);
      else this.planner.error(row.line, row.header(field), "UNKNOWN_MARKET", resolved.reason, item);
    }
    return [...new Set(refs)];
  }

  /** The event of that name and year: matched, or new; null when ambiguous. */
  event(row: PlannedRow, field: string, name: string, year: number, kind: string | null): NodeRef | null {
    const match = this.events.find(name, year);
    if (match.status === "matched") return this.touchedNamed("Event", "events", match.node, row);
    if (match.status === "ambiguous") {
      this.ambiguousNamed(row, field, name, "Event", match.candidates);
      return null;
    }
    const base = new RegExp(`\\b${year}$`, "u").test(name.trim()) ? name : `${name} ${year}`;
    const node: NamedNode = {
      id: this.events.newId(base, `evenement-${year}`),
      name,
      year,
      aliases: [],
      isNew: true,
      line: row.line,
    };
    this.events.add(node);
    this.planner.created("events", `Event:${node.id}`, name, row.line);
    return this.planner.node("Event", node.id, { name, year, ...(kind ? { kind } : {}) });
  }

  /** The programme of that name: matched (name, alias, id), or new with a warning; null when ambiguous. */
  programme(row: PlannedRow, field: string, name: string): NodeRef | null {
    const match = this.programmes.find(name);
    if (match.status === "matched") return this.touchedNamed("Programme", "programmes", match.node, row);
    if (match.status === "ambiguous") {
      this.ambiguousNamed(row, field, name, "Programme", match.candidates);
      return null;
    }
    const node: NamedNode = {
      id: this.programmes.newId(name, "programme"),
      name,
      year: null,
      aliases: [],
      isNew: true,
      line: row.line,
    };
    this.programmes.add(node);
    this.planner.created("programmes", `Programme:${node.id}`, name, row.line);
    this.planner.warning(
      row.line,
      row.header(field),
      "NOTE",
      `no programme of the graph is named "${name}": a new programme will be created (check the spelling if it should exist)`,
      name,
    );
    return this.planner.node("Programme", node.id, { name, kind: "PROGRAMME" });
  }

  /** The project of that name: matched and updated, or new; null when ambiguous or listed twice. */
  project(
    row: PlannedRow,
    field: string,
    name: string,
    properties: Properties,
    known: Map<string, number>,
  ): NodeRef | null {
    const match = this.projects.find(name);
    if (match.status === "ambiguous") {
      this.ambiguousNamed(row, field, name, "Project", match.candidates);
      return null;
    }
    const node =
      match.status === "matched"
        ? match.node
        : { id: this.projects.newId(name, "projet"), name, year: null, aliases: [], isNew: true, line: row.line };
    const earlier = known.get(node.id);
    if (earlier !== undefined) {
      this.planner.error(
        row.line,
        row.header(field),
        "DUPLICATE_ROW",
        `the project "${name}" is already on line ${earlier}: give each project one row`,
        name,
      );
      return null;
    }
    known.set(node.id, row.line);
    const ref = `Project:${node.id}` as const;
    if (node.isNew) {
      this.projects.add(node);
      this.planner.created("projects", ref, name, row.line);
      return this.planner.node("Project", node.id, { name, ...properties });
    }
    const before = node.properties ?? {};
    const changes = Object.entries(properties)
      .filter(([property, value]) => JSON.stringify(before[property]) !== JSON.stringify(value))
      .map(([property, value]) => `${property}: ${JSON.stringify(before[property] ?? "—")} → ${JSON.stringify(value)}`);
    this.planner.touched("projects", ref, node.name, row.line, changes);
    return this.planner.node("Project", node.id, properties);
  }

  /** Commune nodes for the linked INSEE codes the graph lacks (reference data, not the import's). */
  addMissingCommunes(missing: string[]): void {
    for (const code of missing) {
      const fact = communeNodeFact(code);
      this.planner.node("Commune", code, fact.properties, fact.sources);
      this.planner.created(
        "communes",
        `Commune:${code}`,
        String(fact.properties.name),
        this.communeCodes.get(code) ?? 0,
      );
    }
  }

  private matchedOrganization(
    row: PlannedRow,
    cells: OrganizationCells,
    organization: KnownOrganization,
  ): KnownOrganization {
    const changes: string[] = [];
    const properties: Properties = {};
    if (cells.siren && !organization.siren) {
      this.organizations.setSiren(organization, cells.siren);
      properties.siren = cells.siren;
      changes.push(`siren: — → ${cells.siren}`);
    }
    if (!this.organizations.knowsName(organization, cells.name)) {
      this.organizations.addAlias(organization, cells.name);
      properties.aliases = [...organization.aliases];
      changes.push(`alias: + ${cells.name}`);
    }
    if (cells.kind && organization.kind && cells.kind !== organization.kind) {
      this.planner.warning(
        row.line,
        row.header("kind"),
        "NOTE",
        `"${organization.name}" is a ${organization.kind} in the graph; the row says ${cells.kind}: the graph's kind is kept`,
        cells.kind,
      );
    }
    this.planner.node("Organization", organization.id, properties);
    if (organization.isNew) return organization;
    this.planner.touched("organizations", `Organization:${organization.id}`, organization.name, row.line, changes);
    return organization;
  }

  private newOrganization(row: PlannedRow, cells: OrganizationCells): KnownOrganization {
    const base = slugId(cells.name) || "organisation";
    const preferred = cells.siren && this.organizations.hasId(base) ? `${base}-${cells.siren}` : base;
    const id = uniqueId(preferred, (candidate) => this.organizations.hasId(candidate));
    const organization: KnownOrganization = {
      id,
      name: cells.name,
      kind: cells.kind ?? "COMPANY",
      siren: cells.siren ?? null,
      aliases: [],
      headcount: null,
      revenue: null,
      isNew: true,
      line: row.line,
    };
    this.organizations.add(organization);
    this.planner.created("organizations", `Organization:${id}`, cells.name, row.line);
    this.planner.node("Organization", id, {
      name: cells.name,
      kind: organization.kind!,
      ...(cells.siren ? { siren: cells.siren, country: "FR" } : {}),
    });
    return organization;
  }

  private touchedNamed(
    label: "Event" | "Programme",
    group: "events" | "programmes",
    node: NamedNode,
    row: PlannedRow,
  ): NodeRef {
    if (!node.isNew) this.planner.touched(group, `${label}:${node.id}`, node.name, row.line);
    return this.planner.node(label, node.id, {});
  }

  private ambiguousNamed(row: PlannedRow, field: string, name: string, label: string, candidates: NamedNode[]): void {
    const listed = candidates.map((candidate) => ({
      ref: `${label}:${candidate.id}`,
      name: candidate.name,
      siren: null,
    }));
    this.planner.ambiguous(
      row,
      field,
      name,
      listed,
      "write the Maillage id of the one you mean in the cell instead of its name",
    );
  }
}
