// The resolvers of schema/network.graphql: arguments checked, answers cached per projection
// (network-cache.ts); the viewer rule runs in front of every root field (server/auth/guard-root-fields.ts).
import type { GraphDatabase } from "../../graph/graph-database.js";
import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import { assertIntInRange } from "../graphql/errors.js";
import { brokers } from "./broker-answers.js";
import { networkChange } from "./change-answers.js";
import type { Cached } from "./network-cache.js";
import { NetworkAnalysis } from "./network-analysis.js";
import { parseProjection } from "./projection-input.js";

/** An answer with its projection summary, the cache's timing and flag filled in. */
function withSummary<T extends { summary: object }>({ value, computedMs, cached }: Cached<T>) {
  const { summary, ...rest } = value;
  return { ...rest, projection: { ...summary, computedMs, cached } } as Omit<T, "summary"> & {
    projection: T["summary"] & { computedMs: number; cached: boolean };
  };
}

/** The Query resolvers of the network analysis, reading through `reader`, with one cache per schema. */
export function networkResolvers(reader: GraphDatabase): { Query: QueryResolvers } {
  const analysis = new NetworkAnalysis(reader);
  return {
    Query: {
      networkMetrics: async (_, args) =>
        withSummary(
          await analysis.metrics(
            parseProjection(args.projection),
            args.metric,
            assertIntInRange(args.top, 1, 100, "top"),
          ),
        ),
      communities: async (_, args) =>
        withSummary(
          await analysis.communitiesAnswer(
            parseProjection(args.projection),
            assertIntInRange(args.top, 1, 50, "top"),
            assertIntInRange(args.members, 1, 50, "members"),
          ),
        ),
      brokers: async (_, args) =>
        withSummary(
          await brokers(
            analysis,
            reader,
            parseProjection(args.projection),
            args.between,
            args.and,
            assertIntInRange(args.top, 1, 20, "top"),
          ),
        ),
      networkChange: async (_, args) => {
        const { value } = await networkChange(
          analysis,
          reader,
          parseProjection(args.projection),
          assertIntInRange(args.from, 1900, 2200, "from"),
          assertIntInRange(args.to, 1900, 2200, "to"),
          assertIntInRange(args.limit, 1, 200, "limit"),
        );
        return value;
      },
    },
  };
}
