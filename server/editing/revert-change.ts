import type { ManagedTransaction, Node } from "neo4j-driver";
import { nodeProperties, relationshipProperties, toPlain } from "../../graph/property-values.js";
import { toGraphNode } from "../../graph/graph-values.js";
import { nodePattern, parseNodeRef } from "../../graph/node-ref.js";
import { recordChange, toChangeRecord, type ChangeAction, type ChangeRecord } from "./audit-trail.js";
import { FieldChecks } from "./edit-errors.js";
import { followUpInverse, isFollowUpAction, undoFollowUp } from "../follow-up/follow-up-reverts.js";

interface RelationshipSnapshot {
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

interface DeletedOrganization {
  properties: Record<string, unknown>;
  relationships: Array<{ type: string; outgoing: boolean; other: string; properties: Record<string, unknown> }>;
}

/** The actions this file undoes itself (the follow-up's are undone by follow-up-reverts.ts). */
type RevertibleAction =
  "CREATE_ORGANIZATION" | "DELETE_ORGANIZATION" | "UPDATE_ORGANIZATION" | "ADD_RELATIONSHIP" | "REMOVE_RELATIONSHIP";

/** How a revert treats an action: the action recorded for undoing it, or the reason it is refused. */
type Revertibility = { inverse: ChangeAction } | { refused: { code: string; message: string } };

const accountChange: Revertibility = {
  refused: {
    code: "ACCOUNT_CHANGE_NOT_REVERTIBLE",
    message: "an account or API-token change is not reverted: make the opposite change (a role, a suspension) instead",
  },
};

/**
 * What a revert does with each action, in one table: every action of the schema must say whether it
 * is undone (and by which action) or refused (and why), or this file does not compile.
 */
export const revertibility: Record<ChangeAction, Revertibility> = {
  CREATE_ORGANIZATION: { inverse: "DELETE_ORGANIZATION" },
  DELETE_ORGANIZATION: { inverse: "CREATE_ORGANIZATION" },
  UPDATE_ORGANIZATION: { inverse: "UPDATE_ORGANIZATION" },
  ADD_RELATIONSHIP: { inverse: "REMOVE_RELATIONSHIP" },
  REMOVE_RELATIONSHIP: { inverse: "ADD_RELATIONSHIP" },
  ...(Object.fromEntries(Object.entries(followUpInverse).map(([action, inverse]) => [action, { inverse }])) as Record<
    keyof typeof followUpInverse,
    Revertibility
  >),
  IMPORT: {
    refused: {
      code: "IMPORT_NOT_REVERTIBLE",
      message:
        "an import cannot be reverted: it wrote many facts at once, which later imports and edits may restate; correct its facts one by one, or import a corrected file",
    },
  },
  ADD_SOURCE: {
    refused: {
      code: "SOURCE_NOT_REVERTIBLE",
      message: "an uploaded source cannot be reverted: revert or remove the facts made from it one by one",
    },
  },
  ACCEPT_REGISTRY_MATCH: {
    refused: {
      code: "REGISTRY_MATCH_NOT_REVERTIBLE",
      message:
        "an accepted register match is not reverted: its facts stand with their source (sirene:…); if the match was wrong, correct the organisation and remove the LOCATED_IN facts sourced sirene:… one by one",
    },
  },
  CREATE_ACCOUNT: accountChange,
  INVITE_ACCOUNT: accountChange,
  CHANGE_ACCOUNT_ROLE: accountChange,
  SUSPEND_ACCOUNT: accountChange,
  REACTIVATE_ACCOUNT: accountChange,
  RESET_ACCOUNT_PASSWORD: accountChange,
  CREATE_API_TOKEN: accountChange,
  REVOKE_API_TOKEN: accountChange,
};

/** Undoes a change, in the same transaction as the record of the revert; refuses when later changes stand in the way. */
export async function revertChange(tx: ManagedTransaction, changeId: string, by: string, why: string) {
  const found = await tx.run("MATCH (c:Change {id: $id}) RETURN c", { id: changeId });
  const changeNode = found.records[0]?.get("c") as Node | undefined;
  new FieldChecks()
    .check(!!changeNode, "id", `no change has the id "${changeId}"`, {
      code: "UNKNOWN_CHANGE",
      values: { id: changeId },
    })
    .throwIfAny();
  const original = toChangeRecord(changeNode!);
  new FieldChecks()
    .check(original.revertedBy === null, "id", `this change was already reverted by ${original.revertedBy}`, {
      code: "ALREADY_REVERTED",
      values: { by: String(original.revertedBy) },
    })
    .throwIfAny();
  const rule = revertibility[original.action];
  if ("refused" in rule)
    new FieldChecks().check(false, "id", rule.refused.message, { code: rule.refused.code }).throwIfAny();
  const inverse = (rule as { inverse: ChangeAction }).inverse;
  const edit = original as ChangeRecord & { action: RevertibleAction };

  const undone = await undo(tx, edit);
  const change = await recordChange(tx, {
    by,
    action: inverse,
    entity: original.entity,
    relationship: original.relationship ?? undefined,
    why,
    before: original.after === null ? undefined : JSON.parse(original.after),
    after: original.before === null ? undefined : JSON.parse(original.before),
    revertOf: original.id,
    touches: undone.touches,
  });
  await tx.run("MATCH (c:Change {id: $id}) SET c.revertedBy = $revertedBy", { id: original.id, revertedBy: change.id });
  return { change, node: undone.node, edge: null };
}

async function undo(
  tx: ManagedTransaction,
  original: ChangeRecord & { action: RevertibleAction },
): Promise<{ touches: string[]; node: ReturnType<typeof toGraphNode> | null }> {
  if (isFollowUpAction(original.action)) {
    const undone = await undoFollowUp(tx, { ...original, action: original.action });
    return { touches: undone.touches, node: null };
  }
  const entity = parseNodeRef(original.entity);
  switch (original.action) {
    case "CREATE_ORGANIZATION": {
      const result = await tx.run(
        `MATCH ${nodePattern("o", entity, "key")} RETURN COUNT { (o)-[r]-() WHERE type(r) <> 'CHANGED' } AS relationships`,
        { key: entity.key },
      );
      const relationships = Number(result.records[0]?.get("relationships") ?? 0);
      new FieldChecks()
        .check(
          relationships === 0,
          "id",
          `the organisation has ${relationships} relationship(s) added since: revert or remove them first`,
          {
            code: "RELATIONSHIPS_ADDED_SINCE",
            values: { count: relationships },
          },
        )
        .throwIfAny();
      await tx.run(`MATCH ${nodePattern("o", entity, "key")} DETACH DELETE o`, { key: entity.key });
      return { touches: [], node: null };
    }
    case "UPDATE_ORGANIZATION": {
      const before = JSON.parse(original.before ?? "{}") as Record<string, unknown>;
      const after = JSON.parse(original.after ?? "{}") as Record<string, unknown>;
      const current = await tx.run(`MATCH ${nodePattern("o", entity, "key")} RETURN o`, { key: entity.key });
      const node = current.records[0]?.get("o") as Node | undefined;
      new FieldChecks()
        .check(!!node, "id", `${original.entity} no longer exists`, {
          code: "ENTITY_GONE",
          values: { ref: original.entity },
        })
        .throwIfAny();
      const moved = Object.keys(after).filter(
        (name) => JSON.stringify(toPlain(node!.properties[name]) ?? null) !== JSON.stringify(after[name]),
      );
      new FieldChecks()
        .check(moved.length === 0, "id", `${moved.join(", ")} changed again since: revert the later change first`, {
          code: "CHANGED_SINCE",
          values: { fields: moved.join(", ") },
        })
        .throwIfAny();
      const updated = await tx.run(`MATCH ${nodePattern("o", entity, "key")} SET o += $values RETURN o`, {
        key: entity.key,
        values: nodeProperties(entity.label, before),
      });
      return { touches: [original.entity], node: toGraphNode(updated.records[0]!.get("o") as Node) };
    }
    case "DELETE_ORGANIZATION": {
      const deleted = JSON.parse(original.before ?? "{}") as DeletedOrganization;
      const created = await tx.run(`CREATE (o:${entity.label}) SET o = $properties RETURN o`, {
        properties: nodeProperties(entity.label, deleted.properties),
      });
      for (const relationship of deleted.relationships) {
        await recreate(
          tx,
          relationship.outgoing
            ? {
                type: relationship.type,
                from: original.entity,
                to: relationship.other,
                properties: relationship.properties,
              }
            : {
                type: relationship.type,
                from: relationship.other,
                to: original.entity,
                properties: relationship.properties,
              },
        );
      }
      return {
        touches: [original.entity, ...deleted.relationships.map((relationship) => relationship.other)],
        node: toGraphNode(created.records[0]!.get("o") as Node),
      };
    }
    case "ADD_RELATIONSHIP": {
      const added = JSON.parse(original.after ?? "{}") as RelationshipSnapshot;
      const removed = await tx.run("MATCH ()-[r]->() WHERE r.factId = $id DELETE r RETURN count(*) AS removed", {
        id: added.properties.factId,
      });
      new FieldChecks()
        .check(Number(removed.records[0]?.get("removed")) === 1, "id", "the relationship was removed since", {
          code: "RELATIONSHIP_REMOVED_SINCE",
        })
        .throwIfAny();
      return { touches: [added.from, added.to], node: null };
    }
    case "REMOVE_RELATIONSHIP": {
      const removed = JSON.parse(original.before ?? "{}") as RelationshipSnapshot;
      await recreate(tx, removed);
      return { touches: [removed.from, removed.to], node: null };
    }
  }
}

/** Recreates a relationship from its snapshot; both ends must still exist. */
async function recreate(tx: ManagedTransaction, snapshot: RelationshipSnapshot): Promise<void> {
  const from = parseNodeRef(snapshot.from);
  const to = parseNodeRef(snapshot.to);
  if (!/^[A-Z_]+$/u.test(snapshot.type)) throw new Error(`unexpected relationship type ${snapshot.type}`);
  const result = await tx.run(
    `MATCH ${nodePattern("a", from, "fromKey")} MATCH ${nodePattern("b", to, "toKey")}
     CREATE (a)-[r:${snapshot.type}]->(b) SET r = $properties RETURN count(r) AS created`,
    { fromKey: from.key, toKey: to.key, properties: relationshipProperties(snapshot.type, snapshot.properties) },
  );
  new FieldChecks()
    .check(
      Number(result.records[0]?.get("created") ?? 0) === 1,
      "id",
      `${snapshot.from} or ${snapshot.to} no longer exists`,
      {
        code: "ENDS_GONE",
        values: { from: snapshot.from, to: snapshot.to },
      },
    )
    .throwIfAny();
}
