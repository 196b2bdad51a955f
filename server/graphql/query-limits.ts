import { ApolloArmor } from "@escape.tech/graphql-armor";
import { loadTypeDefs } from "../../graph/schema-files.js";
import type { Config } from "../config.js";
import { pageSizes, queryCostPlugin } from "./query-cost.js";

/**
 * The limits of one request: graphql-armor's depth (introspection included, else a query named
 * `__schema` slips past), aliases and directives, field suggestions hidden in production; and
 * Maillage's cost (lists counted at their page sizes, nested lists multiplied) and root-field cap,
 * checked with the variables before anything runs. Each rejection names the limit it hit.
 */
export function queryLimits(config: Pick<Config, "env" | "graphql">) {
  const { limits } = config.graphql;
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: false, flattenFragments: true },
    // armor's cost adds field costs without list sizes: query-cost.ts counts them instead.
    costLimit: { enabled: false },
    maxAliases: { n: limits.maxAliases },
    // The token limit is graphql-js's own (ApolloServer `parseOptions`, see app.ts): armor's plugin
    // re-parses every request and turns a plain syntax error into an HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: config.env === "production" },
  }).protect();
  return {
    validationRules: armor.validationRules,
    plugins: [...armor.plugins, queryCostPlugin(limits, pageSizes(loadTypeDefs()))],
  };
}
