// How every edit runs: the role checked, a reason required, then the work and its audit entry in one
// write transaction (all or nothing). Used by the editing API and the follow-up's edits.
import type { ManagedTransaction } from "neo4j-driver";
import { requireRole, type Role } from "../auth/roles.js";
import { writeTransaction, type GraphDatabase } from "../../graph/graph-database.js";
import type { GraphQLContext } from "../graphql/context.js";
import { FieldChecks } from "./edit-errors.js";

/** A mutation resolver: checks the role and the reason, then runs the edit in a write transaction. */
export function edit<Args extends { why: string }, Result>(
  graph: GraphDatabase,
  role: Role,
  work: (tx: ManagedTransaction, args: Args, by: string) => Promise<Result>,
) {
  return async (_: unknown, args: Args, context: GraphQLContext) => {
    requireRole(context.access, role);
    new FieldChecks()
      .check(args.why.trim() !== "", "why", "say why the change is made", { code: "WHY_REQUIRED" })
      .throwIfAny();
    return writeTransaction(graph, (tx) => work(tx, { ...args, why: args.why.trim() }, context.access.user!.id));
  };
}
