// CPU profiles of the server, taken after the measured runs (profiling slows the server down) through
// the bench server's inspector session: the headline question through GraphQL, one at a time, and the
// entity lookup under the throughput test's load (16 connections).
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { print } from "graphql";
import { EntityDocument, FirmsAtEventsDocument } from "../../client/src/__generated__/graphql.js";
import { resultsDir } from "./bench-results.js";
import { GraphQLHttp } from "./graphql-http.js";
import { summarizeCpuProfiles } from "./node-profile.js";
import type { BenchServerProcess } from "./server-process.js";
import { measureThroughput } from "./throughput.js";
import type { Ecosystem } from "./synthetic-ecosystem.js";

export async function profileNodeServer(
  server: BenchServerProcess,
  ecosystem: Ecosystem,
  runs: number,
  log: (message: string) => void,
) {
  const dir = path.join(resultsDir, "cpu-profiles", ecosystem.scale);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`CPU profile of the server: the headline through GraphQL, ${runs} times…`);
  const http = new GraphQLHttp(server.maillageUrl);
  const { territory, market } = ecosystem.probes;
  await server.startProfile();
  for (let run = 0; run < runs; run++)
    await http.execute(FirmsAtEventsDocument, {
      territoryRef: `Territory:${territory}`,
      marketRef: `Market:${market}`,
      kinds: ["COMPANY"],
      statedOnly: false,
    });
  await server.stopProfile(path.join(dir, "headline.cpuprofile"));
  return { question: "headline", runs, ...summarizeCpuProfiles(dir) };
}

/** The server's CPU profile while autocannon looks up entities with 16 connections for `seconds`. */
export async function profileEntityLookups(
  server: BenchServerProcess,
  ecosystem: Ecosystem,
  seconds: number,
  log: (message: string) => void,
) {
  const dir = path.join(resultsDir, "cpu-profiles", `${ecosystem.scale}-lookup`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`CPU profile of the server: entity lookups, 16 connections, ${seconds} s…`);
  const query = print(EntityDocument);
  await server.startProfile();
  const run = await measureThroughput(
    {
      name: "entity lookup (profiled)",
      url: server.maillageUrl,
      bodies: ecosystem.probes.entityRefs.map((ref) => JSON.stringify({ query, variables: { ref } })),
    },
    { connections: 16, durationSeconds: seconds, serverPid: server.pid, neo4jPid: undefined },
  );
  await server.stopProfile(path.join(dir, "entity-lookup.cpuprofile"));
  return { question: "entity lookup, 16 connections", runs: run.requests, ...summarizeCpuProfiles(dir) };
}
