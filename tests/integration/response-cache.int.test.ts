// The response cache of anonymous reads: a repeated lookup is answered from it, and any write to the
// database — through this server or by another client — makes the next lookup run again.
// Other test files may write to the same Neo4j meanwhile: that only turns hits into misses, so the
// hits below are awaited over a few repeats, and every assertion about a miss holds whatever they do.
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { EntityDocument, UpdateOrganizationDocument } from "../../client/src/__generated__/graphql.js";
import { createDriver } from "../../server/neo4j/driver.js";
import { responseCacheHeader } from "../../server/graphql/response-cache.js";
import { anOrganization, factSet } from "../helpers/fact-builders.js";
import { serveApp, type AppServer } from "../helpers/app-server.js";
import { TestServer } from "../helpers/test-server.js";

/** An entity lookup as the HTTP API answered it: the cache header (null when absent) and the body. */
interface Lookup {
  cache: string | null;
  body: { data?: { entity: { name: string | null } | null } | null; errors?: unknown[] };
}

async function lookup(url: string, ref: string, token?: string): Promise<Lookup> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(EntityDocument), variables: { ref } }),
  });
  return { cache: response.headers.get(responseCacheHeader), body: (await response.json()) as Lookup["body"] };
}

/** Repeats the lookup until it is a hit (a write elsewhere may clear the cache in between); the hit. */
async function lookupUntilHit(url: string, ref: string): Promise<Lookup> {
  let last: Lookup | undefined;
  for (let attempt = 0; attempt < 10; attempt++) {
    last = await lookup(url, ref);
    if (last.cache === "hit") return last;
  }
  throw new Error(`no cache hit in 10 lookups of ${ref}; the last answer: ${JSON.stringify(last)}`);
}

describe("the response cache of anonymous reads", () => {
  let server: TestServer;
  let otherClient: Driver;
  let firmRef: string;
  let firmId: string;
  let otherRef: string;

  beforeAll(async () => {
    server = await TestServer.start();
    // Another instance, an import or Neo4j Browser: a driver that is not the server's.
    otherClient = createDriver(inject("neo4j"));
    firmId = server.uniqueId("cache-firm");
    const firm = anOrganization(firmId).named("Décolletage Cachée");
    firmRef = firm.ref;
    const other = anOrganization(server.uniqueId("cache-other")).named("Autre Firme");
    otherRef = other.ref;
    await server.save(factSet(firm, other));
  });
  afterAll(async () => {
    await otherClient?.close();
    await server?.close();
  });

  it("answers a repeated anonymous lookup from the cache with the same body", async () => {
    const first = await lookup(server.url, firmRef);
    expect(first.body.data?.entity?.name).toBe("Décolletage Cachée");
    const hit = await lookupUntilHit(server.url, firmRef);
    expect(hit.body).toEqual(first.body);
  });

  it("answers concurrent lookups, which share bookmark reads, each with its own node", async () => {
    const refs = [firmRef, otherRef, firmRef, otherRef, `Organization:${server.uniqueId("absent")}`];
    const expected = await Promise.all(refs.map((ref) => lookup(server.url, ref)));
    expect(expected.map((answer) => answer.body.data?.entity?.name ?? null)).toEqual([
      "Décolletage Cachée",
      "Autre Firme",
      "Décolletage Cachée",
      "Autre Firme",
      null,
    ]);
    const answers = await Promise.all([...refs, ...refs, ...refs].map((ref) => lookup(server.url, ref)));
    expect(answers.map((answer) => answer.body)).toEqual(
      [...expected, ...expected, ...expected].map((one) => one.body),
    );
    expect(answers.every((answer) => answer.cache === "hit" || answer.cache === "miss")).toBe(true);
  });

  it("misses for other variables", async () => {
    await lookupUntilHit(server.url, firmRef);
    const other = await lookup(server.url, `Organization:${server.uniqueId("absent")}`);
    expect(other.cache).toBe("miss");
    expect(other.body).toEqual({ data: { entity: null } });
  });

  it("runs the lookup again after an edit through the API, showing the new value", async () => {
    await lookupUntilHit(server.url, firmRef);
    await server.execute(
      UpdateOrganizationDocument,
      { id: firmId, changes: { name: "Décolletage Renommée" }, why: "nouvelle raison sociale" },
      await server.token("editor"),
    );
    const after = await lookup(server.url, firmRef);
    expect(after.cache).toBe("miss");
    expect(after.body.data?.entity?.name).toBe("Décolletage Renommée");
  });

  it("runs the lookup again after a write by another client of the database, showing the new value", async () => {
    const cached = await lookupUntilHit(server.url, firmRef);
    const name = `Décolletage ${server.uniqueId("ailleurs")}`;
    expect(cached.body.data?.entity?.name).not.toBe(name);
    await otherClient.executeQuery("MATCH (o:Organization {id: $id}) SET o.name = $name", { id: firmId, name });
    const after = await lookup(server.url, firmRef);
    expect(after.cache).toBe("miss");
    expect(after.body.data?.entity?.name).toBe(name);
  });

  it("never answers a signed-in request from the cache, nor keeps its answer", async () => {
    const viewer = await server.token("viewer");
    await lookupUntilHit(server.url, firmRef);
    const signedIn = await lookup(server.url, firmRef, viewer);
    expect(signedIn.cache).toBeNull();
    expect(signedIn.body.data?.entity).not.toBeNull();
    // A lookup only a signed-in user made: the next anonymous one is not served from it.
    const ref = `Organization:${server.uniqueId("signed-in-only")}`;
    await lookup(server.url, ref, viewer);
    await lookup(server.url, ref, viewer);
    expect((await lookup(server.url, ref)).cache).toBe("miss");
  });

  it("never keeps an answer with errors", async () => {
    const first = await lookup(server.url, "not-a-ref");
    expect(first.body.errors).toHaveLength(1);
    expect(first.cache).toBe("miss");
    const again = await lookup(server.url, "not-a-ref");
    expect(again.cache).toBe("miss");
    expect(again.body.errors).toHaveLength(1);
  });

  it("is off with RESPONSE_CACHE_MB=0: no header, every lookup runs", async () => {
    let uncached: AppServer | undefined;
    try {
      uncached = await serveApp(server.driver, { RESPONSE_CACHE_MB: "0" });
      const answers = [];
      for (let attempt = 0; attempt < 3; attempt++) answers.push(await lookup(uncached.url, firmRef));
      expect(answers.map((answer) => answer.cache)).toEqual([null, null, null]);
      expect(answers[2]!.body.data?.entity).not.toBeNull();
      // The same lookup on the server with the cache on is a hit: the setting made the difference.
      await lookupUntilHit(server.url, firmRef);
    } finally {
      await uncached?.close();
    }
  });
});
