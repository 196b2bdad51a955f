// The resolvers of schema/analytics.graphql: each argument validated, each question one module.
// Their arguments and results are typed from the schema (server/__generated__/resolvers-types.ts);
// the viewer rule runs in front of every root field (server/auth/guard-root-fields.ts).
import type {
  QueryFirmsAtEventsArgs,
  QueryMembersByCommuneArgs,
  QueryResolvers,
} from "../__generated__/resolvers-types.js";
import { nodeArgument, requiredNodeArgument } from "../graphql/ref-argument.js";
import { gbmEpciCode } from "../../graph/communes/reference-data.js";
import type { GraphDatabase } from "../../graph/graph-database.js";
import { connections } from "./connections.js";
import { currentProgramme } from "./current-programme.js";
import { dataQuality } from "./data-quality.js";
import { entity } from "./entity.js";
import { eventParticipationPage } from "./event-participation-page.js";
import { firmsAtEvents } from "./firms-at-events.js";
import { firmsAtEventsPage } from "./firms-at-events-page.js";
import { fundingBetween, programmeFunding } from "./funding.js";
import { countsByKind, membersByPlace } from "./group-counts.js";
import { neighbourhood } from "./neighbourhood.js";
import { eventParticipation } from "./participation.js";
import { search } from "./search.js";
import { sourceText } from "./source-text.js";

/** The pole's organisation id: whose members are counted when no organisation is named. */
const pmtId = "pmt";

/** The territory (GBM's by default) and the market (any by default) an event question names. */
function eventFilters(args: Pick<QueryFirmsAtEventsArgs, "territory" | "territoryRef" | "market" | "marketRef">) {
  return {
    territory: nodeArgument(args, "Territory", "territoryRef", "territory") ?? gbmEpciCode,
    market: nodeArgument(args, "Market", "marketRef", "market") ?? null,
  };
}

/** The organisation (the pole by default) whose members are counted. */
function membersOf(args: Pick<QueryMembersByCommuneArgs, "organization" | "organizationRef">): string {
  return nodeArgument(args, "Organization", "organizationRef", "organization") ?? pmtId;
}

/** The Query resolvers of the analyst API, reading through `reader`. */
export function analyticsResolvers(reader: GraphDatabase): { Query: QueryResolvers } {
  return {
    Query: {
      firmsAtEvents: (_, args) => firmsAtEvents(reader, { ...args, ...eventFilters(args) }),
      firmsAtEventsPage: (_, args) => firmsAtEventsPage(reader, { ...args, ...eventFilters(args) }),
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
      eventParticipation: (_, args) => eventParticipation(reader, { ...args, ...eventFilters(args) }),
      eventParticipationPage: (_, args) => eventParticipationPage(reader, { ...args, ...eventFilters(args) }),
      membersByCommune: (_, args) => membersByPlace(reader, { ...args, organization: membersOf(args), by: "commune" }),
      membersByTerritory: (_, args) =>
        membersByPlace(reader, { ...args, organization: membersOf(args), by: "territory" }),
      countsByKind: (_, args) => countsByKind(reader, args.label),
      sourceText: (_, args) => sourceText(reader, args.id),
      dataQuality: (_, args) => dataQuality(reader, args.source?.trim() || null),
    },
  };
}
