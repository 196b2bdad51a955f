// "How is this lab connected to that ASD event?": the shortest paths between two nodes, up to four
// relationships, with the evidence of every relationship.
import neo4j, { type Path, type Record as Neo4jRecord } from "neo4j-driver";
import { ConnectionsDocument, type ConnectionsQuery } from "../../../client/src/__generated__/graphql.js";
import { nodeRef } from "../../../graph/graph-values.js";
import { parseNodeRef } from "../../../graph/node-ref.js";
import { readQuery } from "../../../graph/graph-database.js";
import { connections } from "../../../server/analytics/connections.js";
import type { GraphQLResult } from "../graphql-http.js";
import type { Probes } from "../synthetic-ecosystem.js";
import { sorted, way, type BenchQuestion } from "./bench-question.js";

const maxLength = 4;
const limit = 5;

/** (b): allShortestPaths between the two nodes, the first `limit` of them. */
const shortestPathCypher = `
MATCH (a:Organization {id: $from})
MATCH (b:Event {id: $to})
MATCH p = allShortestPaths((a)-[*..${maxLength}]-(b))
RETURN p LIMIT $limit`;

/** (c): the paths' element ids in one query, then each path's nodes and each path's edges. */
const naiveQuery = `
query ConnectionsNaive($from: ID!, $to: ID!, $maxLength: Int!, $limit: Int!) {
  shortestPaths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) {
    nodes { ref label key name kind year }
    edges { id type from to source quote confidence reason properties { name value } }
  }
}`;

interface NaivePaths {
  shortestPaths: Array<{ nodes: Array<{ ref: string }>; edges: Array<{ id: string }> }>;
}

/** The comparable answer: the length, and each path as its nodes and edges in order. */
function paths(found: Array<{ nodes: string[]; edges: string[] }>) {
  return {
    length: found[0]?.edges.length ?? 0,
    paths: sorted(found.map((path) => `${path.nodes.join(" ")} / ${path.edges.join(" ")}`)),
  };
}

export const shortestPathQuestion: BenchQuestion = {
  id: "shortest-path",
  title: "Shortest paths lab → ASD event (≤ 4 hops)",
  cypher: (probes: Probes) => ({
    cypher: shortestPathCypher,
    parameters: { from: parseNodeRef(probes.lab).key, to: parseNodeRef(probes.event).key, limit: neo4j.int(limit) },
  }),
  server: (reader, probes) =>
    connections(reader, { from: probes.lab, to: probes.event, maxLength, statedOnly: false, limit }),
  ways: ({ probes, maillage, reader, naive }) => ({
    graphql: way({
      run: () =>
        maillage.execute(ConnectionsDocument, {
          from: probes.lab,
          to: probes.event,
          maxLength,
          limit,
          statedOnly: false,
        }),
      answer: ({ data }: GraphQLResult<ConnectionsQuery>) =>
        paths(
          data.connections.map((path) => ({
            nodes: path.nodes.map((node) => node.ref),
            edges: path.edges.map((edge) => edge.id),
          })),
        ),
      detail: (result) => ({ bytes: result.bytes, answers: result.data.connections.length }),
    }),
    cypher: way({
      run: () => readQuery(reader, shortestPathCypher, shortestPathQuestion.cypher(probes).parameters),
      answer: (records: Neo4jRecord[]) =>
        paths(
          records.map((record) => {
            const path = record.get("p") as Path;
            return {
              nodes: [path.start, ...path.segments.map((segment) => segment.end)].map(nodeRef),
              edges: path.segments.map((segment) =>
                String(segment.relationship.properties.factId ?? segment.relationship.elementId),
              ),
            };
          }),
        ),
      detail: (records) => ({ rows: records.length, answers: records.length }),
    }),
    naive: way({
      run: () =>
        naive.execute<NaivePaths, { from: string; to: string; maxLength: number; limit: number }>(naiveQuery, {
          from: probes.lab,
          to: probes.event,
          maxLength,
          limit,
        }),
      answer: ({ data }: GraphQLResult<NaivePaths>) =>
        paths(
          data.shortestPaths.map((path) => ({
            nodes: path.nodes.map((node) => node.ref),
            edges: path.edges.map((edge) => edge.id),
          })),
        ),
      detail: (result) => ({ bytes: result.bytes, queries: Number(result.extensions?.queries ?? 0) }),
    }),
  }),
};
