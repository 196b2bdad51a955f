// The resolvers of schema/follow-up.graphql: the follow-up of a programme and what falls due soon
// (read like the rest of the graph), the result and receipt edits (editor; each in one write
// transaction with its audit entry, through editing's `edit`).
import type { MutationResolvers, QueryResolvers } from "../__generated__/resolvers-types.js";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import { assertIntInRange, BadUserInputError } from "../graphql/errors.js";
import { parseRef } from "../graphql/ref-argument.js";
import { edit } from "../editing/edit-mutation.js";
import { receiveDeliverable, recordIndicatorResult, removeIndicatorResult } from "./follow-up-edits.js";
import { deliverablesDueSoon, programmeFollowUp, type RunCypher } from "./programme-follow-up.js";
import { fundingReceived } from "./funding-received.js";
import { isoToday } from "./progress.js";

/** The Query and Mutation resolvers of the follow-up, reading and writing through `graph`. */
export function followUpResolvers(graph: GraphDatabase): {
  Query: Pick<QueryResolvers, "programmeFollowUp" | "deliverablesDueSoon">;
  Mutation: Pick<MutationResolvers, "recordIndicatorResult" | "removeIndicatorResult" | "receiveDeliverable">;
} {
  const read: RunCypher = (cypher, parameters) => readQuery(graph, cypher, parameters);
  return {
    Query: {
      programmeFollowUp: async (_, args) => {
        const ref = parseRef(args.ref, "ref");
        if (ref.label !== "Programme")
          throw new BadUserInputError(`ref must name a Programme (got "${args.ref}")`, "ref");
        const year = args.year == null ? null : assertIntInRange(args.year, 1990, 2100, "year");
        const [followUp, funding] = await Promise.all([
          programmeFollowUp(read, ref.key, year, isoToday()),
          fundingReceived(graph, ref.key),
        ]);
        return followUp && { ...followUp, funding };
      },
      deliverablesDueSoon: (_, args) =>
        deliverablesDueSoon(read, assertIntInRange(args.days, 1, 366, "days"), isoToday()),
    },
    Mutation: {
      recordIndicatorResult: edit(graph, "editor", (tx, args, by) =>
        recordIndicatorResult(tx, args.input, by, args.why),
      ),
      removeIndicatorResult: edit(graph, "editor", (tx, args, by) => removeIndicatorResult(tx, args.id, by, args.why)),
      receiveDeliverable: edit(graph, "editor", (tx, args, by) =>
        receiveDeliverable(tx, args.input, by, args.why, isoToday()),
      ),
    },
  };
}
