// Streams a projection out of Neo4j: its nodes, then its relationships grouped by start node, each
// reduced to numbers (internal ids as floats, years) so that a million relationships decode fast.
import { nodeKeys } from "../../schema/node-keys.js";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import { NetworkGraph, type NetworkNode } from "./network-graph.js";
import type { Projection } from "./projection-input.js";
import { isTransactionTimeout, NetworkTimeoutError } from "./network-timeout.js";

/** The label expression of the projection (`Organization|Person`); labels come from the schema's enum. */
function labelExpression(projection: Projection): string {
  return projection.labels.join("|");
}

/** The key property of a node, whatever its label. */
const keyExpression = `CASE ${Object.entries(nodeKeys)
  .filter(([, key]) => key !== "id")
  .map(([label, key]) => `WHEN n:${label} THEN n.${key}`)
  .join(" ")} ELSE n.id END`;

/** The filter a relationship of the projection passes (types, statement, partnership status). */
export const relationshipFilter = `($types IS NULL OR type(r) IN $types)
  AND (NOT $statedOnly OR r.confidence = 'stated')
  AND ($statuses IS NULL OR type(r) <> 'PARTNER_OF' OR coalesce(r.status, 'ACTIVE') IN $statuses)`;

/** The parameters of `relationshipFilter`. */
export function filterParameters(projection: Projection) {
  return {
    types: projection.relationshipTypes,
    statedOnly: projection.statedOnly,
    statuses: projection.partnershipStatuses,
  };
}

/** The steps of reading a projection, timed for the benchmarks (tests/bench/network-bench.ts). */
export type LoadPhase = "read nodes" | "read relationships" | "fill the tie arrays" | "build the compressed rows";

/** A read of the projection, its time-out turned into a QUERY_TIMEOUT that says what to do. */
async function readProjectionPart(
  reader: GraphDatabase,
  cypher: string,
  parameters: Record<string, unknown>,
): ReturnType<typeof readQuery> {
  try {
    return await readQuery(reader, cypher, parameters);
  } catch (error) {
    if (isTransactionTimeout(error) && reader.timeoutMs)
      throw new NetworkTimeoutError("projection read", reader.timeoutMs);
    throw error;
  }
}

/**
 * How many parts the relationships are read in, each its own query by a range of start nodes, run
 * at once: Neo4j streams them on as many cores as it has while the driver decodes. On the 2-core
 * machine of docs/NETWORK-ANALYSIS.md, 2 parts read the large projection in 1.5–1.7 s against
 * 2.0–3.0 s for one; 4 parts measured the same as 2, and leave room for a Neo4j with more cores.
 */
export const readParts = 4;

/** The year a node lends to its undated relationships (an event's), 0 when it has none. */
function yearOf(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? Math.trunc(value) : 0;
}

/**
 * Reads the projection's nodes and relationships (every year) into a NetworkGraph; `onPhase` hears
 * how long each step took.
 *
 * The relationships come in `readParts` parts read at once, by ranges of start nodes. The parts are
 * separate transactions: a relationship whose end was created after the nodes were read is left
 * out (the write that made it moves the count store, so the cache reads the projection again at
 * the next question; network-cache.ts).
 */
export async function loadProjection(
  reader: GraphDatabase,
  projection: Projection,
  onPhase: (phase: LoadPhase, ms: number) => void = () => {},
): Promise<NetworkGraph> {
  let started = performance.now();
  const phaseDone = (phase: LoadPhase) => {
    const now = performance.now();
    onPhase(phase, now - started);
    started = now;
  };
  const labels = labelExpression(projection);
  const nodeRecords = await readProjectionPart(
    reader,
    `MATCH (n:${labels})
     WITH n, [l IN labels(n) WHERE l IN $labels][0] AS label, toString(${keyExpression}) AS key
     RETURN toFloat(id(n)) AS id, label, key, coalesce(n.name, n.title, key) AS name, toFloat(n.year) AS year
     ORDER BY id`,
    { labels: projection.labels },
  );
  const nodes: NetworkNode[] = [];
  const nodeYears = new Int32Array(nodeRecords.length);
  for (const record of nodeRecords) {
    const label = record.get("label") as string;
    const key = record.get("key") as string;
    nodeYears[nodes.length] = yearOf(record.get("year"));
    nodes.push({ id: record.get("id") as number, ref: `${label}:${key}`, label, name: String(record.get("name")) });
  }
  const indexById = new Map(nodes.map((node, index) => [node.id, index]));
  phaseDone("read nodes");
  const parts = await Promise.all(
    startRanges(nodes, readParts).map(([low, high]) =>
      readProjectionPart(
        reader,
        `MATCH (a:${labels}) WHERE $low <= id(a) < $high
         MATCH (a)-[r]->(b:${labels})
         WHERE ${relationshipFilter}
         RETURN toFloat(id(a)) AS a,
                collect(toFloat(id(b))) AS ends,
                collect(type(r)) AS types,
                collect(coalesce(toFloat(r.year), 0.0)) AS years`,
        { ...filterParameters(projection), low, high },
      ),
    ),
  );
  phaseDone("read relationships");
  let total = 0;
  for (const records of parts) for (const record of records) total += (record.get("ends") as number[]).length;
  const from = new Int32Array(total);
  const to = new Int32Array(total);
  const year = new Int32Array(total);
  const type = new Uint16Array(total);
  const types: string[] = [];
  const typeIndex = new Map<string, number>();
  let i = 0;
  for (const records of parts) {
    for (const record of records) {
      const start = indexById.get(record.get("a") as number);
      if (start === undefined) continue;
      const ends = record.get("ends") as number[];
      const names = record.get("types") as string[];
      const years = record.get("years") as number[];
      for (let k = 0; k < ends.length; k++) {
        const end = indexById.get(ends[k]!);
        if (end === undefined) continue;
        const name = names[k]!;
        let index = typeIndex.get(name);
        if (index === undefined) {
          index = types.push(name) - 1;
          typeIndex.set(name, index);
        }
        from[i] = start;
        to[i] = end;
        // A relationship's own year, else its end's (an event's), else its start's.
        year[i] = yearOf(years[k]) || nodeYears[end]! || nodeYears[start]!;
        type[i] = index;
        i += 1;
      }
    }
  }
  phaseDone("fill the tie arrays");
  // Cut to the relationships kept (all of them, unless a write came between the reads).
  const graph = new NetworkGraph(nodes, {
    from: i === total ? from : from.slice(0, i),
    to: i === total ? to : to.slice(0, i),
    year: i === total ? year : year.slice(0, i),
    type: i === total ? type : type.slice(0, i),
    types,
  });
  phaseDone("build the compressed rows");
  return graph;
}

/**
 * `count` ranges `[low, high)` of internal ids that cover the nodes (sorted by id) with about as many
 * nodes in each.
 */
export function startRanges(nodes: readonly NetworkNode[], count: number): Array<[number, number]> {
  if (nodes.length === 0) return [];
  const parts = Math.max(1, Math.min(count, nodes.length));
  const bounds = Array.from({ length: parts + 1 }, (_, k) =>
    k === parts ? nodes[nodes.length - 1]!.id + 1 : nodes[Math.floor((k * nodes.length) / parts)]!.id,
  );
  return bounds.slice(0, -1).map((low, k): [number, number] => [low, bounds[k + 1]!]);
}
