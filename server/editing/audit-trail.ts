import { randomUUID } from "node:crypto";
import type { ManagedTransaction, Node, Transaction } from "neo4j-driver";
import { chunks } from "../../graph/collections.js";
import { parseNodeRef } from "../../graph/node-ref.js";
import type { Change, ChangeAction, ResolversParentTypes } from "../__generated__/resolvers-types.js";

/** The audit relationship, left out of every analyst answer. */
export const auditRelationshipType = "CHANGED";

export type { ChangeAction };

/** How many nodes one statement links to a change (an import may touch 100,000). */
const linkBatchSize = 10_000;

/** A change as stored: the schema's Change but what its resolvers compute (`revertible`). */
export type StoredChange = Omit<Change, "revertible">;

/** A change as the resolvers receive it (StoredChange, the Change type's mapper in codegen.ts). */
export type ChangeRecord = ResolversParentTypes["Change"];

export interface NewChange {
  by: string;
  action: ChangeAction;
  entity: string;
  relationship?: string | undefined;
  why: string;
  before?: unknown;
  after?: unknown;
  revertOf?: string | undefined;
  /** Refs of the nodes the change concerns, linked by CHANGED so their history finds it. */
  touches: string[];
}

/** Writes a Change node in the edit's (or the import's) own transaction, linked to the nodes it concerns. */
export async function recordChange(tx: ManagedTransaction | Transaction, change: NewChange): Promise<ChangeRecord> {
  const result = await tx.run(
    `CREATE (c:Change {id: $id, at: toString(datetime()), by: $by, action: $action, entity: $entity,
                       relationship: $relationship, why: $why, before: $before, after: $after, revertOf: $revertOf})
     RETURN c`,
    {
      id: randomUUID(),
      by: change.by,
      action: change.action,
      entity: change.entity,
      relationship: change.relationship ?? null,
      why: change.why,
      before: change.before === undefined ? null : JSON.stringify(change.before),
      after: change.after === undefined ? null : JSON.stringify(change.after),
      revertOf: change.revertOf ?? null,
    },
  );
  const record = toChangeRecord(result.records[0]!.get("c") as Node);
  await linkChange(tx, record.id, change.touches);
  return record;
}

/** Links a change to the nodes it concerns, label by label, in batches. */
async function linkChange(tx: ManagedTransaction | Transaction, id: string, touches: string[]): Promise<void> {
  const keysByLabel = new Map<string, { keyProperty: string; keys: string[] }>();
  for (const ref of new Set(touches)) {
    const parsed = parseNodeRef(ref);
    const entry = keysByLabel.get(parsed.label) ?? { keyProperty: parsed.keyProperty, keys: [] };
    entry.keys.push(parsed.key);
    keysByLabel.set(parsed.label, entry);
  }
  for (const [label, { keyProperty, keys }] of keysByLabel) {
    for (const batch of chunks(keys, linkBatchSize)) {
      await tx.run(
        `MATCH (c:Change {id: $id}) UNWIND $keys AS key MATCH (n:${label} {${keyProperty}: key}) MERGE (c)-[:${auditRelationshipType}]->(n)`,
        { id, keys: batch },
      );
    }
  }
}

/** The API's view of a Change node. */
export function toChangeRecord(node: Node): ChangeRecord {
  const props = node.properties as Record<string, unknown>;
  const text = (name: string) => (typeof props[name] === "string" ? (props[name] as string) : null);
  return {
    id: String(props.id),
    at: String(props.at),
    by: String(props.by),
    action: props.action as ChangeAction,
    entity: String(props.entity),
    relationship: text("relationship"),
    why: String(props.why),
    before: text("before"),
    after: text("after"),
    revertOf: text("revertOf"),
    revertedBy: text("revertedBy"),
  };
}
