// The details each editable relationship type takes beyond its evidence (schema/editing.graphql's
// EditableRelationship): one list for the editing forms of the app and for the server.

/** A detail a fact may carry beyond its evidence. */
export type RelationshipDetail = "role" | "year" | "amount" | "context";

/** The details of each editable relationship type, in the order the forms show them. */
export const relationshipDetails = {
  PARTICIPATED_IN: ["role", "year"],
  MEMBER_OF: ["year"],
  PARTNER_OF: ["context"],
  FUNDS: ["amount", "year"],
  LOCATED_IN: ["role"],
} as const satisfies Record<string, readonly RelationshipDetail[]>;

/** Whether a relationship type takes a detail. */
export function takesDetail(type: keyof typeof relationshipDetails, detail: RelationshipDetail): boolean {
  return (relationshipDetails[type] as readonly RelationshipDetail[]).includes(detail);
}
