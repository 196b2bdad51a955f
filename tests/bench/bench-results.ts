// The results of one benchmark run, as written to bench-results/ (git-ignored) and read back to
// write docs/BENCHMARKS.md.
import { mkdirSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../server/config.js";
import type { BulkLoadReport } from "./bulk-load.js";
import type { LatencyStats } from "./latency.js";
import type { MachineInfo } from "./machine.js";
import type { QueryProfile } from "./profile-plan.js";
import type { BenchQuestion, RunDetail, WayName } from "./questions/bench-question.js";
import type { Probes, ScaleName } from "./synthetic-ecosystem.js";
import type { ThroughputResult } from "./throughput.js";

export const resultsDir = path.join(projectRoot, "bench-results");

export interface QuestionResult {
  question: BenchQuestion["id"];
  title: string;
  ways: Record<WayName, { stats: LatencyStats; detail: RunDetail }>;
  /** Whether the three ways gave the same answer; if not, which differ. */
  agree: boolean;
  disagreement?: string | undefined;
}

export interface BenchResults {
  version: 1;
  scale: ScaleName;
  quick: boolean;
  startedAt: string;
  seconds: number;
  machine: MachineInfo & {
    neo4j: string;
    neo4jMode: "embedded" | "external";
    neo4jMemory?: { heap: string; pageCacheMb: number } | undefined;
  };
  dataset: {
    nodes: number;
    relationships: number;
    participations: number;
    byLabel: Record<string, number>;
    byType: Record<string, number>;
    gbmOrganizations: number;
    probes: Omit<Probes, "entityRefs">;
    storeMb?: number | undefined;
  };
  load: BulkLoadReport & { cpuSeconds: Record<string, number | undefined>; warmedUp: boolean };
  singleTransaction?: { heap: string; seconds: number; relationshipsPerSecond?: number; error?: string } | undefined;
  latency: QuestionResult[];
  throughput: ThroughputResult[];
  profiles: Array<{ question: BenchQuestion["id"]; server: QueryProfile[]; cypher: QueryProfile }>;
  nodeProfile?:
    | {
        question: string;
        runs: number;
        packages: Array<{ name: string; share: number }>;
        functions: Array<{ name: string; share: number }>;
      }
    | undefined;
}

/** Writes the results as `<scale>-<time>.json` and, for full runs, `latest-<scale>.json`; returns the file. */
export function writeResults(results: BenchResults): string {
  mkdirSync(resultsDir, { recursive: true });
  const stamp = results.startedAt.replace(/[:.]/g, "-");
  const file = path.join(resultsDir, `${results.quick ? "quick-" : ""}${results.scale}-${stamp}.json`);
  const text = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync(file, text);
  if (!results.quick) writeFileSync(path.join(resultsDir, `latest-${results.scale}.json`), text);
  return file;
}

/** The latest full results of each scale that has some, smallest scale first. */
export function readLatestResults(): BenchResults[] {
  return (["tiny", "small", "medium", "large"] as const)
    .map((scale) => path.join(resultsDir, `latest-${scale}.json`))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, "utf8")) as BenchResults);
}
