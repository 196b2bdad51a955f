// Abuse of the sign-in and of the session cookie: failed sign-ins are limited per account and per
// client address with a clear message; a request another site could forge with the cookie (no CSRF
// header on /api/*, a GET or simple POST on /graphql) is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin } from "../../server/accounts/create-admin.js";
import { SessionClient } from "../helpers/session-client.js";
import { TestServer } from "../helpers/test-server.js";

describe("sign-in abuse and forged requests", () => {
  let server: TestServer;
  const password = "horloge-comtoise-1789";

  beforeAll(async () => {
    server = await TestServer.start({
      environment: { SIGN_IN_ATTEMPTS_PER_ACCOUNT: "3", SIGN_IN_ATTEMPTS_PER_ADDRESS: "5" },
    });
    const graph = { driver: server.driver, database: undefined };
    await createAdmin(graph, { email: server.email("anne"), name: "Anne", password }, `${server.source}:cli`);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("limits failed sign-ins per account, then per address, saying which and when to retry", async () => {
    const client = new SessionClient(server.url);
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await client.signIn(server.email("anne"), "mauvais-mot-de-passe")).status).toBe(401);
    }
    // Even the right password waits now: the account's attempts are used up.
    const blocked = await client.signIn(server.email("anne"), password);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toMatch(/^\d+$/u);
    expect(blocked.body).toMatchObject({
      errors: [{ message: expect.stringMatching(/for this account: try again in \d+ min/u) as string }],
    });
    // Another account from the same address: one more failure is allowed, then the address is blocked.
    expect((await client.signIn(server.email("bruno"), "mauvais-mot-de-passe")).status).toBe(401);
    const address = await client.signIn(server.email("bruno"), "mauvais-mot-de-passe");
    expect(address.status).toBe(429);
    expect(JSON.stringify(address.body)).toMatch(/from this address/u);
  });

  it("refuses a cookie-authorised POST to /api/* without the CSRF header", async () => {
    const client = new SessionClient(server.url);
    const opened = await client.post("test-session", {}, { authorization: `Bearer ${await server.token("admin")}` });
    expect(opened.status).toBe(204);
    expect(client.cookie).toBeDefined();
    const forged = await client.post("/api/import/members?dryRun=true", "Nom\nx", {});
    expect(forged.status).toBe(400);
    expect(JSON.stringify(forged.body)).toMatch(/X-Maillage-CSRF/u);
    const fromTheApp = await client.post("/api/import/members?dryRun=true", "Nom\nx");
    expect(JSON.stringify(fromTheApp.body)).not.toMatch(/X-Maillage-CSRF/u);
  });

  it("refuses a GET on /graphql that carries the cookie but no preflight header (Apollo's CSRF prevention)", async () => {
    const client = new SessionClient(server.url);
    await client.post("test-session", {}, { authorization: `Bearer ${await server.token("admin")}` });
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ me { id } }")}`, {
      headers: { cookie: client.cookie! },
    });
    expect(response.status).toBe(400);
    await expect(response.text()).resolves.toMatch(/CSRF/u);
  });
});
