// The resolvers of schema/editing.graphql: role checked first, then the edit and its audit entry
// written in one transaction (all or nothing).
import neo4j, { type ManagedTransaction, type Node } from "neo4j-driver";
import { requireRole, type Role } from "../auth/roles.js";
import { nodePattern } from "../../graph/node-ref.js";
import { parseRef } from "../graphql/ref-argument.js";
import { readQuery, writeTransaction, type GraphDatabase } from "../../graph/graph-database.js";
import type { GraphQLContext } from "../graphql/context.js";
import { assertIntInRange } from "../graphql/errors.js";
import { toChangeRecord, type ChangeRecord } from "./audit-trail.js";
import { checkOrganizationFields, createOrganization, deleteOrganization, updateOrganization, type OrganizationFields } from "./organization-edits.js";
import { addRelationship, removeRelationship, type RelationshipInput } from "./relationship-edits.js";
import { revertChange } from "./revert-change.js";
import { FieldChecks } from "./edit-errors.js";

/** A mutation resolver: checks the role and the reason, then runs the edit in a write transaction. */
function edit<Args extends { why: string }>(
  graph: GraphDatabase,
  role: Role,
  work: (tx: ManagedTransaction, args: Args, by: string) => Promise<unknown>,
) {
  return async (_: unknown, args: Args, context: GraphQLContext) => {
    requireRole(context.access, role);
    new FieldChecks().check(args.why.trim() !== "", "why", "say why the change is made", { code: "WHY_REQUIRED" }).throwIfAny();
    return writeTransaction(graph, (tx) => work(tx, { ...args, why: args.why.trim() }, context.access.user!.id));
  };
}

/** The Query and Mutation resolvers of the editing API. */
export function editingResolvers(graph: GraphDatabase) {
  return {
    Query: {
      me: (_: unknown, __: unknown, context: GraphQLContext) => ({
        id: context.access.user?.id ?? null,
        name: context.access.user?.name ?? null,
        roles: context.access.user?.roles ?? (context.access.anonymousRead ? ["viewer"] : []),
        anonymousRead: context.access.anonymousRead,
      }),
      history: async (_: unknown, args: { ref: string; limit: number }, context: GraphQLContext) => {
        requireRole(context.access, "viewer");
        const limit = assertIntInRange(args.limit, 1, 500, "limit");
        const ref = parseRef(args.ref, "ref");
        const records = await readQuery(
          graph,
          `MATCH ${nodePattern("n", ref, "key")}<-[:CHANGED]-(c:Change) RETURN c ORDER BY c.at DESC, c.id LIMIT $limit`,
          { key: ref.key, limit: neo4j.int(limit) },
        );
        return records.map((record) => toChangeRecord(record.get("c") as Node));
      },
    },
    Mutation: {
      createOrganization: edit<{ input: OrganizationFields; why: string }>(graph, "editor", (tx, args, by) => {
        checkOrganizationFields(args.input, "input", true).throwIfAny();
        return createOrganization(tx, args.input, by, args.why);
      }),
      updateOrganization: edit<{ id: string; changes: OrganizationFields; why: string }>(graph, "editor", (tx, args, by) => {
        checkOrganizationFields(args.changes, "changes", false).throwIfAny();
        return updateOrganization(tx, args.id, args.changes, by, args.why);
      }),
      deleteOrganization: edit<{ id: string; why: string }>(graph, "admin", (tx, args, by) => deleteOrganization(tx, args.id, by, args.why)),
      addRelationship: edit<{ input: RelationshipInput; why: string }>(graph, "editor", (tx, args, by) => addRelationship(tx, args.input, by, args.why)),
      removeRelationship: edit<{ id: string; why: string }>(graph, "editor", (tx, args, by) => removeRelationship(tx, args.id, by, args.why)),
      revertChange: edit<{ id: string; why: string }>(graph, "admin", (tx, args, by) => revertChange(tx, args.id, by, args.why)),
    },
    Change: {
      // Who made a change (a user id, often an e-mail address) is for the staff, not for every reader.
      by: (change: ChangeRecord, _: unknown, context: GraphQLContext) => (context.access.user?.roles.includes("editor") ? change.by : null),
    },
  };
}
