// `npm run bench:network [-- --scale large] [--read-only]`: the network metrics (schema/network.graphql)
// through GraphQL on the synthetic ecosystem: first the default projection's read split into its steps
// (Neo4j streaming the nodes and the relationships, filling the arrays, building the compressed rows),
// then each question cold (the cache dropped before it by a write from this process, which the server
// sees through the count store, as it would see another instance's) and cached. Prints tables and
// writes bench-results/network-<scale>.json. `--read-only` stops after the read's split.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Driver } from "neo4j-driver";
import {
  NetworkBrokersDocument,
  NetworkChangeDocument,
  NetworkCommunitiesDocument,
  NetworkMetricsDocument,
} from "../../client/src/__generated__/graphql.js";
import { projectRoot } from "../../server/config.js";
import { loadProjection, type LoadPhase } from "../../server/network/load-projection.js";
import { parseProjection } from "../../server/network/projection-input.js";
import { startBenchDatabase } from "./bench-database.js";
import { bulkLoad } from "./bulk-load.js";
import { GraphQLHttp } from "./graphql-http.js";
import { loadAverageNow, machineInfo } from "./machine.js";
import { startBenchServer } from "./server-process.js";
import { ecosystemSize, generateEcosystem, scales, type ScaleName } from "./synthetic-ecosystem.js";

const log = (message: string) => console.log(`[bench:network] ${message}`);

/** How many times each cached answer is asked. */
const cachedRuns = 10;

interface Timing {
  question: string;
  coldMs: number;
  cachedP50Ms: number;
  cachedMaxMs: number;
  serverComputedMs: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scale: { type: "string", default: "large" }, "read-only": { type: "boolean", default: false } },
  });
  if (!(values.scale in scales)) throw new Error(`--scale must be one of ${Object.keys(scales).join(", ")}`);
  const scale = values.scale as ScaleName;
  const machine = machineInfo();
  const ecosystem = generateEcosystem({ scale });
  const size = ecosystemSize(ecosystem);
  log(`${size.nodes.toLocaleString("en")} nodes, ${size.relationships.toLocaleString("en")} relationships`);
  const database = await startBenchDatabase({
    heap: scale === "large" ? "3g" : "1g",
    pageCacheMb: scale === "large" ? 2048 : 512,
    log,
  });
  try {
    await bulkLoad(database.driver, ecosystem, { database: database.database, onProgress: log });
    const readSplit = await splitProjectionRead(database.driver, database.database);
    if (values["read-only"]) return;
    const server = await startBenchServer({
      uri: database.uri,
      user: database.user,
      password: database.password,
      database: database.database,
    });
    try {
      const http = new GraphQLHttp(server.maillageUrl);
      let tick = 0;
      /** A write the server did not make: the count store moves, the cache is dropped. */
      const dropCache = () =>
        database.driver.executeQuery(
          "CREATE (:NetworkBenchTick {n: $n})",
          { n: (tick += 1) },
          { database: database.database },
        );
      const questions: Array<{ question: string; ask: () => Promise<number> }> = [
        ...(["DEGREE", "PAGERANK", "BETWEENNESS"] as const).map((metric) => ({
          question: `networkMetrics ${metric} (top 50)`,
          ask: async () =>
            (await http.execute(NetworkMetricsDocument, { metric, top: 50 })).data.networkMetrics.projection.computedMs,
        })),
        {
          question: "communities (Louvain)",
          ask: async () => (await http.execute(NetworkCommunitiesDocument, {})).data.communities.projection.computedMs,
        },
        {
          question: "brokers ASD ↔ HEALTH (top 5, with paths)",
          ask: async () => (await http.execute(NetworkBrokersDocument, {})).data.brokers.projection.computedMs,
        },
        {
          question: "networkChange 2023 → 2024",
          ask: async () => {
            await http.execute(NetworkChangeDocument, {});
            return Number.NaN;
          },
        },
      ];
      const timings: Timing[] = [];
      for (const { question, ask } of questions) {
        await dropCache();
        let started = performance.now();
        const serverComputedMs = await ask();
        const coldMs = performance.now() - started;
        const cached: number[] = [];
        for (let i = 0; i < cachedRuns; i++) {
          started = performance.now();
          await ask();
          cached.push(performance.now() - started);
        }
        cached.sort((a, b) => a - b);
        const timing = {
          question,
          coldMs,
          cachedP50Ms: cached[Math.floor(cached.length / 2)]!,
          cachedMaxMs: cached[cached.length - 1]!,
          serverComputedMs,
        };
        log(JSON.stringify(timing));
        timings.push(timing);
      }
      const results = { scale, size, machine: { ...machine, loadAverageEnd: loadAverageNow() }, readSplit, timings };
      const dir = path.join(projectRoot, "bench-results");
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, `network-${scale}.json`), JSON.stringify(results, null, 2));
      console.log(`\n| question | cold (ms) | cached p50 (ms) | cached max (ms) |\n| --- | --- | --- | --- |`);
      for (const t of timings)
        console.log(
          `| ${t.question} | ${t.coldMs.toFixed(0)} | ${t.cachedP50Ms.toFixed(1)} | ${t.cachedMaxMs.toFixed(1)} |`,
        );
      console.log(
        `load average ${machine.loadAverage.start.toFixed(1)} → ${loadAverageNow().toFixed(1)} on ${machine.cpus} cores`,
      );
    } finally {
      await server.stop();
    }
  } finally {
    await database.close();
  }
}

/** Reads the default projection in this process, as the server does, and prints each step's time. */
async function splitProjectionRead(driver: Driver, database: string | undefined) {
  const phases: Array<{ phase: LoadPhase; ms: number }> = [];
  const started = performance.now();
  const graph = await loadProjection({ driver, database, timeoutMs: 600_000 }, parseProjection(null), (phase, ms) =>
    phases.push({ phase, ms }),
  );
  const totalMs = performance.now() - started;
  console.log(
    `\nThe default projection's read: ${graph.size.toLocaleString("en")} nodes, ` +
      `${graph.ties.from.length.toLocaleString("en")} relationships, ${graph.edgeCount.toLocaleString("en")} distinct ties` +
      ` (load average ${loadAverageNow().toFixed(1)})\n\n| step | ms |\n| --- | --- |`,
  );
  for (const { phase, ms } of phases) console.log(`| ${phase} | ${ms.toFixed(0)} |`);
  console.log(`| total | ${totalMs.toFixed(0)} |\n`);
  return { phases, totalMs, nodes: graph.size, relationships: graph.ties.from.length, ties: graph.edgeCount };
}

await main();
