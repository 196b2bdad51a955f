// Runs a network computation off the event loop: on a projection large enough for it to take long,
// in a worker thread of its own (metric-worker.ts), so the server keeps answering other requests
// meanwhile, and terminated when it outlasts the time-out (NETWORK_TIMEOUT_MS). Small projections
// (the seed) are computed inline: starting a thread would cost more than the computation.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { runMetricJob, type MetricJob, type MetricJobResult } from "./metric-jobs.js";
import type { Adjacency } from "./network-graph.js";
import { NetworkTimeoutError } from "./network-timeout.js";

/** From this many adjacency entries (twice the ties) on, a computation runs in a worker thread. */
export const workerFromEntries = 100_000;

/**
 * What a worker thread runs: tsx's module API (the ESM build, beside the CommonJS one `require`
 * resolves) imports the worker's TypeScript entry, as the server's own files are run.
 */
const tsxApi = new URL("./index.mjs", pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api"))).href;
const workerEntry = new URL("./metric-worker.ts", import.meta.url).href;
const workerCode = `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(${JSON.stringify(workerEntry)}, ${JSON.stringify(workerEntry)}))`;

export interface MetricRunnerOptions {
  /** How long a computation may run (ms); none: no limit. */
  timeoutMs?: number | undefined;
  /** From this many adjacency entries on, a computation runs in a worker (`workerFromEntries` by default). */
  workerFrom?: number;
}

export class MetricRunner {
  private readonly workers = new Set<Worker>();
  private readonly timeoutMs: number | undefined;
  private readonly workerFrom: number;

  constructor(options: MetricRunnerOptions = {}) {
    this.timeoutMs = options.timeoutMs;
    this.workerFrom = options.workerFrom ?? workerFromEntries;
  }

  /** The result of `job` on `graph`: inline on a small projection, in a worker thread otherwise. */
  async run<J extends MetricJob>(graph: Adjacency, job: J): Promise<MetricJobResult<J>> {
    if (graph.neighbours.length < this.workerFrom) return runMetricJob(graph, job);
    return this.inWorker(graph, job);
  }

  /** How many worker threads are computing now. */
  get running(): number {
    return this.workers.size;
  }

  private inWorker<J extends MetricJob>(graph: Adjacency, job: J): Promise<MetricJobResult<J>> {
    const { size, offsets, neighbours, multiplicity } = graph;
    // The rows are copied into the worker (a few tens of MB at most); the result's buffers come back whole.
    const worker = new Worker(workerCode, {
      eval: true,
      workerData: { graph: { size, offsets, neighbours, multiplicity }, job },
    });
    this.workers.add(worker);
    return new Promise<MetricJobResult<J>>((resolve, reject) => {
      let outcome: { result: MetricJobResult<J> } | { error: unknown } | undefined;
      const timer =
        this.timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              outcome ??= { error: new NetworkTimeoutError(`computation (${job.kind})`, this.timeoutMs!) };
              void worker.terminate();
            }, this.timeoutMs);
      worker.once("message", (result: MetricJobResult<J>) => {
        outcome ??= { result };
        void worker.terminate();
      });
      worker.once("error", (error) => {
        outcome ??= { error };
      });
      // Settled once the thread is gone: a time-out's answer means the computation has stopped.
      worker.once("exit", (code) => {
        clearTimeout(timer);
        this.workers.delete(worker);
        if (outcome && "result" in outcome) resolve(outcome.result);
        else
          reject(
            (outcome?.error as Error | undefined) ??
              new Error(`the network worker stopped (exit code ${code}) before answering`),
          );
      });
    });
  }
}
