// `npm run bench [-- --scale small|medium|large|xlarge] [--quick] [--load-only] [--single-transaction] [--node-profile]`:
// generates the synthetic ecosystem, loads it into a Neo4j of its own (a first load with Neo4j's
// import tool into the embedded store; batched UNWIND into a database NEO4J_URI names), measures the
// online load's batch shapes, every question three ways and the throughput of the server, prints a
// table, writes bench-results/*.json and (for full runs) regenerates docs/BENCHMARKS.md. `xlarge`
// (10 million participations) is load-only: the first load and the store's size.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { print } from "graphql";
import { EntityDocument, FirmsAtEventsDocument } from "../../client/src/__generated__/graphql.js";
import { writeResults, type BenchResults } from "./bench-results.js";
import { startBenchDatabase, type BenchDatabase } from "./bench-database.js";
import { bulkLoad } from "./bulk-load.js";
import { importEcosystem, type FirstLoadReport } from "./first-load.js";
import { measureLatency } from "./measure-questions.js";
import { compareBatchShapes, measureOnlineLoad } from "./online-load.js";
import { loadAverageNow, machineInfo } from "./machine.js";
import { profileEntityLookups, profileNodeServer } from "./node-server-profile.js";
import { profileCalls, profileQuery } from "./profile-plan.js";
import { cpuMeter } from "./process-stats.js";
import { benchQuestions } from "./questions/all-questions.js";
import { printSummary, writeBenchmarksDoc } from "./report.js";
import { startBenchServer, type BenchServerProcess } from "./server-process.js";
import { probeSingleTransaction } from "./single-transaction.js";
import { ecosystemSize, generateEcosystem, scales, type Ecosystem, type ScaleName } from "./synthetic-ecosystem.js";
import { measureThroughput } from "./throughput.js";

/** Memory of the embedded Neo4j per scale (the large store is about 1.5 GB on disk; xlarge, which
 *  is only loaded and counted, does not need its store in memory). */
const neo4jMemory: Record<ScaleName, { heap: string; pageCacheMb: number }> = {
  tiny: { heap: "1g", pageCacheMb: 512 },
  small: { heap: "1g", pageCacheMb: 512 },
  medium: { heap: "2g", pageCacheMb: 1024 },
  large: { heap: "4g", pageCacheMb: 4096 },
  xlarge: { heap: "4g", pageCacheMb: 2048 },
};

/** Memory of the import tool per scale: its heap, and the off-heap memory of its caches. */
const importMemory: Record<ScaleName, { heap: string; maxOffHeapMemory: string }> = {
  tiny: { heap: "512m", maxOffHeapMemory: "512M" },
  small: { heap: "1g", maxOffHeapMemory: "1G" },
  medium: { heap: "1g", maxOffHeapMemory: "1G" },
  large: { heap: "2g", maxOffHeapMemory: "2G" },
  xlarge: { heap: "2g", maxOffHeapMemory: "4G" },
};

/** The graph the online load's batch shapes are compared on, per scale of the run. */
const shapeProbeScale: Record<ScaleName, ScaleName> = {
  tiny: "tiny",
  small: "small",
  medium: "small",
  large: "medium",
  xlarge: "medium",
};

