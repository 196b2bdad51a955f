// `npm run bench:soak [-- --minutes 10 --rate 50 --scale small]`: a steady mixed load at a fixed rate
// against the bench server (entity lookups and searches read anonymously, organisation edits by an
// editor), for a number of minutes. The server's resident memory and the p99 latency of the first
// and last windows are compared: a leak or a slowdown shows as growth. Writes
// bench-results/soak-<scale>.json and the "Soak" section of docs/BENCHMARKS.md (that scale's row).
import { randomBytes } from "node:crypto";
import { print } from "graphql";
import { parseArgs } from "node:util";
import { EditOrganizationDocument, EntityDocument, SearchDocument } from "../../client/src/__generated__/graphql.js";
import { mintToken } from "../../server/auth/mint-token.js";
import { parseConfig } from "../../server/config.js";
import { startBenchDatabase } from "./bench-database.js";
import { importEcosystem, type FirstLoadReport } from "./first-load.js";
import { loadAverageNow, machineInfo } from "./machine.js";
import { residentMb } from "./process-stats.js";
import { startBenchServer } from "./server-process.js";
import { soakVerdict, type SoakResults, type SoakSample } from "./soak-results.js";
import { writeSoakResults } from "./soak-section.js";
import { generateEcosystem, scales, type ScaleName } from "./synthetic-ecosystem.js";

const log = (message: string) => console.log(`[soak] ${message}`);

/** Requests in flight at most: beyond it the server has fallen behind the rate, and a request is dropped. */
const maxInFlight = 256;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      minutes: { type: "string", default: "10" },
      rate: { type: "string", default: "50" },
      scale: { type: "string", default: "small" },
      "write-share": { type: "string", default: "0.1" },
    },
  });
  const minutes = Number(values.minutes);
  const rate = Number(values.rate);
  const writeShare = Number(values["write-share"]);
  if (!(minutes > 0) || !(rate > 0) || !(writeShare >= 0 && writeShare <= 1))
    throw new Error("--minutes and --rate must be positive numbers, --write-share between 0 and 1");
  if (!(values.scale in scales) || values.scale === "xlarge")
    throw new Error(`--scale must be one of tiny, small, medium, large (got ${values.scale})`);
  const scale = values.scale as ScaleName;
  const started = new Date();
  const machine = machineInfo();

  const ecosystem = generateEcosystem({ scale });
  const imported: { report?: FirstLoadReport } = {};
  const database = await startBenchDatabase({
    heap: "1g",
    pageCacheMb: 1024,
    log,
    beforeFirstStart: async (dataDir) => {
      imported.report = await importEcosystem(ecosystem, dataDir, { heap: "1g", maxOffHeapMemory: "1G", log });
    },
  });
  if (!imported.report) {
    await database.close();
    throw new Error("the soak needs the embedded Neo4j (unset NEO4J_URI): it loads its graph with the import tool");
  }
  const jwtSecret = randomBytes(32).toString("hex");
  const server = await startBenchServer({
    uri: database.uri,
    user: database.user,
    password: database.password,
    database: database.database,
    jwtSecret,
  });
  let results: SoakResults;
  try {
    const token = await mintToken(parseConfig({ JWT_SECRET: jwtSecret }).auth, { id: "bench-soak", role: "editor" });
    const requests = requestMix(ecosystem.probes.entityRefs, ecosystem.probes.searchText, writeShare, token);
    log(
      `${minutes} min at ${rate} requests/s (${Math.round(writeShare * 100)} % edits) against ${server.maillageCachedUrl}…`,
    );
    // The app as `npm start` runs it, the response cache on: the steady state of a deployment.
    await warmUp(server.maillageCachedUrl, requests);
    const samples = await runAtFixedRate(server.maillageCachedUrl, requests, rate, minutes * 60_000, server.pid);
    results = {
      version: 1,
      scale,
      startedAt: started.toISOString(),
      minutes,
      rate,
      writeShare,
      loadAverage: { start: machine.loadAverage.start, end: loadAverageNow() },
      cpus: machine.cpus,
      ...soakVerdict(samples.requests, samples.memory, minutes * 60_000),
    };
  } finally {
    await server.stop();
    await database.close();
  }
  const file = writeSoakResults(results);
  log(
    `server RSS ${results.start.rssMb.toFixed(0)} → ${results.end.rssMb.toFixed(0)} MB, p99 ${results.start.p99Ms.toFixed(1)} → ` +
      `${results.end.p99Ms.toFixed(1)} ms, ${results.errors} errors, ${results.dropped} dropped: ${results.verdict}`,
  );
  log(`written to ${file} and docs/BENCHMARKS.md`);
}

