// `npm run bench [-- --scale small|medium|large] [--quick] [--single-transaction] [--node-profile]`:
// generates the synthetic ecosystem, loads it into a Neo4j of its own, measures every question three
// ways and the throughput of the server, prints a table, writes bench-results/*.json and (for full
// runs) regenerates docs/BENCHMARKS.md.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { print } from "graphql";
import { EntityDocument, FirmsAtEventsDocument } from "../../client/src/__generated__/graphql.js";
import { writeResults, type BenchResults } from "./bench-results.js";
import { startBenchDatabase, type BenchDatabase } from "./bench-database.js";
import { bulkLoad } from "./bulk-load.js";
import { measureLatency } from "./measure-questions.js";
import { loadAverageNow, machineInfo } from "./machine.js";
import { profileNodeServer } from "./node-server-profile.js";
import { profileCalls, profileQuery } from "./profile-plan.js";
import { cpuMeter } from "./process-stats.js";
import { benchQuestions } from "./questions/all-questions.js";
import { printSummary, writeBenchmarksDoc } from "./report.js";
import { startBenchServer, type BenchServerProcess } from "./server-process.js";
import { probeSingleTransaction } from "./single-transaction.js";
import { ecosystemSize, generateEcosystem, scales, type Ecosystem, type ScaleName } from "./synthetic-ecosystem.js";
import { measureThroughput } from "./throughput.js";

/** Memory of the embedded Neo4j per scale (the large store is about 1.5 GB on disk). */
const neo4jMemory: Record<ScaleName, { heap: string; pageCacheMb: number }> = {
  tiny: { heap: "1g", pageCacheMb: 512 },
  small: { heap: "1g", pageCacheMb: 512 },
  medium: { heap: "2g", pageCacheMb: 1024 },
  large: { heap: "4g", pageCacheMb: 4096 },
};

const log = (message: string) => console.log(`[bench] ${message}`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "small" },
      quick: { type: "boolean", default: false },
      "single-transaction": { type: "boolean", default: false },
      "node-profile": { type: "boolean", default: false },
    },
  });
  if (!(values.scale in scales))
    throw new Error(`--scale must be one of ${Object.keys(scales).join(", ")} (got ${values.scale})`);
  const scale = values.scale as ScaleName;
  const quick = values.quick;
  const started = new Date();
  const machine = machineInfo();

  log(`generating the ${scale} ecosystem (${scales[scale].participations.toLocaleString("en")} participations)…`);
  const ecosystem = generateEcosystem({ scale });
  const size = ecosystemSize(ecosystem);
  log(`${size.nodes.toLocaleString("en")} nodes, ${size.relationships.toLocaleString("en")} relationships`);
  const singleTransaction = values["single-transaction"] ? await probeSingleTransaction(ecosystem, log) : undefined;

  const database = await startBenchDatabase({ ...neo4jMemory[scale], log });
  let results: BenchResults;
  try {
    const load = await loadEcosystem(database, ecosystem, quick);
    const counts = await graphCounts(database);
    const stored = { nodes: sum(counts.byLabel), relationships: sum(counts.byType) };
    if (stored.nodes !== size.nodes || stored.relationships !== size.relationships) {
      throw new Error(`the store holds ${JSON.stringify(stored)}, not the ${JSON.stringify(size)} generated`);
    }
    const server = await startBenchServer({
      uri: database.uri,
      user: database.user,
      password: database.password,
      database: database.database,
    });
    let measured: Pick<BenchResults, "latency" | "throughput" | "profiles">;
    let nodeProfile: BenchResults["nodeProfile"];
    try {
      measured = await measure(database, server, ecosystem, quick);
      if (values["node-profile"]) nodeProfile = await profileNodeServer(server, ecosystem, quick ? 5 : 30, log);
    } finally {
      await server.stop();
    }
    const { entityRefs: _, ...probes } = ecosystem.probes;
    results = {
      version: 1,
      scale,
      quick,
      startedAt: started.toISOString(),
      seconds: (Date.now() - started.getTime()) / 1000,
      machine: {
        ...machine,
        loadAverage: { start: machine.loadAverage.start, end: loadAverageNow() },
        neo4j: database.version,
        neo4jMode: database.mode,
        neo4jMemory: database.memory,
      },
      dataset: {
        ...size,
        ...counts,
        gbmOrganizations: ecosystem.gbmOrganizations,
        probes,
        storeMb: database.storeDir ? directoryMb(database.storeDir) : undefined,
      },
      load,
      singleTransaction,
      ...measured,
      nodeProfile,
    };
  } finally {
    await database.close();
  }
  const file = writeResults(results);
  printSummary(results);
  log(`results written to ${path.relative(process.cwd(), file)}`);
  if (!quick) log(`${path.relative(process.cwd(), writeBenchmarksDoc())} regenerated`);
}

