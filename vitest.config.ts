import { defineConfig } from "vitest/config";

// Two projects: `unit` runs anywhere; `neo4j` holds the integration tests (*.int.test.ts) and the
// end-to-end tests (tests/e2e), which share the one real Neo4j that tests/setup/neo4j.global-setup.ts
// starts (or NEO4J_URI points at). Tests never share data.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["{server,seed,client,tests}/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/*.e2e.test.ts", "**/node_modules/**"],
        },
      },
      {
        test: {
          name: "neo4j",
          include: ["{server,seed,tests}/**/*.int.test.ts", "tests/e2e/**/*.e2e.test.ts"],
          globalSetup: ["tests/setup/neo4j.global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
