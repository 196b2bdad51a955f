// The resolvers of schema/analytics.graphql: each argument validated, each question one module.
import { nodeKeys, type Label } from "../../schema/node-keys.js";
import { requireRole } from "../auth/roles.js";
import type { GraphQLContext } from "../graphql/context.js";
import { BadUserInputError } from "../graphql/errors.js";
import { connections, type ConnectionsArgs } from "./connections.js";
import { entity } from "./entity.js";
import { firmsAtEvents, type FirmsAtEventsArgs } from "./firms-at-events.js";
import { fundingBetween, programmeFunding } from "./funding.js";
import { countsByKind, membersByPlace } from "./group-counts.js";
import { neighbourhood, type NeighbourhoodArgs } from "./neighbourhood.js";
import { eventParticipation } from "./participation.js";
import type { GraphDatabase } from "../../graph/graph-database.js";
import { search, type SearchArgs } from "./search.js";
import { sourceText } from "./source-text.js";

/** A resolver that first checks the caller may read (anonymous reading may be switched off). */
function readable<Args, Result>(resolve: (args: Args) => Result) {
  return (_: unknown, args: Args, context: GraphQLContext) => {
    requireRole(context.access, "viewer");
    return resolve(args);
  };
}

/** The Query resolvers of the analyst API, reading through `reader`. */
export function analyticsResolvers(reader: GraphDatabase) {
  return {
    Query: mapValues({
      firmsAtEvents: (_: unknown, args: FirmsAtEventsArgs) => firmsAtEvents(reader, args),
      connections: (_: unknown, args: ConnectionsArgs) => connections(reader, args),
      neighbourhood: (_: unknown, args: NeighbourhoodArgs) => neighbourhood(reader, args),
      entity: (_: unknown, args: { ref: string }) => entity(reader, args.ref),
      search: (_: unknown, args: SearchArgs) => search(reader, args),
      programmeFunding: (_: unknown, args: { programme: string }) => programmeFunding(reader, args.programme),
      currentProgramme: () => import("./current-programme.js").then((module) => module.currentProgramme(reader)),
      fundingBetween: (_: unknown, args: { funder: string; recipient: string }) => fundingBetween(reader, args.funder, args.recipient),
      eventParticipation: (_: unknown, args: { year?: number | null; market?: string | null; territory: string }) =>
        eventParticipation(reader, args),
      membersByCommune: (_: unknown, args: { organization: string; statedOnly: boolean }) => membersByPlace(reader, { ...args, by: "commune" }),
      membersByTerritory: (_: unknown, args: { organization: string; statedOnly: boolean }) =>
        membersByPlace(reader, { ...args, by: "territory" }),
      countsByKind: (_: unknown, args: { label: string }) => {
        if (!(args.label in nodeKeys)) throw new BadUserInputError(`unknown label ${args.label}`, "label");
        return countsByKind(reader, args.label as Label);
      },
      sourceText: (_: unknown, args: { id: string }) => sourceText(reader, args.id),
    }),
  };
}

/** Wraps every resolver of the map with the read check. */
function mapValues<T extends Record<string, (parent: unknown, args: never) => unknown>>(resolvers: T) {
  return Object.fromEntries(
    Object.entries(resolvers).map(([name, resolve]) => [name, readable((args: never) => resolve(undefined, args))]),
  ) as { [K in keyof T]: (parent: unknown, args: Parameters<T[K]>[1], context: GraphQLContext) => ReturnType<T[K]> };
}