/**
 * Warms the JVM (its JIT compiles Neo4j's hot paths over the first tens of thousands of rows) and the
 * query cache with a load of its own, the small scale under other keys, deleted again; then loads.
 */
async function loadEcosystem(
  database: BenchDatabase,
  ecosystem: Ecosystem,
  quick: boolean,
): Promise<BenchResults["load"]> {
  const { driver, database: name } = database;
  log("warming up the loader on a graph of its own…");
  const warmup = generateEcosystem({ scale: quick ? "tiny" : "small", keyPrefix: "warmup-", source: "bench:warmup" });
  await bulkLoad(driver, warmup, { database: name });
  const session = driver.session({ database: name });
  try {
    await session.run(
      "MATCH (n) WHERE 'bench:warmup' IN n.sources CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS",
    );
  } finally {
    await session.close();
  }
  log("loading…");
  const meter = cpuMeter({ neo4j: database.jvmPid });
  const report = await bulkLoad(driver, ecosystem, { database: name, onProgress: log });
  log(
    `loaded: ${Math.round(report.nodesPerSecond).toLocaleString("en")} nodes/s, ${Math.round(report.relationshipsPerSecond).toLocaleString("en")} relationships/s`,
  );
  return { ...report, cpuSeconds: meter.stop(), warmedUp: true };
}

/** Node counts per label and relationship counts per type, as stored. */
async function graphCounts(
  database: BenchDatabase,
): Promise<{ byLabel: Record<string, number>; byType: Record<string, number> }> {
  const count = async (cypher: string) => {
    const { records } = await database.driver.executeQuery(cypher, {}, { database: database.database });
    return Object.fromEntries(records.map((record) => [record.get("name") as string, Number(record.get("count"))]));
  };
  return {
    byLabel: await count("MATCH (n) UNWIND labels(n) AS name RETURN name, count(*) AS count ORDER BY name"),
    byType: await count("MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS count ORDER BY name"),
  };
}

/** Latency of every question three ways, the PROFILE of its queries, and the server's throughput. */
async function measure(database: BenchDatabase, server: BenchServerProcess, ecosystem: Ecosystem, quick: boolean) {
  const reader = { driver: database.driver, database: database.database };
  const latency = await measureLatency(
    benchQuestions,
    { probes: ecosystem.probes, reader, maillageUrl: server.maillageUrl, naiveUrl: server.naiveUrl },
    quick,
    log,
  );

  const profiles = [];
  for (const question of benchQuestions) {
    const { cypher, parameters } = question.cypher(ecosystem.probes);
    profiles.push({
      question: question.id,
      server: await profileCalls(reader, (profiling) => question.server(profiling, ecosystem.probes)),
      cypher: await profileQuery(reader, cypher, parameters),
    });
  }

  const throughput = [];
  const targets = [
    {
      name: "entity lookup",
      url: server.maillageUrl,
      durationSeconds: 10,
      bodies: ecosystem.probes.entityRefs.map((ref) =>
        JSON.stringify({ query: print(EntityDocument), variables: { ref } }),
      ),
    },
    {
      name: "headline (GBM firms at ASD events)",
      url: server.maillageUrl,
      // Each answer takes a second or more: long enough for 64 of them in turn to complete.
      durationSeconds: 30,
      bodies: [
        JSON.stringify({
          query: print(FirmsAtEventsDocument),
          variables: {
            territory: ecosystem.probes.territory,
            market: ecosystem.probes.market,
            kinds: ["COMPANY"],
            statedOnly: false,
          },
        }),
      ],
    },
  ];
  for (const target of targets) {
    for (const connections of [16, 64]) {
      log(`throughput: ${target.name}, ${connections} connections…`);
      throughput.push(
        await measureThroughput(target, {
          connections,
          durationSeconds: quick ? 2 : target.durationSeconds,
          serverPid: server.pid,
          neo4jPid: database.jvmPid,
        }),
      );
    }
  }
  return { latency, throughput, profiles };
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, count) => total + count, 0);

/** The size of a directory's files, in MB. */
function directoryMb(dir: string): number {
  const walk = (current: string): number =>
    readdirSync(current, { withFileTypes: true }).reduce((total, entry) => {
      const full = path.join(current, entry.name);
      return total + (entry.isDirectory() ? walk(full) : statSync(full).size);
    }, 0);
  return Math.round(walk(dir) / 2 ** 20);
}

main().catch((error: unknown) => {
  console.error(`[bench] ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
