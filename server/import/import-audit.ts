// The audit entry of a committed import: one Change (action IMPORT) written in the import's own
// transaction, saying who imported which file and what it did, linked by CHANGED to every node the
// import created or changed and to both ends of every relationship it added or restated with new
// evidence — so a node's history shows "imported from adherents.csv by marie".
import type { Transaction } from "neo4j-driver";
import { chunks, groupBy } from "../../graph/collections.js";
import { relationshipShape, type LoadHooks, type LoadReport } from "../../graph/load-facts.js";
import { factId, type RelationshipFact } from "../../graph/fact-model.js";
import { parseNodeRef } from "../../graph/node-ref.js";
import { recordChange, type ChangeRecord } from "../editing/audit-trail.js";
import type { ImportKind } from "./columns.js";
import type { ImportChanges } from "./import-report.js";

/** What the audit entry says of the import. */
export interface ImportAuditInput {
  by: string;
  kind: ImportKind;
  fileName: string;
  source: string;
  sha256: string;
  rows: number;
  relationships: RelationshipFact[];
  /** Nodes the planner found created or changed. */
  changedRefs: () => string[];
  changes: () => ImportChanges;
}

/** The evidence a relationship had before the import wrote it. */
type StoredEvidence = { source: unknown; quote: unknown };

/** Hooks for loadFacts that write the import's Change before the commit; `recorded()` gives it afterwards. */
export function importAudit(input: ImportAuditInput): LoadHooks & { recorded(): ChangeRecord | null } {
  let before = new Map<string, StoredEvidence>();
  let change: ChangeRecord | null = null;
  return {
    async beforeWrite(tx) {
      before = await storedEvidence(tx, input.relationships);
    },
    async beforeCommit(tx, report) {
      change = await recordChange(tx, {
        by: input.by,
        action: "IMPORT",
        entity: input.source,
        why: `${input.kind} import of ${input.fileName}`,
        after: importCounts(input, report),
        touches: [...input.changedRefs(), ...restatedEnds(input.relationships, before)],
      });
    },
    recorded: () => change,
  };
}

/** What the Change's `after` holds: the file and what the import did. */
function importCounts(input: ImportAuditInput, report: LoadReport) {
  const changes = input.changes();
  const counted = (group: ImportChanges["organizations"]) => ({ created: group.created, updated: group.updated });
  return {
    kind: input.kind,
    fileName: input.fileName,
    source: input.source,
    sha256: input.sha256,
    rows: input.rows,
    nodesCreated: report.nodesCreated,
    relationshipsCreated: report.relationshipsCreated,
    propertiesSet: report.propertiesSet,
    relationshipsStated: changes.relationships,
    organizations: counted(changes.organizations),
    events: counted(changes.events),
    projects: counted(changes.projects),
    programmes: counted(changes.programmes),
  };
}

/** Both ends of the relationships that are new, or whose evidence the import changes. */
function restatedEnds(relationships: RelationshipFact[], before: Map<string, StoredEvidence>): string[] {
  return relationships
    .filter((fact) => {
      const stored = before.get(factId(fact));
      return !stored || stored.source !== fact.source || stored.quote !== fact.quote;
    })
    .flatMap((fact) => [fact.from, fact.to]);
}

/** The evidence the planned relationships already have in the graph, by fact id (absent: new). */
async function storedEvidence(
  tx: Transaction,
  relationships: RelationshipFact[],
): Promise<Map<string, StoredEvidence>> {
  const found = new Map<string, StoredEvidence>();
  for (const [, facts] of groupBy(relationships, relationshipShape)) {
    const first = facts[0]!;
    const from = parseNodeRef(first.from);
    const to = parseNodeRef(first.to);
    for (const batch of chunks(facts, 10_000)) {
      const result = await tx.run(
        `UNWIND $rows AS row
         MATCH (:${from.label} {${from.keyProperty}: row.from})-[r:${first.type} {factId: row.factId}]->(:${to.label} {${to.keyProperty}: row.to})
         RETURN row.factId AS factId, r.source AS source, r.quote AS quote`,
        {
          rows: batch.map((fact) => ({
            factId: factId(fact),
            from: parseNodeRef(fact.from).key,
            to: parseNodeRef(fact.to).key,
          })),
        },
      );
      for (const record of result.records)
        found.set(record.get("factId") as string, { source: record.get("source"), quote: record.get("quote") });
    }
  }
  return found;
}
