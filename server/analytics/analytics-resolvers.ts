// The resolvers of schema/analytics.graphql: each argument validated, each question one module.
// Their arguments and results are typed from the schema (server/__generated__/resolvers-types.ts).
import { nodeKeys, type Label } from "../../schema/node-keys.js";
import type { QueryResolvers, ResolverFn } from "../__generated__/resolvers-types.js";
import { requireRole } from "../auth/roles.js";
import type { GraphQLContext } from "../graphql/context.js";
import { BadUserInputError } from "../graphql/errors.js";
import { nodeArgument, requiredNodeArgument } from "../graphql/ref-argument.js";
import { gbmEpciCode } from "../../graph/communes/reference-data.js";
import { connections } from "./connections.js";
import { currentProgramme } from "./current-programme.js";
import { entity } from "./entity.js";
import { firmsAtEvents } from "./firms-at-events.js";
import { fundingBetween, programmeFunding } from "./funding.js";
import { countsByKind, membersByPlace } from "./group-counts.js";
import { neighbourhood } from "./neighbourhood.js";
import { eventParticipation } from "./participation.js";
import type { GraphDatabase } from "../../graph/graph-database.js";
import { search } from "./search.js";
import { sourceText } from "./source-text.js";

/** The pole's organisation id: whose members are counted when no organisation is named. */
const pmtId = "pmt";

/** The Query resolvers of the analyst API, reading through `reader`. */
export function analyticsResolvers(reader: GraphDatabase) {
  return {
    Query: readable({
      firmsAtEvents: (_, args) =>
        firmsAtEvents(reader, {
          ...args,
          territory: nodeArgument(args, "Territory", "territoryRef", "territory") ?? gbmEpciCode,
          market: nodeArgument(args, "Market", "marketRef", "market") ?? null,
        }),
      connections: (_, args) => connections(reader, args),
      neighbourhood: (_, args) => neighbourhood(reader, args),
      entity: (_, args) => entity(reader, args.ref),
      search: (_, args) => search(reader, args),
      currentProgramme: () => currentProgramme(reader),
      programmeFunding: (_, args) =>
        programmeFunding(reader, requiredNodeArgument(args, "Programme", "programmeRef", "programme")),
      fundingBetween: (_, args) =>
        fundingBetween(
          reader,
          requiredNodeArgument(args, "Organization", "funderRef", "funder"),
          requiredNodeArgument(args, "Organization", "recipientRef", "recipient"),
        ),
      eventParticipation: (_, args) =>
        eventParticipation(reader, {
          ...args,
          territory: nodeArgument(args, "Territory", "territoryRef", "territory") ?? gbmEpciCode,
          market: nodeArgument(args, "Market", "marketRef", "market") ?? null,
        }),
      membersByCommune: (_, args) =>
        membersByPlace(reader, {
          ...args,
          organization: nodeArgument(args, "Organization", "organizationRef", "organization") ?? pmtId,
          by: "commune",
        }),
      membersByTerritory: (_, args) =>
        membersByPlace(reader, {
          ...args,
          organization: nodeArgument(args, "Organization", "organizationRef", "organization") ?? pmtId,
          by: "territory",
        }),
      countsByKind: (_, args) => {
        if (!(args.label in nodeKeys)) throw new BadUserInputError(`unknown label ${args.label}`, "label");
        return countsByKind(reader, args.label as Label);
      },
      sourceText: (_, args) => sourceText(reader, args.id),
    }),
  };
}

type AnyResolver = ResolverFn<unknown, unknown, GraphQLContext, unknown>;

/** Each resolver of the map, first checking that the caller may read (anonymous reading may be switched off). */
function readable(resolvers: QueryResolvers): QueryResolvers {
  return Object.fromEntries(
    Object.entries(resolvers).map(([name, resolve]) => [
      name,
      ((parent, args, context, info) => {
        requireRole(context.access, "viewer");
        return (resolve as AnyResolver)(parent, args, context, info);
      }) satisfies AnyResolver,
    ]),
  );
}
