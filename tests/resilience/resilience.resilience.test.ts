// The resilience suite: sustained load, a Neo4j killed with SIGKILL in the middle of it, hostile
// queries, and forbidden operations under all of it. It runs on a Neo4j and a production-mode
// server of its own. Sizes come from vitest.config.ts (small in `npm test`, larger in
// `npm run test:resilience`). It prints its figures for the notes; it asserts behaviour only.
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import getPort from "get-port";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createApp } from "../../server/app.js";
import { mintToken } from "../../server/auth/mint-token.js";
import { parseConfig, projectRoot } from "../../server/config.js";
import { createDriver } from "../../server/neo4j/driver.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../server/neo4j/embedded-neo4j.js";
import { assertSchema } from "../../graph/store-schema.js";
import { seedDatabase } from "../../seed/seed-database.js";
import { hostileRequests } from "./hostile-queries.js";

/** Answers that reveal internals: stack traces, Cypher, driver errors, file paths. */
const leaks = /stacktrace|Neo4jError|MATCH \(|UNWIND |\bat [\w.]+ \(|\/work\/|node_modules/u;

interface Outcome {
  status: number;
  body: string;
  ms: number;
}

describe("resilience", () => {
  const settings = inject("resilience");
  const dir = path.join(projectRoot, ".tmp", `resilience-${randomUUID().slice(0, 8)}`);
  // All its clients share one address: the per-client rate limit is raised, not the rest.
  const config = parseConfig({
    NODE_ENV: "production",
    JWT_SECRET: randomUUID() + randomUUID(),
    RATE_LIMIT_PER_MINUTE: "1000000",
  });
  let boltPort: number;
  let neo4j: EmbeddedNeo4j;
  let driver: Driver;
  let server: Server;
  let url: string;
  let editorToken: string;
  let viewerToken: string;

  const post = async (body: string, token?: string, contentType = "application/json"): Promise<Outcome> => {
    const started = performance.now();
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    return { status: response.status, body: await response.text(), ms: performance.now() - started };
  };
  const startNeo4j = async () => {
    neo4j = await startEmbeddedNeo4j({ dataDir: dir, boltPort, heap: "512m", pageCacheMb: 64 });
  };

  /** Runs `clients` loops of mixed reads and writes for `seconds`; returns what each acknowledged. */
  const load = async (label: string, seconds: number, duringLoad?: () => Promise<void>) => {
    const acknowledged: string[] = [];
    const outcomes: Outcome[] = [];
    const deadline = Date.now() + seconds * 1_000;
    const reads = [
      '{ search(text: "micro") { totalCount } }',
      '{ neighbourhood(ref: "Organization:pmt", depth: 1, limit: 50) { totalNodes } }',
      '{ firmsAtEvents(market: "ASD", kinds: [CLUSTER]) { organization { ref } } }',
      "{ organizations(where: { kind: { eq: COMPANY } }, limit: 20) { id name } }",
    ];
    const client = async (index: number) => {
      for (let turn = 0; Date.now() < deadline; turn += 1) {
        if (turn % 3 === 0) {
          const name = `Charge ${label} ${index}-${turn} ${randomUUID().slice(0, 8)}`;
          const outcome = await post(
            JSON.stringify({
              query:
                'mutation ($name: String!) { createOrganization(input: { name: $name, kind: COMPANY }, why: "charge") { node { key } } }',
              variables: { name },
            }),
            editorToken,
          ).catch((error: Error) => ({ status: 599, body: error.message, ms: 0 }));
          outcomes.push(outcome);
          const key = (
            JSON.parse(outcome.status === 200 ? outcome.body : "{}") as {
              data?: { createOrganization?: { node?: { key: string } } };
            }
          ).data?.createOrganization?.node?.key;
          if (key) acknowledged.push(key);
        } else {
          outcomes.push(
            await post(JSON.stringify({ query: reads[turn % reads.length] })).catch((error: Error) => ({
              status: 599,
              body: error.message,
              ms: 0,
            })),
          );
        }
      }
    };
    await Promise.all([...Array.from({ length: settings.clients }, (_, index) => client(index)), duringLoad?.()]);
    return { acknowledged, outcomes };
  };

  const countPresent = async (keys: string[]) => {
    const { records } = await driver.executeQuery(
      "MATCH (o:Organization) WHERE o.id IN $keys RETURN count(o) AS count",
      { keys },
    );
    return Number(records[0]!.get("count"));
  };

  beforeAll(async () => {
    boltPort = await getPort();
    await startNeo4j();
    driver = createDriver(neo4j);
    await assertSchema(driver);
    await seedDatabase(driver);
    ({ httpServer: server } = await createApp(driver, {
      ...config,
      neo4j: { mode: "external", uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: undefined },
    }));
    server.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    editorToken = await mintToken(config.auth, { id: "resilience-editor", role: "editor" });
    viewerToken = await mintToken(config.auth, { id: "resilience-viewer", role: "viewer" });
  });

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await driver?.close();
    await neo4j?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves a sustained mix of reads and writes with no 5xx, and keeps every acknowledged write", async () => {
    const { acknowledged, outcomes } = await load("steady", settings.seconds);
    const serverErrors = outcomes.filter((outcome) => outcome.status >= 500);
    const errors = outcomes.filter((outcome) => outcome.status === 200 && outcome.body.includes('"errors"'));
    console.log(
      `[resilience] load: ${outcomes.length} requests by ${settings.clients} clients in ${settings.seconds} s, ${serverErrors.length} 5xx, ${errors.length} GraphQL errors, ${acknowledged.length} writes acknowledged`,
    );
    expect(serverErrors).toEqual([]);
    expect(errors).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(await countPresent(acknowledged)).toBe(acknowledged.length);
  });

  it("recovers by itself within 3 s when Neo4j is killed with SIGKILL mid-load, losing no acknowledged write", async () => {
    let killedAt = 0;
    let restartedAt = 0;
    let recoveredAt = 0;
    const { acknowledged, outcomes } = await load("fault", settings.seconds * 2, async () => {
      await new Promise((resolve) => setTimeout(resolve, (settings.seconds * 1_000) / 2));
      killedAt = Date.now();
      process.kill(neo4j.pid, "SIGKILL");
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await startNeo4j();
      restartedAt = Date.now();
      // Recovery, while the load goes on: the first write acknowledged once Neo4j is back, through
      // the same server and driver.
      for (let attempt = 0; attempt < 300 && !recoveredAt; attempt += 1) {
        const outcome = await post(
          JSON.stringify({
            query:
              'mutation { createOrganization(input: { name: "Reprise", kind: COMPANY }, why: "reprise") { node { key } } }',
          }),
          editorToken,
        );
        if (outcome.status === 200 && !outcome.body.includes('"errors"')) recoveredAt = Date.now();
        else await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
    const serverErrors = outcomes.filter((outcome) => outcome.status >= 500);
    const unavailable = outcomes.filter((outcome) => outcome.body.includes("DATABASE_UNAVAILABLE")).length;
    const present = await countPresent(acknowledged);
    console.log(
      `[resilience] fault: ${outcomes.length} requests, killed after ${settings.seconds / 2} s, Neo4j restarted in ${((restartedAt - killedAt) / 1000).toFixed(1)} s, ` +
        `API recovered ${((recoveredAt - restartedAt) / 1000).toFixed(1)} s after the restart; ${unavailable} answered DATABASE_UNAVAILABLE, ${serverErrors.length} 5xx; ` +
        `${acknowledged.length} writes acknowledged, ${present} found after the restart`,
    );
    expect(recoveredAt).toBeGreaterThan(0);
    expect(recoveredAt - restartedAt).toBeLessThan(3_000);
    expect(serverErrors).toEqual([]);
    expect(present).toBe(acknowledged.length);
    expect(outcomes.every((outcome) => !leaks.test(outcome.body))).toBe(true);
  });

  it("answers hostile queries without a crash, a hang, a 5xx or a leak, and forbidden writes stay forbidden", async () => {
    const requests = hostileRequests(settings.hostileQueries, 2026);
    const tally = new Map<string, Map<number, number>>();
    const failures: string[] = [];
    let slowest = 0;
    for (const [index, request] of requests.entries()) {
      const token = request.kind === "forbidden-write" && index % 2 === 0 ? viewerToken : undefined;
      const outcome = await post(request.body, token, request.contentType);
      slowest = Math.max(slowest, outcome.ms);
      const byStatus = tally.get(request.kind) ?? new Map<number, number>();
      byStatus.set(outcome.status, (byStatus.get(outcome.status) ?? 0) + 1);
      tally.set(request.kind, byStatus);
      if (outcome.status >= 500)
        failures.push(`${request.kind} #${index}: HTTP ${outcome.status} ${outcome.body.slice(0, 200)}`);
      if (leaks.test(outcome.body))
        failures.push(`${request.kind} #${index}: leaks internals: ${outcome.body.slice(0, 300)}`);
      if (request.kind === "forbidden-write" && !/UNAUTHENTICATED|FORBIDDEN/u.test(outcome.body))
        failures.push(`${request.kind} #${index}: not refused: ${outcome.body.slice(0, 200)}`);
    }
    const summary = [...tally]
      .map(([kind, byStatus]) => `${kind} ${[...byStatus].map(([status, count]) => `${status}×${count}`).join(" ")}`)
      .join("; ");
    console.log(`[resilience] hostile: ${requests.length} requests, slowest ${Math.round(slowest)} ms — ${summary}`);
    expect(failures).toEqual([]);
    const { records } = await driver.executeQuery(
      "MATCH (o:Organization) WHERE o.name STARTS WITH 'Hostile' RETURN count(o) AS count",
    );
    expect(Number(records[0]!.get("count"))).toBe(0);
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
  });
});
