import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { analyticsResolvers } from "../analytics/analytics-resolvers.js";
import { editingResolvers } from "../editing/editing-resolvers.js";
import { followUpResolvers } from "../follow-up/follow-up-resolvers.js";
import { sourcesResolvers } from "../sources/sources-resolvers.js";
import { registryResolvers } from "../registry/registry-resolvers.js";
import type { RegistrySearchSettings } from "../registry/registry-search.js";
import { networkResolvers } from "../network/network-resolvers.js";
import { guardRootFields } from "../auth/guard-root-fields.js";
import { accountResolvers } from "../accounts/account-resolvers.js";
import type { GraphDatabase } from "../../graph/graph-database.js";
import { loadTypeDefs } from "../../graph/schema-files.js";

/** The executable GraphQL schema: @neo4j/graphql over schema/*.graphql, bound to the driver.
 *  A new API has no clients of the library's deprecated filter and mutation forms: they are left out. */
export async function buildSchema(
  driver: Driver,
  options: {
    database?: string | undefined;
    queryTimeoutMs?: number;
    /** The time-out of the network metrics' reads (a whole projection at once); `queryTimeoutMs` when absent. */
    networkTimeoutMs?: number;
    anonymousRead?: boolean;
    /** How long an invitation or reset link works (INVITATION_DAYS). */
    invitationDays?: number;
    /** The company search API's settings; the search is off without them. */
    registry?: RegistrySearchSettings | undefined;
  } = {},
): Promise<GraphQLSchema> {
  // Without anonymous reading, every read needs the viewer role: guardRootFields checks it in front
  // of every root field (requireRole), so it is the one that refuses. The library's own rule is a
  // second layer, kept deliberately (DESIGN.md: its authorization has had gaps), that no test can
  // reach while the guard stands.
  const readRule = options.anonymousRead === false ? [viewerJwtType, viewerReadRule] : [];
  const neo4jGraphQL = new Neo4jGraphQL({
    typeDefs: [...loadTypeDefs(), ...readRule],
    driver,
    resolvers: resolvers(
      { driver, database: options.database, timeoutMs: options.queryTimeoutMs },
      options.invitationDays ?? 7,
      options.registry,
      options.networkTimeoutMs ?? options.queryTimeoutMs,
    ),
    features: {
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  return guardRootFields(await neo4jGraphQL.getSchema());
}

/** The claims @neo4j/graphql's rules read: the verified token's roles, lower ones included. */
const viewerJwtType = "type JWT @jwt { roles: [String!]! }";
const viewerReadRule =
  'extend schema @authentication(operations: [READ, AGGREGATE], jwt: { roles: { includes: "viewer" } })';

/** Maillage's own resolvers: the analyst questions, the edits, account management, the programme
 *  follow-up, uploaded sources, the register's review and the network metrics. */
function resolvers(
  graph: GraphDatabase,
  invitationDays: number,
  registrySettings: RegistrySearchSettings | undefined,
  networkTimeoutMs: number | undefined,
) {
  const analytics = analyticsResolvers(graph);
  const editing = editingResolvers(graph);
  const accounts = accountResolvers(graph, { invitationDays });
  const followUp = followUpResolvers(graph);
  const sources = sourcesResolvers(graph);
  const registry = registryResolvers(graph, registrySettings);
  const network = networkResolvers({ ...graph, timeoutMs: networkTimeoutMs });
  return {
    Query: {
      ...analytics.Query,
      ...editing.Query,
      ...accounts.Query,
      ...followUp.Query,
      ...sources.Query,
      ...registry.Query,
      ...network.Query,
    },
    Mutation: {
      ...editing.Mutation,
      ...accounts.Mutation,
      ...followUp.Mutation,
      ...sources.Mutation,
      ...registry.Mutation,
    },
    Change: editing.Change,
  };
}
