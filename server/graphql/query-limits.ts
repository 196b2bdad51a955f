import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { Config } from "../config.js";

/**
 * graphql-armor's protections with Maillage's limits: depth (introspection included, else a query
 * named `__schema` slips past), cost, aliases, directives; field suggestions hidden in production.
 * Each rejection names the limit it hit.
 */
export function queryLimits(config: Pick<Config, "env" | "graphql">) {
  const { limits } = config.graphql;
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: false, flattenFragments: true },
    costLimit: { maxCost: limits.maxCost },
    maxAliases: { n: limits.maxAliases },
    // The token limit is graphql-js's own (ApolloServer `parseOptions`, see app.ts): armor's plugin
    // re-parses every request and turns a plain syntax error into an HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: config.env === "production" },
  }).protect();
}
