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
 * Reads the projection's nodes and relationships (every year) into a NetworkGraph; `onPhase` hears
 * how long each step took.
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
     RETURN toFloat(id(n)) AS id, label, key, coalesce(n.name, n.title, key) AS name`,
    { labels: projection.labels },
  );
  const nodes: NetworkNode[] = nodeRecords.map((record) => {
    const label = record.get("label") as string;
    const key = record.get("key") as string;
    return { id: record.get("id") as number, ref: `${label}:${key}`, label, name: String(record.get("name")) };
  });
  const indexById = new Map(nodes.map((node, index) => [node.id, index]));
  phaseDone("read nodes");
  const tieRecords = await readProjectionPart(
    reader,
    `MATCH (a:${labels})-[r]->(b:${labels})
     WHERE ${relationshipFilter}
     WITH a, b, r, coalesce(r.year, b.year, a.year) AS year
     RETURN toFloat(id(a)) AS a,
            collect(toFloat(id(b))) AS ends,
            collect(type(r)) AS types,
            collect(CASE WHEN year IS NULL THEN 0.0 ELSE toFloat(year) END) AS years`,
    filterParameters(projection),
  );
  phaseDone("read relationships");
  let total = 0;
  for (const record of tieRecords) total += (record.get("ends") as number[]).length;
  const from = new Int32Array(total);
  const to = new Int32Array(total);
  const year = new Int32Array(total);
  const type = new Uint16Array(total);
  const types: string[] = [];
  const typeIndex = new Map<string, number>();
  let i = 0;
  for (const record of tieRecords) {
    const start = indexById.get(record.get("a") as number)!;
    const ends = record.get("ends") as number[];
    const names = record.get("types") as string[];
    const years = record.get("years") as number[];
    for (let k = 0; k < ends.length; k++) {
      const name = names[k]!;
      let index = typeIndex.get(name);
      if (index === undefined) {
        index = types.push(name) - 1;
        typeIndex.set(name, index);
      }
      from[i] = start;
      to[i] = indexById.get(ends[k]!)!;
      year[i] = Number.isFinite(years[k]) ? Math.trunc(years[k]!) : 0;
      type[i] = index;
      i += 1;
    }
  }
  phaseDone("fill the tie arrays");
  const graph = new NetworkGraph(nodes, { from, to, year, type, types });
  phaseDone("build the compressed rows");
  return graph;
}