interface SoakRequest {
  kind: "read" | "write";
  body: string;
  headers: Record<string, string>;
}

/** The i-th request of the mix: lookups of a different organisation each time, a search in ten, edits. */
function requestMix(refs: string[], searchText: string, writeShare: number, token: string) {
  const entity = print(EntityDocument);
  const search = print(SearchDocument);
  const edit = print(EditOrganizationDocument);
  const json = { "content-type": "application/json" };
  const writeEvery = writeShare > 0 ? Math.round(1 / writeShare) : 0;
  return (index: number): SoakRequest => {
    const ref = refs[index % refs.length]!;
    if (writeEvery > 0 && index % writeEvery === writeEvery - 1) {
      return {
        kind: "write",
        headers: { ...json, authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: edit,
          variables: {
            id: ref.slice("Organization:".length),
            changes: { headcount: 10 + (index % 500) },
            why: "bench soak: steady edits",
          },
        }),
      };
    }
    const body =
      index % 10 === 4
        ? JSON.stringify({ query: search, variables: { text: searchText, limit: 20, offset: 0 } })
        : JSON.stringify({ query: entity, variables: { ref } });
    return { kind: "read", headers: json, body };
  };
}

/** Sends the mix's first requests one at a time, unmeasured: plans cached, JIT warm, page cache read. */
async function warmUp(url: string, request: (index: number) => SoakRequest, count = 40): Promise<void> {
  for (let index = 0; index < count; index++) {
    const { body, headers } = request(index);
    await (await fetch(url, { method: "POST", headers, body })).text();
  }
}

/** Sends requests on a fixed schedule (open loop: a slow answer does not slow the sending). */
async function runAtFixedRate(
  url: string,
  request: (index: number) => SoakRequest,
  rate: number,
  durationMs: number,
  serverPid: number | undefined,
): Promise<{ requests: SoakSample[]; memory: Array<{ atMs: number; rssMb: number }> }> {
  const requests: SoakSample[] = [];
  const memory: Array<{ atMs: number; rssMb: number }> = [];
  const started = performance.now();
  const sampler = setInterval(() => {
    const rssMb = residentMb(serverPid);
    if (rssMb !== undefined) memory.push({ atMs: performance.now() - started, rssMb });
  }, 1000);
  const pending = new Set<Promise<void>>();
  const total = Math.floor((durationMs / 1000) * rate);
  for (let index = 0; index < total; index++) {
    const due = started + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const atMs = performance.now() - started;
    const { kind, body, headers } = request(index);
    if (pending.size >= maxInFlight) {
      requests.push({ atMs, kind, ms: Number.NaN, ok: false, dropped: true });
      continue;
    }
    const sent = (async () => {
      const sentAt = performance.now();
      let ok: boolean;
      try {
        const response = await fetch(url, { method: "POST", headers, body });
        const text = await response.text();
        ok = response.status === 200 && !text.includes('"errors":');
      } catch {
        ok = false;
      }
      requests.push({ atMs, kind, ms: performance.now() - sentAt, ok, dropped: false });
    })();
    pending.add(sent);
    void sent.finally(() => pending.delete(sent));
  }
  await Promise.all(pending);
  clearInterval(sampler);
  return { requests, memory };
}

main().catch((error: unknown) => {
  console.error(`[soak] ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
