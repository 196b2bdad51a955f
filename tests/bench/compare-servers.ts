// `npm run bench:compare -- [--scale medium] [--runs 30] [--rounds 3] <checkout> [<checkout>…]`:
// the servers of several checkouts (a git worktree of an older commit, say) over one Neo4j holding
// the synthetic ecosystem, each question asked of each in turn: the CPU the server process and
// Neo4j spend per answer, and the median time. CPU per answer is the figure to compare on a busy
// machine, where times swing with other processes' load. How BENCHMARKS.md's before/after were taken.
import path from "node:path";
import { parseArgs } from "node:util";
import { startBenchDatabase } from "./bench-database.js";
import { bulkLoad } from "./bulk-load.js";
import { GraphQLHttp } from "./graphql-http.js";
import { quantile } from "./latency.js";
import { cpuSeconds } from "./process-stats.js";
import { benchQuestions } from "./questions/all-questions.js";
import type { Way } from "./questions/bench-question.js";
import { startBenchServer, type BenchServerProcess } from "./server-process.js";
import { generateEcosystem, scales, type ScaleName } from "./synthetic-ecosystem.js";

const log = (message: string) => console.log(`[compare] ${message}`);

/** Runs `way` after a warm-up; CPU milliseconds per run of the given processes, and the median time. */
async function measure(way: Way, runs: number, pids: Record<string, number | undefined>) {
  for (let run = 0; run < 3; run++) await way.run();
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid) ?? Number.NaN]));
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await way.run();
    times.push(performance.now() - started);
  }
  const cpu = Object.fromEntries(
    Object.entries(pids).map(([name, pid]) => [
      name,
      (((cpuSeconds(pid) ?? Number.NaN) - before[name]!) * 1000) / runs,
    ]),
  );
  return {
    cpu,
    medianMs: quantile(
      times.sort((a, b) => a - b),
      0.5,
    ),
  };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      scale: { type: "string", default: "medium" },
      runs: { type: "string", default: "30" },
      rounds: { type: "string", default: "3" },
    },
  });
  if (!(values.scale in scales))
    throw new Error(`--scale must be one of ${Object.keys(scales).join(", ")} (got ${values.scale})`);
  if (positionals.length === 0) throw new Error("name at least one checkout to compare (a directory holding Maillage)");
  const runs = Number(values.runs);
  const ecosystem = generateEcosystem({ scale: values.scale as ScaleName });
  const database = await startBenchDatabase({ heap: "2g", pageCacheMb: 2048, log });
  const servers: Array<{ name: string; server: BenchServerProcess }> = [];
  try {
    log(`loading the ${values.scale} ecosystem…`);
    await bulkLoad(database.driver, ecosystem, { database: database.database });
    for (const root of positionals) {
      const server = await startBenchServer(
        { uri: database.uri, user: database.user, password: database.password, database: database.database },
        path.resolve(root),
      );
      servers.push({ name: path.basename(path.resolve(root)), server });
    }
    const reader = { driver: database.driver, database: database.database };
    for (let round = 1; round <= Number(values.rounds); round++) {
      const rows = [];
      for (const question of benchQuestions) {
        for (const { name, server } of servers) {
          const http = new GraphQLHttp(server.maillageUrl);
          const { cpu, medianMs } = await measure(
            question.ways({ probes: ecosystem.probes, reader, maillage: http, naive: http }).graphql,
            runs,
            { server: server.pid, neo4j: database.jvmPid },
          );
          rows.push({
            question: question.id,
            way: `(a) ${name}`,
            "server CPU ms": cpu.server!.toFixed(1),
            "Neo4j CPU ms": cpu.neo4j!.toFixed(1),
            "median ms": medianMs.toFixed(1),
          });
        }
        const http = new GraphQLHttp(servers[0]!.server.maillageUrl);
        const { cpu, medianMs } = await measure(
          question.ways({ probes: ecosystem.probes, reader, maillage: http, naive: http }).cypher,
          runs,
          { neo4j: database.jvmPid },
        );
        rows.push({
          question: question.id,
          way: "(b) Cypher",
          "server CPU ms": "–",
          "Neo4j CPU ms": cpu.neo4j!.toFixed(1),
          "median ms": medianMs.toFixed(1),
        });
      }
      log(`round ${round}, ${runs} runs each, per answer:`);
      console.table(rows);
    }
  } finally {
    for (const { server } of servers) await server.stop();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`[compare] ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
