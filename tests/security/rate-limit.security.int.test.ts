// The per-client rate limit on a server that allows 3 requests a minute: the 4th from one client is
// refused with 429, Retry-After and a coded error, on /graphql and /api/* alike; a signed-in user is
// counted by its token's subject, apart from its address; the health probe is never limited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestServer } from "../helpers/test-server.js";

describe("rate limit", () => {
  let server: TestServer;
  const graphql = (token?: string) =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: "{ me { roles } }" }),
    });

  beforeAll(async () => {
    server = await TestServer.start({ rateLimitPerMinute: 3 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("answers the request over the limit with 429, Retry-After and RATE_LIMITED", async () => {
    const allowed = [await graphql(), await graphql(), await graphql()];
    expect(allowed.map((response) => response.status)).toEqual([200, 200, 200]);
    const refused = await graphql();
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as {
      errors: Array<{ message: string; extensions: { code: string; retryAfterSeconds: number } }>;
    };
    expect(body.errors[0]!.extensions).toEqual({ code: "RATE_LIMITED", retryAfterSeconds: retryAfter });
    expect(body.errors[0]!.message).toMatch(/at most 3 a minute/u);

    // The same address on the REST routes; the health probe stays open.
    expect((await fetch(`${server.url}/api/deliverables`)).status).toBe(429);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it("counts a signed-in user by its token, apart from its address; a forged token does not escape", async () => {
    const token = await server.token("viewer");
    expect((await graphql(token)).status).toBe(200);
    expect((await graphql("forged.token.value")).status).toBe(429);
  });
});
