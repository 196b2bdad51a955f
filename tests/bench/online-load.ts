// The online load, through batched UNWIND (bulk-load.ts) into a running database: which batch shape
// (rows per transaction, transactions in flight, MERGE or CREATE) loads fastest, measured on a graph
// of its own under other keys and deleted again; then the benchmark's ecosystem loaded in that shape.
import type { Driver } from "neo4j-driver";
import { bulkLoad, type BulkLoadReport } from "./bulk-load.js";
import { cpuMeter } from "./process-stats.js";
import { generateEcosystem, type ScaleName } from "./synthetic-ecosystem.js";

export interface BatchShape {
  batchSize: number;
  concurrency: number;
  mode: "merge" | "create";
}

export interface ShapeResult extends BatchShape {
  relationshipsPerSecond?: number | undefined;
  /** Why the shape failed (e.g. a deadlock between two batches on a dense node). */
  error?: string | undefined;
}

/** The shapes tried, the seed loader's (10,000 rows, one at a time, MERGE) first. */
export const batchShapes: BatchShape[] = [
  { batchSize: 10_000, concurrency: 1, mode: "merge" },
  { batchSize: 2_000, concurrency: 1, mode: "merge" },
  { batchSize: 50_000, concurrency: 1, mode: "merge" },
  { batchSize: 10_000, concurrency: 2, mode: "merge" },
  { batchSize: 10_000, concurrency: 1, mode: "create" },
  { batchSize: 10_000, concurrency: 2, mode: "create" },
];

/** Loads a graph of `scale` under its own keys once per shape, deleting it after each; fastest first. */
export async function compareBatchShapes(
  driver: Driver,
  database: string | undefined,
  scale: ScaleName,
  log: (message: string) => void,
): Promise<ShapeResult[]> {
  // A warm-up load first (JIT, query cache, page cache), unmeasured: else the first shape pays for it.
  const warmup = generateEcosystem({ scale: "tiny", keyPrefix: "shape-warmup-", source: "bench:shape-warmup" });
  try {
    for (const mode of ["merge", "create"] as const) await bulkLoad(driver, warmup, { database, mode, batchSize: 100 });
  } finally {
    await deleteBySource(driver, database, "bench:shape-warmup");
  }
  const results: ShapeResult[] = [];
  for (const [index, shape] of batchShapes.entries()) {
    const source = `bench:shape-${index}`;
    const ecosystem = generateEcosystem({ scale, keyPrefix: `shape${index}-`, source });
    try {
      const report = await bulkLoad(driver, ecosystem, { database, ...shape });
      results.push({ ...shape, relationshipsPerSecond: report.relationshipsPerSecond });
      log(
        `batch shape ${describeShape(shape)}: ${Math.round(report.relationshipsPerSecond).toLocaleString("en")} rel/s`,
      );
    } catch (error) {
      results.push({ ...shape, error: (error as Error).message.split("\n")[0] });
      log(`batch shape ${describeShape(shape)} failed: ${(error as Error).message.split("\n")[0]}`);
    } finally {
      await deleteBySource(driver, database, source);
    }
  }
  return results.sort((a, b) => (b.relationshipsPerSecond ?? -1) - (a.relationshipsPerSecond ?? -1));
}

/** The benchmark's ecosystem once more, under its own keys, in `shape`; deleted afterwards. */
export async function measureOnlineLoad(
  driver: Driver,
  database: string | undefined,
  scale: ScaleName,
  shape: BatchShape,
  neo4jPid: number | undefined,
  log: (message: string) => void,
): Promise<BulkLoadReport & { cpuSeconds: Record<string, number | undefined> }> {
  const source = "bench:online";
  const ecosystem = generateEcosystem({ scale, keyPrefix: "online-", source });
  log(`online load of the ${scale} ecosystem under other keys, ${describeShape(shape)}…`);
  try {
    const meter = cpuMeter({ neo4j: neo4jPid });
    const report = await bulkLoad(driver, ecosystem, { database, ...shape, onProgress: log });
    return { ...report, cpuSeconds: meter.stop() };
  } finally {
    await deleteBySource(driver, database, source);
  }
}

export const describeShape = (shape: BatchShape) =>
  `${shape.batchSize.toLocaleString("en")} rows × ${shape.concurrency} in flight, ${shape.mode.toUpperCase()}`;

/** Deletes every node a load tagged with `source`, with its relationships, in batches. */
export async function deleteBySource(driver: Driver, database: string | undefined, source: string): Promise<void> {
  // CALL … IN TRANSACTIONS needs an implicit transaction: session.run, not executeQuery.
  const session = driver.session({ database });
  try {
    await session.run(
      "MATCH (n) WHERE $source IN n.sources CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS",
      { source },
    );
  } finally {
    await session.close();
  }
}
