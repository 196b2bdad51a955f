// Loads a synthetic ecosystem through batched UNWIND with the driver, one transaction per batch
// (seed/load-facts.ts holds a whole fact set in one transaction: right for the seed, too big for a
// million relationships). The statements are the real loader's: MERGE on node keys, MERGE of each
// relationship on its fact id, evidence on every edge.
import neo4j, { type Driver } from "neo4j-driver";
import { nodeProperties, relationshipProperties } from "../../graph/property-values.js";
import { nodeKeys } from "../../schema/node-keys.js";
import { factId, type Label } from "../../graph/fact-model.js";
import type { Ecosystem, RelationshipGroup } from "./synthetic-ecosystem.js";

export interface BulkLoadOptions {
  database?: string | undefined;
  /** Rows per UNWIND statement (and per transaction). */
  batchSize?: number;
  /** Batches in flight at once. More than one deadlocks on dense nodes (events, markets, communes)
   *  that two batches both add relationships to, beyond what the driver's retries absorb. */
  concurrency?: number;
  /** `merge` (idempotent, the seed loader's statements) or `create` (relationships only; a fresh store). */
  mode?: "merge" | "create";
  onProgress?: (message: string) => void;
}

export interface BulkLoadReport {
  nodes: number;
  relationships: number;
  nodeSeconds: number;
  relationshipSeconds: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  transactions: number;
  batchSize: number;
  concurrency: number;
  mode: "merge" | "create";
}

/** A relationship statement wrote fewer relationships than its rows: an end node is missing. */
export class BulkLoadError extends Error {
  override name = "BulkLoadError";
}

/** Loads every node, then every relationship, committing each batch; reports the rates. */
export async function bulkLoad(
  driver: Driver,
  ecosystem: Ecosystem,
  options: BulkLoadOptions = {},
): Promise<BulkLoadReport> {
  const batchSize = options.batchSize ?? 10_000;
  const concurrency = options.concurrency ?? 1;
  const mode = options.mode ?? "merge";
  const progress = options.onProgress ?? (() => {});
  const write = (cypher: string, parameters: Record<string, unknown[]>) =>
    driver.executeQuery(cypher, parameters, { database: options.database, routing: neo4j.routing.WRITE });
  let transactions = 0;

  const nodeStarted = performance.now();
  let nodes = 0;
  for (const group of ecosystem.nodeGroups) {
    await inBatches(group.size, batchSize, concurrency, async (from, to) => {
      const facts = range(from, to).map((index) => group.fact(index));
      const rows = facts.map((fact) => ({
        key: fact.key,
        sources: fact.sources,
        properties: nodeProperties(fact.label, fact.properties),
      }));
      await write(mergeNodesCypher(group.label), { rows });
      transactions++;
    });
    nodes += group.size;
  }
  const nodeSeconds = (performance.now() - nodeStarted) / 1000;
  progress(`${nodes.toLocaleString("en")} nodes in ${nodeSeconds.toFixed(1)} s`);

  const relationshipStarted = performance.now();
  let relationships = 0;
  for (const group of ecosystem.relationshipGroups) {
    await inBatches(group.size, batchSize, concurrency, async (from, to) => {
      const facts = range(from, to).map((index) => group.fact(index));
      const rows = facts.map((fact) => ({
        factId: factId(fact),
        from: fact.from.slice(group.from.length + 1),
        to: fact.to.slice(group.to.length + 1),
        properties: relationshipProperties(fact.type, {
          ...fact.properties,
          source: fact.source,
          quote: fact.quote,
          confidence: fact.confidence,
          reason: fact.reason ?? null,
        }),
      }));
      const { records } = await write(relationshipsCypher(group, mode), { rows });
      const written = Number(records[0]?.get("written") ?? 0);
      if (written !== facts.length) {
        throw new BulkLoadError(
          `${facts.length - written} ${group.type} relationship(s) of a batch point at a node that does not exist`,
        );
      }
      transactions++;
    });
    relationships += group.size;
    progress(`${group.type} (${group.from}→${group.to}): ${group.size.toLocaleString("en")}`);
  }
  const relationshipSeconds = (performance.now() - relationshipStarted) / 1000;
  return {
    nodes,
    relationships,
    nodeSeconds,
    relationshipSeconds,
    nodesPerSecond: nodes / nodeSeconds,
    relationshipsPerSecond: relationships / relationshipSeconds,
    transactions,
    batchSize,
    concurrency,
    mode,
  };
}

// Parameters go as a list of maps, one per row, and properties are set with `+=`: the statements
// of seed/load-facts.ts. (Columns, one list per property read as `$p[i]`, loaded at the same rate:
// 11,300–13,200 relationships/s either way on the medium scale, machine idle.)

/** MERGE on the label's key, properties set, sources added (the seed loader's statement). */
function mergeNodesCypher(label: Label): string {
  return `UNWIND $rows AS row
    MERGE (n:${label} {${nodeKeys[label]}: row.key})
    SET n += row.properties,
        n.sources = reduce(acc = coalesce(n.sources, []), s IN row.sources | CASE WHEN s IN acc THEN acc ELSE acc + s END)`;
}

/** Matches both ends on their keys, then MERGEs (or CREATEs) the relationship with its evidence. */
function relationshipsCypher(group: RelationshipGroup, mode: "merge" | "create"): string {
  const write =
    mode === "merge"
      ? `MERGE (a)-[r:${group.type} {factId: row.factId}]->(b)`
      : `CREATE (a)-[r:${group.type} {factId: row.factId}]->(b)`;
  return `UNWIND $rows AS row
    MATCH (a:${group.from} {${nodeKeys[group.from]}: row.from})
    MATCH (b:${group.to} {${nodeKeys[group.to]}: row.to})
    ${write}
    SET r += row.properties
    RETURN count(r) AS written`;
}

/** Runs `work` over [0, size) in batches, at most `concurrency` at a time, in order of start. */
async function inBatches(
  size: number,
  batchSize: number,
  concurrency: number,
  work: (from: number, to: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < size) {
      const from = next;
      next = Math.min(size, next + batchSize);
      await work(from, next);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, index) => from + index);
}
