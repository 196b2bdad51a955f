import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { analyticsResolvers } from "../analytics/analytics-resolvers.js";
import { loadTypeDefs } from "./type-defs.js";

/** The executable GraphQL schema: @neo4j/graphql over schema/*.graphql, bound to the driver.
 *  A new API has no clients of the library's deprecated filter and mutation forms: they are left out. */
export async function buildSchema(driver: Driver, database?: string): Promise<GraphQLSchema> {
  const neo4jGraphQL = new Neo4jGraphQL({
    typeDefs: loadTypeDefs(),
    driver,
    resolvers: analyticsResolvers({ driver, database }),
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
  return neo4jGraphQL.getSchema();
}
