// A depth-2 neighbourhood as the graph view draws it: the nodes within two relationships of a firm
// (nearest first, then by name, 200 at most), how many there are in all, the relationships among
// those shown.
import neo4j, { type Node, type Record as Neo4jRecord } from "neo4j-driver";
import { NeighbourhoodDocument, type NeighbourhoodQuery } from "../../../client/src/__generated__/graphql.js";
import { nodeRef } from "../../../graph/graph-values.js";
import { parseNodeRef } from "../../../graph/node-ref.js";
import { readQuery } from "../../../graph/graph-database.js";
import { neighbourhood } from "../../../server/analytics/neighbourhood.js";
import type { GraphQLResult } from "../graphql-http.js";
import type { Probes } from "../synthetic-ecosystem.js";
import { byCodeUnits, sorted, way, type BenchQuestion } from "./bench-question.js";

/** Nodes a graph view shows at most (the query's default). */
export const viewLimit = 200;

/**
 * (b): both rings, the nearest `$cap` of each by name (a top-k, not a full sort: no more can be
 * shown), the total, and the relationships among the nodes shown, in one query.
 */
const neighbourhoodCypher = `
MATCH (c:Organization {id: $key})
CALL (c) { MATCH (c)-[]-(n) WHERE n <> c RETURN collect(DISTINCT n) AS ring1 }
CALL (c, ring1) {
  UNWIND ring1 AS m MATCH (m)-[]-(n) WHERE n <> c AND NOT n IN ring1
  RETURN collect(DISTINCT n) AS ring2
}
CALL (ring1) { UNWIND ring1 AS n WITH n ORDER BY coalesce(n.name, n.title) LIMIT $cap RETURN collect(n) AS near }
CALL (ring2) { UNWIND ring2 AS n WITH n ORDER BY coalesce(n.name, n.title) LIMIT $cap RETURN collect(n) AS far }
WITH c, [c] + (near + far)[0..$cap] AS shown, size(ring1) + size(ring2) + 1 AS total
CALL (shown) { UNWIND shown AS x MATCH (x)-[r]->(y) WHERE y IN shown RETURN collect(r) AS edges }
RETURN shown, total, edges`;

/** (c): the node's links, and each neighbour's links. */
const naiveQuery = `
query NeighbourhoodNaive($ref: ID!) {
  node(ref: $ref) {
    ref name
    links { id other { ref name links { id other { ref name } } } }
  }
}`;

interface NaiveRings {
  node: {
    ref: string;
    name: string;
    links: Array<{
      id: string;
      other: { ref: string; name: string; links: Array<{ id: string; other: { ref: string; name: string } }> };
    }>;
  } | null;
}

/**
 * The comparable answer: the total and the names shown (a multiset: nodes of the same name may be
 * cut differently at the cap), and the refs shown when nothing was cut.
 */
function view(total: number, shown: Array<{ ref: string; name: string }>) {
  const truncated = total > shown.length;
  return {
    total,
    truncated,
    names: sorted(shown.map((node) => node.name)),
    refs: truncated ? [] : sorted(shown.map((node) => node.ref)),
  };
}

const shownNode = (node: Node) => ({
  ref: nodeRef(node),
  name: String(node.properties.name ?? node.properties.title ?? ""),
});

export const neighbourhoodQuestion: BenchQuestion = {
  id: "neighbourhood-2",
  title: "Depth-2 neighbourhood (graph view, 200 nodes)",
  cypher: (probes: Probes) => ({
    cypher: neighbourhoodCypher,
    parameters: { key: parseNodeRef(probes.firm).key, cap: neo4j.int(viewLimit - 1) },
  }),
  server: (reader, probes) =>
    neighbourhood(reader, { ref: probes.firm, depth: 2, limit: viewLimit, statedOnly: false }),
  ways: ({ probes, maillage, reader, naive }) => ({
    graphql: way({
      run: () =>
        maillage.execute(NeighbourhoodDocument, { ref: probes.firm, depth: 2, limit: viewLimit, statedOnly: false }),
      answer: ({ data }: GraphQLResult<NeighbourhoodQuery>) =>
        view(data.neighbourhood!.totalNodes, data.neighbourhood!.nodes),
      detail: (result) => ({ bytes: result.bytes, answers: result.data.neighbourhood?.totalNodes ?? 0 }),
    }),
    cypher: way({
      run: () => readQuery(reader, neighbourhoodCypher, neighbourhoodQuestion.cypher(probes).parameters),
      answer: ([record]: Neo4jRecord[]) =>
        view(Number(record!.get("total")), (record!.get("shown") as Node[]).map(shownNode)),
      detail: (records) => ({ rows: records.length, answers: Number(records[0]?.get("total") ?? 0) }),
    }),
    naive: way({
      run: () => naive.execute<NaiveRings, { ref: string }>(naiveQuery, { ref: probes.firm }),
      answer: ({ data }: GraphQLResult<NaiveRings>) => {
        const center = data.node!;
        const ring1 = new Map(center.links.map((link) => [link.other.ref, link.other]));
        ring1.delete(center.ref);
        const ring2 = new Map<string, { ref: string; name: string }>();
        for (const link of center.links) {
          for (const next of link.other.links) {
            if (next.other.ref !== center.ref && !ring1.has(next.other.ref)) ring2.set(next.other.ref, next.other);
          }
        }
        const byName = (nodes: Iterable<{ ref: string; name: string }>) =>
          [...nodes].sort((a, b) => byCodeUnits(a.name, b.name));
        const shown = [center, ...[...byName(ring1.values()), ...byName(ring2.values())].slice(0, viewLimit - 1)];
        return view(ring1.size + ring2.size + 1, shown);
      },
      detail: (result) => ({ bytes: result.bytes, queries: Number(result.extensions?.queries ?? 0) }),
    }),
  }),
};
