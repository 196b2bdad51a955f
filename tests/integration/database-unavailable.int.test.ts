// A dead database is one condition with one code: GraphQL and the REST routes both answer
// DATABASE_UNAVAILABLE, and /health says so without the driver's words (hosts, ports, set-up).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { projectRoot } from "../../server/config.js";
import { createDriver } from "../../server/neo4j/driver.js";
import { serveApp, type AppServer } from "../helpers/app-server.js";

interface ErrorAnswer {
  errors: Array<{ message: string; extensions: { code: string } }>;
}

describe("a database that cannot be reached", () => {
  let dead: Driver;
  let app: AppServer;
  const logged: unknown[] = [];

  beforeAll(async () => {
    vi.spyOn(console, "error").mockImplementation((...args) => void logged.push(...args));
    // Nothing listens on port 1: every connection is refused, as when Neo4j is down.
    dead = createDriver({ uri: "bolt://127.0.0.1:1" });
    app = await serveApp(dead, { NODE_ENV: "production" });
  });
  afterAll(async () => {
    await app?.close();
    await dead?.close();
    vi.restoreAllMocks();
  });

  it("is DATABASE_UNAVAILABLE on GraphQL, for generated and custom fields alike", async () => {
    // One field a request: when a non-null root field fails, graphql-js may drop a sibling's error.
    for (const query of ["{ organizations(limit: 1) { id } }", '{ entity(ref: "Organization:pmt") { ref } }']) {
      const response = await fetch(`${app.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as ErrorAnswer;
      expect(
        body.errors.map((error) => error.extensions.code),
        query,
      ).toEqual(["DATABASE_UNAVAILABLE"]);
    }
  });

  it("is DATABASE_UNAVAILABLE with 503 on the deliverables and the import", async () => {
    const table = await fetch(`${app.url}/api/deliverables/member-firms.json?year=2024`);
    expect(table.status).toBe(503);
    expect(((await table.json()) as ErrorAnswer).errors[0]!.extensions.code).toBe("DATABASE_UNAVAILABLE");

    const csv = readFileSync(path.join(projectRoot, "tests", "fixtures", "import", "adherents-exemple.csv"));
    const imported = await fetch(`${app.url}/api/import/members?dryRun=true`, {
      method: "POST",
      headers: { authorization: `Bearer ${await app.token("admin")}`, "content-type": "text/csv" },
      body: csv,
    });
    expect(imported.status).toBe(503);
    expect(((await imported.json()) as ErrorAnswer).errors[0]!.extensions.code).toBe("DATABASE_UNAVAILABLE");
  });

  it("is reported by /health and /ready with the code, the driver's reason only in the server's log", async () => {
    for (const endpoint of ["/health", "/ready"]) {
      const response = await fetch(`${app.url}${endpoint}`);
      expect(response.status).toBe(503);
      const text = await response.text();
      expect(JSON.parse(text).database).toEqual({ status: "down", code: "DATABASE_UNAVAILABLE" });
      expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|encryption|Failed to connect/u);
    }
    expect(logged.map(String).join("\n")).toMatch(/ECONNREFUSED/u);
  });
});
