import { defineConfig } from "vitest/config";
import type { ResilienceSettings } from "./tests/resilience/resilience-settings.js";
import type { SecuritySettings } from "./tests/security/security-settings.js";

/** The resilience suite is small in `npm test`; `npm run test:resilience` sets RESILIENCE=full. */
const resilience: ResilienceSettings =
  process.env.RESILIENCE === "full"
    ? { clients: 16, seconds: 20, hostileQueries: 2_000 }
    : { clients: 4, seconds: 4, hostileQueries: 1_000 };

/** The security tests (tests/security/*.security.int.test.ts) are small in `npm test`; `npm run test:security` sets SECURITY=full. */
const security: SecuritySettings =
  process.env.SECURITY === "full" ? { attackers: 16, probes: 20 } : { attackers: 4, probes: 3 };

// Three projects: `unit` runs anywhere; `resilience` runs on a Neo4j and a server of its own;
// `neo4j` holds the integration tests (*.int.test.ts) and the
// end-to-end tests (tests/e2e), which share the one real Neo4j that tests/setup/neo4j.global-setup.ts
// starts (or NEO4J_URI points at), the security tests among them. Tests never share data.
// One graphql-js in tests as in production: Vite would give source files graphql's ESM build while
// Node hands dependencies (@neo4j/graphql, graphql-query-complexity) its CommonJS one, and graphql
// refuses a schema from one in the other ("Cannot use GraphQLObjectType from another module").
const resolve = { alias: [{ find: /^graphql$/u, replacement: "graphql/index.js" }] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["{graph,server,seed,client,tests}/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/*.e2e.test.ts", "**/*.resilience.test.ts", "**/node_modules/**"],
        },
      },
      {
        resolve,
        test: {
          name: "neo4j",
          include: ["{graph,server,seed,tests}/**/*.int.test.ts", "tests/e2e/**/*.e2e.test.ts"],
          globalSetup: ["tests/setup/neo4j.global-setup.ts"],
          provide: { security },
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve,
        test: {
          name: "resilience",
          include: ["tests/resilience/**/*.resilience.test.ts"],
          provide: { resilience },
          testTimeout: 600_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
