// Run by the benchmark as a child process (so that its memory and CPU are its own): Maillage's HTTP
// app, built by createApp as `npm start` builds it (the response cache on, as in production), the
// same app with the response cache off (RESPONSE_CACHE_MB=0: what the questions' own latencies and
// the comparisons measure, each repeat running the question again), and the naive server of way (c),
// each on a free loopback port over the same Neo4j. Prints `READY {urls}`; stops when its standard
// input closes.
// On its standard input, `profile-start` starts a V8 CPU profile and `profile-stop <file>` writes it.
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { Session } from "node:inspector/promises";
import readline from "node:readline";
import type { AddressInfo } from "node:net";
import neo4j from "neo4j-driver";
import { createApp } from "../../server/app.js";
import { parseConfig } from "../../server/config.js";
import { createDriver } from "../../server/neo4j/driver.js";
import { startNaiveServer } from "./naive-server.js";

/** What the parent passes as the first argument (JSON). */
export interface BenchServerOptions {
  uri: string;
  user?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
  /** The secret tokens are signed with, when the caller signs some (the soak's editor); random otherwise. */
  jwtSecret?: string | undefined;
}

async function main(): Promise<void> {
  const { uri, user, password, database, jwtSecret } = JSON.parse(process.argv[2] ?? "{}") as BenchServerOptions;
  const driver = createDriver({ uri, user, password });
  // The production defaults (query limits, time-out, anonymous reading), as `npm start` would run.
  const config = parseConfig({
    NODE_ENV: "production",
    NEO4J_URI: uri,
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: database,
    GRAPHQL_INTROSPECTION: "false",
    // The benchmarks measure throughput from one client: the per-client rate limit would cap it.
    RATE_LIMIT_PER_MINUTE: "0",
    JWT_SECRET: jwtSecret ?? randomBytes(32).toString("hex"),
  });
  const listen = async (app: Promise<{ httpServer: Server }>) => {
    const { httpServer } = await app;
    httpServer.listen(0, "127.0.0.1");
    await new Promise<void>((resolve) => httpServer.once("listening", resolve));
    return { httpServer, url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql` };
  };
  const cached = await listen(createApp(driver, config));
  const uncached = await listen(createApp(driver, { ...config, responseCache: { maxBytes: 0 } }));

  // The naive server fans out thousands of queries per request: its own pool, with time to wait for it.
  const naiveDriver = neo4j.driver(uri, password ? neo4j.auth.basic(user ?? "neo4j", password) : undefined, {
    connectionAcquisitionTimeout: 600_000,
  });
  const naive = await startNaiveServer(naiveDriver, database);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await naive.close();
    await Promise.all(
      [cached, uncached].map(({ httpServer }) => new Promise<void>((resolve) => httpServer.close(() => resolve()))),
    );
    await Promise.all([driver.close(), naiveDriver.close()]);
    process.exit(0);
  };
  const profiler = new Session();
  profiler.connect();
  readline.createInterface({ input: process.stdin }).on("line", (line) => {
    void (async () => {
      if (line === "profile-start") {
        await profiler.post("Profiler.enable");
        await profiler.post("Profiler.start");
        process.stdout.write("PROFILING\n");
      } else if (line.startsWith("profile-stop ")) {
        const { profile } = await profiler.post("Profiler.stop");
        writeFileSync(line.slice("profile-stop ".length), JSON.stringify(profile));
        process.stdout.write("PROFILED\n");
      }
    })();
  });
  process.stdin.on("end", () => void stop());
  process.on("SIGTERM", () => void stop());
  const urls = { maillage: uncached.url, maillageCached: cached.url, naive: naive.url };
  process.stdout.write(`READY ${JSON.stringify(urls)}\n`);
}

main().catch((error: unknown) => {
  process.stdout.write(`ERROR ${(error as Error).message}\n`);
  process.exit(1);
});
