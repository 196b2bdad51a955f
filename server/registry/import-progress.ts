// Where a register import stands while it reads, for the admin who sent the files: one
// `RegistryImportRun` node per upload, its counts restated as the rows stream by (at most every
// `everyMs`), read back by the `registryImportProgress` query. It lives in Neo4j, not in this
// process, so the page polling it may reach any instance behind the load balancer. A run is
// bookkeeping, not a fact: no analyst question reads it, and runs older than a day are deleted.
import { randomUUID } from "node:crypto";
import neo4j from "neo4j-driver";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import type { RegistryImportProgress } from "./registry-import.js";

/** The stages of a run. */
export type ImportRunState = "READING" | "DONE" | "FAILED";

/** A run as the API gives it. */
export interface ImportRunView {
  id: string;
  state: ImportRunState;
  file: string;
  rowsRead: number;
  kept: number;
  secondaryKept: number;
  companiesRead: number;
  companiesKept: number;
  startedAt: string;
  updatedAt: string;
  message: string | null;
}

/** A progress id as a client chooses it: a UUID. */
export function isProgressId(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** The counts of a run, from the reader's progress. */
function counts(progress: RegistryImportProgress): Record<string, number | string> {
  return progress.file === "establishments"
    ? {
        file: "establishments",
        rowsRead: progress.stats.rows,
        kept: progress.stats.kept,
        secondaryKept: progress.stats.secondaryKept,
      }
    : { file: "units", companiesRead: progress.stats.rows, companiesKept: progress.stats.kept };
}

/** Writes one run's progress: restated at most every `everyMs`, one write at a time, the last one kept. */
export class ImportProgressWriter {
  private latest: Record<string, unknown> | null = null;
  private writing: Promise<void> = Promise.resolve();
  private lastWrite = 0;

  constructor(
    private readonly graph: GraphDatabase,
    readonly id: string = randomUUID(),
    private readonly everyMs = 500,
  ) {}

  /** Creates the run (READING), after deleting runs older than a day. */
  async start(by: string): Promise<void> {
    await this.run(
      `MATCH (old:RegistryImportRun) WHERE old.updatedAt < toString(datetime() - duration('P1D')) DELETE old
       WITH count(*) AS cleared
       MERGE (r:RegistryImportRun {id: $id})
       SET r.by = $by, r.state = 'READING', r.file = 'establishments', r.rowsRead = 0, r.kept = 0,
           r.secondaryKept = 0, r.companiesRead = 0, r.companiesKept = 0,
           r.startedAt = toString(datetime()), r.updatedAt = toString(datetime())`,
      { id: this.id, by },
    );
  }

  /** Notes the reader's counts; written now unless a write is recent or under way. */
  update(progress: RegistryImportProgress): void {
    // Merged: the establishment file's last counts, not yet written, survive the company file's first.
    this.latest = { ...this.latest, ...counts(progress) };
    if (Date.now() - this.lastWrite >= this.everyMs) this.flush();
  }

  /** Marks the run done or failed, with its last counts. */
  async finish(state: Exclude<ImportRunState, "READING">, message?: string): Promise<void> {
    this.flush();
    await this.writing;
    await this.run(
      `MATCH (r:RegistryImportRun {id: $id}) SET r.state = $state, r.message = $message, r.updatedAt = toString(datetime())`,
      { id: this.id, state, message: message ?? null },
    );
  }

  /** Writes the latest counts after the write under way. */
  private flush(): void {
    const values = this.latest;
    if (!values) return;
    this.latest = null;
    this.lastWrite = Date.now();
    this.writing = this.writing.then(() =>
      this.run(`MATCH (r:RegistryImportRun {id: $id}) SET r += $values, r.updatedAt = toString(datetime())`, {
        id: this.id,
        values,
      }).catch(() => {
        // Progress is advisory: a lost restatement never fails the import (the next one, or its report, says it).
      }),
    );
  }

  /**
   * One auto-commit write (itself a transaction): bookkeeping, so not through writeTransaction, which
   * would drop the caches computed from the graph every time the counts move.
   */
  private async run(cypher: string, parameters: Record<string, unknown>): Promise<void> {
    await this.graph.driver.executeQuery(cypher, parameters, {
      database: this.graph.database,
      routing: neo4j.routing.WRITE,
    });
  }
}

/** A run by id, or null (unknown, or older than a day). */
export async function findImportRun(graph: GraphDatabase, id: string): Promise<ImportRunView | null> {
  const [record] = await readQuery(graph, "MATCH (r:RegistryImportRun {id: $id}) RETURN r", { id });
  if (!record) return null;
  const props = (record.get("r") as { properties: Record<string, unknown> }).properties;
  const count = (name: string) => {
    const value = props[name] ?? 0;
    return neo4j.isInt(value) ? value.toNumber() : Number(value);
  };
  return {
    id,
    state: props.state as ImportRunState,
    file: String(props.file),
    rowsRead: count("rowsRead"),
    kept: count("kept"),
    secondaryKept: count("secondaryKept"),
    companiesRead: count("companiesRead"),
    companiesKept: count("companiesKept"),
    startedAt: String(props.startedAt),
    updatedAt: String(props.updatedAt),
    message: typeof props.message === "string" ? props.message : null,
  };
}
