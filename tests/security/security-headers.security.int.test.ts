// Every answer of a production app carries helmet's security headers and Maillage's CSP: the API,
// the health check, the REST routes and the pages alike. Introspection follows the configuration.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDriver } from "../../server/neo4j/driver.js";
import { serveApp, type AppServer } from "../helpers/app-server.js";

/** A CSP header as directive → sources. */
function parseCsp(header: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (header ?? "")
      .split(";")
      .map((directive) => directive.trim().split(/\s+/u))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe("security headers of a production app", () => {
  let driver: Driver;
  let app: AppServer;
  beforeAll(async () => {
    driver = createDriver(inject("neo4j"));
    app = await serveApp(driver, { NODE_ENV: "production" });
  });
  afterAll(async () => {
    await app?.close();
    await driver?.close();
  });

  const graphql = (query: string) =>
    fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });

  it("are on every kind of answer", async () => {
    const answers = [
      await fetch(`${app.url}/`),
      await fetch(`${app.url}/graphiql`),
      await fetch(`${app.url}/health`),
      await fetch(`${app.url}/api/deliverables`),
      await graphql("{ countsByKind { count } }"),
      await graphql("{ nonsense }"),
    ];
    for (const response of answers) {
      const where = `${response.url} (${response.status})`;
      expect(response.headers.get("x-content-type-options"), where).toBe("nosniff");
      expect(response.headers.get("x-frame-options"), where).toBe("DENY");
      expect(response.headers.get("referrer-policy"), where).toBe("no-referrer");
      expect(response.headers.get("x-powered-by"), where).toBeNull();
      const csp = parseCsp(response.headers.get("content-security-policy"));
      expect(csp["frame-ancestors"], where).toEqual(["'none'"]);
      expect(csp["default-src"], where).toEqual(["'self'"]);
      expect(csp["script-src"], where).toEqual(["'self'"]);
      expect(csp["object-src"], where).toEqual(["'none'"]);
      expect(csp, where).not.toHaveProperty("upgrade-insecure-requests");
    }
  });

  it("answers introspection as configured (on by default)", async () => {
    const on = await graphql("{ __schema { queryType { name } } }");
    expect(((await on.json()) as { data: unknown }).data).toEqual({ __schema: { queryType: { name: "Query" } } });
    const closed = await serveApp(driver, { NODE_ENV: "production", GRAPHQL_INTROSPECTION: "false" });
    try {
      const off = await fetch(`${closed.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __schema { queryType { name } } }" }),
      });
      const body = (await off.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(body.errors[0]!.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED" });
      expect(body.errors[0]!.message).toMatch(/introspection is not allowed/iu);
    } finally {
      await closed.close();
    }
  });
});
