// A CPU profile of the server answering the headline question through GraphQL, taken after the
// measured runs (profiling slows the server down) through the bench server's inspector session.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { FirmsAtEventsDocument } from "../../client/src/__generated__/graphql.js";
import { resultsDir } from "./bench-results.js";
import { GraphQLHttp } from "./graphql-http.js";
import { summarizeCpuProfiles } from "./node-profile.js";
import type { BenchServerProcess } from "./server-process.js";
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
