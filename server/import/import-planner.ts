// The bookkeeping of an import: the problems found (by line and field), the ambiguous matches, the
// facts to write (nodes merged by key, relationships by fact id, evidence on each) and the changes
// to report. The planners of each table (plan-*.ts) fill it row by row.
import {
  factId,
  type Confidence,
  type FactSet,
  type Label,
  type NodeFact,
  type Properties,
  type RelationshipFact,
  type NodeRef,
} from "../../graph/fact-model.js";
import type { Parsed } from "./cell-values.js";
import type { CsvRecord } from "./read-csv.js";
import {
  emptyChanges,
  listLimit,
  type Ambiguity,
  type ChangeGroup,
  type ImportChanges,
  type ImportIssue,
  type IssueCode,
} from "./import-report.js";

/** The key every imported relationship carries: an import restating a fact updates its evidence
 *  instead of adding a twin, and never merges into the fact a document states. */
export const importFactKey = "import";

/** One row being planned: its cells by field, its line and its evidence quote. */
export class PlannedRow {
  readonly quote: string;

  constructor(
    readonly record: CsvRecord,
    private readonly indexOf: Map<string, number>,
    private readonly headerOf: Map<string, string>,
  ) {
    this.quote = `ligne ${record.line} : ${record.raw}`;
  }

  get line(): number {
    return this.record.line;
  }

  /** The trimmed cell of a field, "" when the column is absent or the cell blank. */
  cell(field: string): string {
    const index = this.indexOf.get(field);
    return index === undefined ? "" : (this.record.cells[index] ?? "").trim();
  }

  /** The header of a field as the file writes it. */
  header(field: string): string {
    return this.headerOf.get(field) ?? field;
  }
}

/** How many line numbers a change lists (an organisation may appear on thousands of rows). */
const linesPerChange = 20;

type ChangeLabel = keyof Omit<ImportChanges, "relationships">;

/** Issues, facts and changes of one import. */
export class ImportPlanner {
  readonly errors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  errorCount = 0;
  warningCount = 0;
  readonly ambiguities: Ambiguity[] = [];
  private readonly nodes = new Map<string, NodeFact>();
  private readonly relationships = new Map<string, RelationshipFact>();
  private readonly tracked = new Map<
    string,
    { group: ChangeLabel; state: "created" | "updated" | "unchanged"; lines: number[]; name: string; changes: string[] }
  >();

  constructor(readonly source: string) {}

  /** Records a problem that blocks the import. */
  error(line: number | null, field: string | null, code: IssueCode, message: string, value?: string): void {
    this.errorCount++;
    if (this.errors.length < listLimit) this.errors.push(issue(line, field, code, message, value));
  }

  /** Records something the reader should check; it does not block the import. */
  warning(line: number | null, field: string | null, code: IssueCode, message: string, value?: string): void {
    this.warningCount++;
    if (this.warnings.length < listLimit) this.warnings.push(issue(line, field, code, message, value));
  }

  /** A cell parsed by `parse`; undefined when blank or invalid (the problem is recorded). */
  parse<T>(row: PlannedRow, field: string, parse: (written: string) => Parsed<T>, required = false): T | undefined {
    const written = row.cell(field);
    if (written === "") {
      if (required) this.error(row.line, row.header(field), "MISSING_VALUE", `${row.header(field)} is empty`);
      return undefined;
    }
    const parsed = parse(written);
    if (!parsed.ok) {
      this.error(row.line, row.header(field), "INVALID_VALUE", parsed.reason, written);
      return undefined;
    }
    if (parsed.note) this.warning(row.line, row.header(field), "NOTE", parsed.note, written);
    return parsed.value;
  }

  /** A cell that must not be blank; undefined (with an error) when it is. */
  required(row: PlannedRow, field: string): string | undefined {
    return this.parse(row, field, (written) => ({ ok: true, value: written }), true);
  }

