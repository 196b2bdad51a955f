// Undoing the follow-up's edits for revertChange (server/editing/revert-change.ts): a recorded result
// is removed (and a removal written again), a receipt withdrawn (and a withdrawal restored), each
// refused when a later change stands in the way.
import type { ManagedTransaction } from "neo4j-driver";
import { FieldChecks } from "../editing/edit-errors.js";
import type { ChangeRecord } from "../editing/audit-trail.js";
import {
  currentReceipt,
  writeReceipt,
  writeResult,
  type ReceiptSnapshot,
  type ResultSnapshot,
} from "./follow-up-edits.js";

/** The follow-up's change actions, each with the action that undoes it. */
export const followUpInverse = {
  RECORD_RESULT: "REMOVE_RESULT",
  REMOVE_RESULT: "RECORD_RESULT",
  RECEIVE_DELIVERABLE: "UNRECEIVE_DELIVERABLE",
  UNRECEIVE_DELIVERABLE: "RECEIVE_DELIVERABLE",
} as const;

export type FollowUpAction = keyof typeof followUpInverse;

/** True for the actions this module undoes. */
export function isFollowUpAction(action: string): action is FollowUpAction {
  return Object.hasOwn(followUpInverse, action);
}

/** Undoes a follow-up change; returns the refs the revert touches. */
export async function undoFollowUp(
  tx: ManagedTransaction,
  original: ChangeRecord & { action: FollowUpAction },
): Promise<{ touches: string[] }> {
  switch (original.action) {
    case "RECORD_RESULT": {
      const recorded = JSON.parse(original.after ?? "{}") as ResultSnapshot;
      const removed = await tx.run("MATCH (r:IndicatorResult {id: $id}) DETACH DELETE r RETURN count(*) AS removed", {
        id: recorded.result.id,
      });
      new FieldChecks()
        .check(Number(removed.records[0]?.get("removed")) === 1, "id", "the result was removed since", {
          code: "RESULT_REMOVED_SINCE",
        })
        .throwIfAny();
      return { touches: [recorded.indicator] };
    }
    case "REMOVE_RESULT": {
      const removed = JSON.parse(original.before ?? "{}") as ResultSnapshot;
      const written = await writeResult(tx, removed);
      new FieldChecks()
        .check(written, "id", `${removed.indicator} no longer exists`, {
          code: "ENTITY_GONE",
          values: { ref: removed.indicator },
        })
        .throwIfAny();
      return { touches: [removed.indicator] };
    }
    case "RECEIVE_DELIVERABLE":
    case "UNRECEIVE_DELIVERABLE": {
      const before = JSON.parse(original.before ?? "{}") as ReceiptSnapshot;
      const after = JSON.parse(original.after ?? "{}") as ReceiptSnapshot;
      const current = await currentReceipt(tx, after.deliverable);
      new FieldChecks()
        .check(
          current !== null && current.receivedOn === after.receivedOn && current.document === after.document,
          "id",
          "the deliverable's receipt changed again since: revert the later change first",
          { code: "CHANGED_SINCE", values: { fields: "receivedOn, document" } },
        )
        .throwIfAny();
      await writeReceipt(tx, before);
      return { touches: [after.deliverable, ...[before.document, after.document].filter((ref) => ref !== null)] };
    }
  }
}