const log = (message: string) => console.log(`[bench] ${message}`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "small" },
      quick: { type: "boolean", default: false },
      "single-transaction": { type: "boolean", default: false },
      "node-profile": { type: "boolean", default: false },
      "load-only": { type: "boolean", default: false },
    },
  });
  if (!(values.scale in scales))
    throw new Error(`--scale must be one of ${Object.keys(scales).join(", ")} (got ${values.scale})`);
  const scale = values.scale as ScaleName;
  const quick = values.quick;
  const loadOnly = values["load-only"] || scale === "xlarge";
  const started = new Date();
  const machine = machineInfo();

  log(`generating the ${scale} ecosystem (${scales[scale].participations.toLocaleString("en")} participations)…`);
  const ecosystem = generateEcosystem({ scale });
  const size = ecosystemSize(ecosystem);
  log(`${size.nodes.toLocaleString("en")} nodes, ${size.relationships.toLocaleString("en")} relationships`);
  const singleTransaction = values["single-transaction"] ? await probeSingleTransaction(ecosystem, log) : undefined;

  // The first load: Neo4j's import tool into the embedded store before it starts (a database that
  // NEO4J_URI names is already running: it is loaded online instead).
  const imported: { report?: FirstLoadReport } = {};
  const database = await startBenchDatabase({
    ...neo4jMemory[scale],
    log,
    beforeFirstStart: async (dataDir) => {
      imported.report = await importEcosystem(ecosystem, dataDir, { ...importMemory[scale], log });
    },
  });
  let results: BenchResults;
  try {
    const firstLoad = imported.report && { ...imported.report, schemaSeconds: database.schemaSeconds };
    if (firstLoad)
      log(`constraints and indexes built over the imported data in ${database.schemaSeconds.toFixed(1)} s`);
    let load = firstLoad ? undefined : await loadEcosystem(database, ecosystem, quick);
    const counts = await graphCounts(database);
    const stored = { nodes: sum(counts.byLabel), relationships: sum(counts.byType) };
    if (stored.nodes !== size.nodes || stored.relationships !== size.relationships) {
      throw new Error(`the store holds ${JSON.stringify(stored)}, not the ${JSON.stringify(size)} generated`);
    }
    // Measured before the online load, whose deleted records the store keeps on disk.
    const storeMb = database.storeDir ? directoryMb(database.storeDir) : undefined;
    if (firstLoad && !loadOnly) load = await loadOnline(database, scale, quick);
    let measured: Pick<BenchResults, "latency" | "throughput" | "profiles"> = {
      latency: [],
      throughput: [],
      profiles: [],
    };
    let nodeProfile: BenchResults["nodeProfile"];
    let lookupProfile: BenchResults["lookupProfile"];
    if (!loadOnly) {
      const server = await startBenchServer({
        uri: database.uri,
        user: database.user,
        password: database.password,
        database: database.database,
      });
      try {
        measured = await measure(database, server, ecosystem, quick);
        if (values["node-profile"]) {
          nodeProfile = await profileNodeServer(server, ecosystem, quick ? 5 : 30, log);
          lookupProfile = await profileEntityLookups(server, ecosystem, quick ? 2 : 10, log);
        }
      } finally {
        await server.stop();
      }
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
        storeMb,
      },
      loadOnly,
      firstLoad,
      load,
      singleTransaction,
      ...measured,
      nodeProfile,
      lookupProfile,
    };
  } finally {
    await database.close();
  }
  // A load-only run of a scale that is otherwise measured in full would drop its questions from the doc.
  const full = !quick && (!loadOnly || scale === "xlarge");
  const file = writeResults(results, full);
  printSummary(results);
  log(`results written to ${path.relative(process.cwd(), file)}`);
  if (full) log(`${path.relative(process.cwd(), writeBenchmarksDoc())} regenerated`);
}

/**
 * The online load after an import: the batch shapes compared on a graph of their own (which also warms
 * the JVM's JIT and the query cache), then the run's ecosystem loaded again under other keys in the
 * fastest shape, and deleted.
 */
async function loadOnline(database: BenchDatabase, scale: ScaleName, quick: boolean): Promise<BenchResults["load"]> {
  const shapes = await compareBatchShapes(
    database.driver,
    database.database,
    quick ? "tiny" : shapeProbeScale[scale],
    log,
  );
  const fastest = shapes.find((shape) => shape.relationshipsPerSecond !== undefined);
  if (!fastest) throw new Error(`every batch shape failed: ${shapes.map((shape) => shape.error).join("; ")}`);
  const report = await measureOnlineLoad(database.driver, database.database, scale, fastest, database.jvmPid, log);
  log(
    `online: ${Math.round(report.nodesPerSecond).toLocaleString("en")} nodes/s, ${Math.round(report.relationshipsPerSecond).toLocaleString("en")} relationships/s`,
  );
  return { ...report, warmedUp: true, into: "imported store", shapes };
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
  return { ...report, cpuSeconds: meter.stop(), warmedUp: true, into: "empty database" };
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
  const lookupBodies = ecosystem.probes.entityRefs.map((ref) =>
    JSON.stringify({ query: print(EntityDocument), variables: { ref } }),
  );
  // The headline runs with the cache off: one body repeated would measure the cache, not the question.
  const targets = [
    {
      // As in production: the response cache on. The 1,000 refs cycle, so after the first round the
      // lookups are answered from it while nothing is written (the row says how many were).
      name: "entity lookup",
      url: server.maillageCachedUrl,
      durationSeconds: 10,
      bodies: lookupBodies,
    },
    { name: "entity lookup, cache off", url: server.maillageUrl, durationSeconds: 10, bodies: lookupBodies },
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
