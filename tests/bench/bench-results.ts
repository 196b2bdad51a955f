// The results of one benchmark run, as written to bench-results/ (git-ignored) and read back to
// write docs/BENCHMARKS.md.
import { mkdirSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../server/config.js";
import type { BulkLoadReport } from "./bulk-load.js";
import type { FirstLoadReport } from "./first-load.js";
import type { LatencyStats } from "./latency.js";
import type { MachineInfo } from "./machine.js";
import type { ShapeResult } from "./online-load.js";
import type { QueryProfile } from "./profile-plan.js";
import type { BenchQuestion, RunDetail, WayName } from "./questions/bench-question.js";
import { scales, type Probes, type ScaleName } from "./synthetic-ecosystem.js";
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
  /** A load-only run (xlarge): the first load and the store, no questions asked. */
  loadOnly?: boolean | undefined;
  /** The first load with Neo4j's import tool (the embedded database only). */
  firstLoad?: FirstLoadReport | undefined;
  /** The online load through batched UNWIND: into the empty database (when NEO4J_URI names one), or,
   *  after an import, the same ecosystem again under other keys in the fastest of `shapes`. */
  load?:
    | (BulkLoadReport & {
        cpuSeconds: Record<string, number | undefined>;
        warmedUp: boolean;
        into?: "empty database" | "imported store" | undefined;
        shapes?: ShapeResult[] | undefined;
      })
    | undefined;
  singleTransaction?: { heap: string; seconds: number; relationshipsPerSecond?: number; error?: string } | undefined;
  latency: QuestionResult[];
  throughput: ThroughputResult[];
  profiles: Array<{ question: BenchQuestion["id"]; server: QueryProfile[]; cypher: QueryProfile }>;
  nodeProfile?: NodeProfile | undefined;
  /** The server's CPU profile under the entity lookups' load (`--node-profile`). */
  lookupProfile?: NodeProfile | undefined;
}

/** A CPU profile of the server, summed by package and by function. */
export interface NodeProfile {
  question: string;
  runs: number;
  packages: Array<{ name: string; share: number }>;
  functions: Array<{ name: string; share: number }>;
}

/** Writes the results as `<scale>-<time>.json` and, for full runs, `latest-<scale>.json`; returns the file. */
export function writeResults(results: BenchResults, full = !results.quick): string {
  mkdirSync(resultsDir, { recursive: true });
  const stamp = results.startedAt.replace(/[:.]/g, "-");
  const file = path.join(resultsDir, `${results.quick ? "quick-" : ""}${results.scale}-${stamp}.json`);
  const text = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync(file, text);
  if (full) writeFileSync(path.join(resultsDir, `latest-${results.scale}.json`), text);
  return file;
}

/** The latest full results of each scale that has some, smallest scale first. */
export function readLatestResults(): BenchResults[] {
  return (Object.keys(scales) as ScaleName[])
    .map((scale) => path.join(resultsDir, `latest-${scale}.json`))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, "utf8")) as BenchResults);
}