  /** Records an ambiguous match, both as an ambiguity and as a blocking error. */
  ambiguous(row: PlannedRow, field: string, value: string, candidates: Ambiguity["candidates"], hint: string): void {
    if (this.ambiguities.length < listLimit)
      this.ambiguities.push({ line: row.line, field: row.header(field), value, candidates });
    const listed = candidates
      .map((candidate) => `${candidate.name} (${candidate.ref}${candidate.siren ? `, SIREN ${candidate.siren}` : ""})`)
      .join(" or ");
    this.error(row.line, row.header(field), "AMBIGUOUS_MATCH", `"${value}" could be ${listed}; ${hint}`, value);
  }

  /** Adds a node, or merges properties into the one already planned; the import is among its sources. */
  node(label: Label, key: string, properties: Properties, sources: string[] = [this.source]): NodeRef {
    const ref: NodeRef = `${label}:${key}`;
    const planned = this.nodes.get(ref);
    if (planned) Object.assign(planned.properties, properties);
    else this.nodes.set(ref, { label, key, properties: { ...properties }, sources });
    return ref;
  }

  /** Adds a relationship stated by a row, with the row as its quote. Returns false if already planned. */
  relate(
    type: string,
    from: NodeRef,
    to: NodeRef,
    row: PlannedRow,
    properties: Properties = {},
    confidence: Confidence = "stated",
    reason?: string,
  ): boolean {
    const fact: RelationshipFact = {
      type,
      from,
      to,
      key: importFactKey,
      properties,
      source: this.source,
      quote: row.quote,
      confidence,
    };
    if (reason) fact.reason = reason;
    const id = factId(fact);
    if (this.relationships.has(id)) return false;
    this.relationships.set(id, fact);
    return true;
  }

  /** Notes a node the import creates. */
  created(group: ChangeLabel, ref: string, name: string, line: number): void {
    this.track(group, ref, name, line, "created");
  }

  /** Notes a node of the graph the import touches, with what changes (none: unchanged). */
  touched(group: ChangeLabel, ref: string, name: string, line: number, changes: string[] = []): void {
    this.track(group, ref, name, line, changes.length > 0 ? "updated" : "unchanged", changes);
  }

  /** The facts to write. */
  facts(): FactSet {
    return { nodes: [...this.nodes.values()], relationships: [...this.relationships.values()] };
  }

  /** The refs of the nodes the import creates or changes (not those it only names). */
  changedRefs(): string[] {
    return [...this.tracked].filter(([, entry]) => entry.state !== "unchanged").map(([ref]) => ref);
  }

  /** What the import creates and updates, counted and listed. */
  summary(): ImportChanges {
    const changes = emptyChanges();
    for (const [ref, entry] of this.tracked) {
      const group: ChangeGroup = changes[entry.group];
      const change = {
        ref,
        name: entry.name,
        lines: entry.lines,
        ...(entry.changes.length > 0 ? { changes: entry.changes } : {}),
      };
      if (entry.state === "created") {
        group.created++;
        if (group.createdList.length < listLimit) group.createdList.push(change);
      } else if (entry.state === "updated") {
        group.updated++;
        if (group.updatedList.length < listLimit) group.updatedList.push(change);
      } else {
        group.unchanged++;
      }
    }
    changes.relationships = this.relationships.size;
    return changes;
  }

  private track(
    group: ChangeLabel,
    ref: string,
    name: string,
    line: number,
    state: "created" | "updated" | "unchanged",
    changes: string[] = [],
  ): void {
    const entry = this.tracked.get(ref);
    if (!entry) {
      this.tracked.set(ref, { group, state, lines: [line], name, changes: [...changes] });
      return;
    }
    if (entry.lines.length < linesPerChange && !entry.lines.includes(line)) entry.lines.push(line);
    entry.changes.push(...changes.filter((change) => !entry.changes.includes(change)));
    if (entry.state === "unchanged" && changes.length > 0) entry.state = "updated";
  }
}

function issue(
  line: number | null,
  field: string | null,
  code: IssueCode,
  message: string,
  value?: string,
): ImportIssue {
  return value === undefined ? { line, field, code, message } : { line, field, code, message, value };
}
