// The entry of a worker thread that runs one network computation (metric-jobs.ts) and posts its
// result back; metric-runner.ts starts it with the compressed rows and the job as workerData.
import { parentPort, workerData } from "node:worker_threads";
import { resultBuffers, runMetricJob, type MetricJob } from "./metric-jobs.js";
import type { Adjacency } from "./network-graph.js";

const { graph, job } = workerData as { graph: Adjacency; job: MetricJob };
const result = runMetricJob(graph, job);
parentPort!.postMessage(result, resultBuffers(result));
