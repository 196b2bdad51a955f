// In production (`npm start`) no answer carries a stack trace, Cypher or a server path: an
// unexpected error is INTERNAL_SERVER_ERROR with a generic message, its details in the server's log.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createDriver } from "../../server/neo4j/driver.js";
import { serveApp, type AppServer } from "../helpers/app-server.js";

/** What must never reach a client in production: a stack, Cypher, an absolute path. */
const internals = /stacktrace|\bat .+:\d+:\d+|MATCH \(|RETURN |\bCALL \{|\/(?:work|srv|home|usr|tmp)\/|node_modules/u;

describe("a production app's error answers", () => {
  let driver: Driver;
  let app: AppServer;
  const post = async (query: string) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, text: await response.text() };
  };

  beforeAll(async () => {
    driver = createDriver(inject("neo4j"));
    app = await serveApp(driver, { NODE_ENV: "production" });
  });
  afterAll(async () => {
    await app?.close();
    await driver?.close();
  });

  it("refuses an unknown field without a stack trace or a field suggestion", async () => {
    const answer = await post("{ organizations { id nam } }");
    expect(answer.status).toBe(400);
    expect(answer.text).not.toMatch(internals);
    expect(answer.text).not.toMatch(/Did you mean/u);
    expect(JSON.parse(answer.text).errors[0].extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
  });

  it("answers a bad ref without Cypher or a stack trace", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      for (const ref of ["constructor:x", "toString:x", "__proto__:x", "Organization:", "nonsense"]) {
        const answer = await post(`{ entity(ref: ${JSON.stringify(ref)}) { ref } }`);
        expect(answer.text, ref).not.toMatch(internals);
        const [error] = JSON.parse(answer.text).errors as Array<{ message: string; extensions: { code: string } }>;
        expect(["BAD_USER_INPUT", "INTERNAL_SERVER_ERROR"], ref).toContain(error!.extensions.code);
        if (error!.extensions.code === "INTERNAL_SERVER_ERROR") expect(error!.message).toBe("Internal server error");
      }
    } finally {
      errors.mockRestore();
    }
  });

  it("answers an error inside a resolver with a generic INTERNAL_SERVER_ERROR and logs its details", async () => {
    // A driver whose every query fails the way a broken generated query does: Cypher and a path in the message.
    const broken = brokenDriver(driver);
    const brokenApp = await serveApp(broken, { NODE_ENV: "production" });
    const logged: unknown[] = [];
    const errors = vi.spyOn(console, "error").mockImplementation((...args) => void logged.push(...args));
    try {
      const response = await fetch(`${brokenApp.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ entity(ref: "Organization:pmt") { ref } organizations(limit: 1) { id } }' }),
      });
      const text = await response.text();
      expect(text).not.toMatch(internals);
      const body = JSON.parse(text) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(body.errors.length).toBeGreaterThan(0);
      for (const error of body.errors)
        expect(error).toMatchObject({
          message: "Internal server error",
          extensions: { code: "INTERNAL_SERVER_ERROR" },
        });
      const table = await fetch(`${brokenApp.url}/api/deliverables/member-firms.json?year=2024`);
      expect(table.status).toBe(500);
      const tableText = await table.text();
      expect(tableText).not.toMatch(internals);
      expect(JSON.parse(tableText).errors[0].extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
      expect(logged.map(String).join("\n")).toMatch(/MATCH \(this:Secret/u);
    } finally {
      errors.mockRestore();
      await brokenApp.close();
    }
  });
});

/** A Cypher syntax error as Neo4j words it, with a server path, so a leak of either shows. */
function syntaxError(): Error {
  return Object.assign(
    new Error(
      "Invalid input '(': expected a label\n\"MATCH (this:Secret {id: $id}) RETURN this\"\n at /srv/maillage/server/analytics/entity.ts:42:7",
    ),
    {
      code: "Neo.ClientError.Statement.SyntaxError",
    },
  );
}

/** `driver` with sessions and executeQuery that fail every query with a syntax error (nothing is sent to Neo4j). */
function brokenDriver(driver: Driver): Driver {
  const fail = () => Promise.reject(syntaxError());
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property === "executeQuery") return fail;
      if (property === "session") {
        return (...args: Parameters<Driver["session"]>) => {
          const session = target.session(...args);
          return new Proxy(session, {
            get(inner, name, innerReceiver) {
              if (name === "run" || name === "executeRead" || name === "executeWrite" || name === "beginTransaction")
                return fail;
              const value: unknown = Reflect.get(inner, name, innerReceiver);
              return typeof value === "function" ? value.bind(inner) : value;
            },
          });
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
