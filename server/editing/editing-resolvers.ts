// The resolvers of schema/editing.graphql: role checked first, then the edit and its audit entry
// written in one transaction (all or nothing).
import neo4j, { type Node } from "neo4j-driver";
import { nodePattern } from "../../graph/node-ref.js";
import { parseRef } from "../graphql/ref-argument.js";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import { assertIntInRange } from "../graphql/errors.js";
import { toChangeRecord } from "./audit-trail.js";
import {
  checkOrganizationFields,
  createOrganization,
  deleteOrganization,
  updateOrganization,
} from "./organization-edits.js";
import { addRelationship, removeRelationship } from "./relationship-edits.js";
import { revertChange, revertibility } from "./revert-change.js";
import { edit } from "./edit-mutation.js";
import type { ChangeResolvers, MutationResolvers, QueryResolvers } from "../__generated__/resolvers-types.js";

/** The Query and Mutation resolvers of the editing API, typed by the schema. */
export function editingResolvers(graph: GraphDatabase): {
  Query: QueryResolvers;
  Mutation: MutationResolvers;
  Change: ChangeResolvers;
} {
  return {
    Query: {
      me: (_, __, context) => ({
        id: context.access.user?.id ?? null,
        name: context.access.user?.name ?? null,
        roles: context.access.user?.roles ?? (context.access.anonymousRead ? ["viewer"] : []),
        anonymousRead: context.access.anonymousRead,
      }),
      history: async (_, args) => {
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
      createOrganization: edit(graph, "editor", (tx, args, by) => {
        checkOrganizationFields(args.input, "input", true).throwIfAny();
        return createOrganization(tx, args.input, by, args.why);
      }),
      updateOrganization: edit(graph, "editor", (tx, args, by) => {
        checkOrganizationFields(args.changes, "changes", false).throwIfAny();
        return updateOrganization(tx, args.id, args.changes, by, args.why);
      }),
      deleteOrganization: edit(graph, "admin", (tx, args, by) => deleteOrganization(tx, args.id, by, args.why)),
      addRelationship: edit(graph, "editor", (tx, args, by) => addRelationship(tx, args.input, by, args.why)),
      removeRelationship: edit(graph, "editor", (tx, args, by) => removeRelationship(tx, args.id, by, args.why)),
      revertChange: edit(graph, "admin", (tx, args, by) => revertChange(tx, args.id, by, args.why)),
    },
    Change: {
      // Who made a change (a user id, often an e-mail address) is for the staff, not for every reader.
      by: (change, _, context) => (context.access.user?.roles.includes("editor") ? change.by : null),
      // The one table of what a revert undoes (revert-change.ts), so the app offers no revert it would refuse.
      revertible: (change) => "inverse" in revertibility[change.action] && change.revertedBy == null,
    },
  };
}
