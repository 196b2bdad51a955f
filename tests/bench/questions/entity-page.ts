// An entity page: one node with all its properties, and its neighbours with the evidence of each fact
// (what client/src/entity/entity-page.graphql asks: entity + depth-1 neighbourhood, limit 1000).
import neo4j, { type Node, type Record as Neo4jRecord, type Relationship } from "neo4j-driver";
import {
  EntityDocument,
  NeighbourhoodDocument,
  type EntityQuery,
  type EntityQueryVariables,
  type NeighbourhoodQuery,
  type NeighbourhoodQueryVariables,
} from "../../../client/src/__generated__/graphql.js";
import { nodeRef, toGraphNode, type GraphNode } from "../../../graph/graph-values.js";
import { parseNodeRef } from "../../../graph/node-ref.js";
import { readQuery } from "../../../graph/graph-database.js";
import { entity } from "../../../server/analytics/entity.js";
import { neighbourhood } from "../../../server/analytics/neighbourhood.js";
import { combineOperations, type GraphQLResult } from "../graphql-http.js";
import type { Probes } from "../synthetic-ecosystem.js";
import { byCodeUnits, sorted, way, type BenchQuestion } from "./bench-question.js";

/** Neighbours shown on a page at most (the client's limit). */
const pageLimit = 1000;

/** (a): the client's page query, made of the two typed documents of schema/queries. */
const EntityPageDocument = combineOperations<
  EntityQuery & NeighbourhoodQuery,
  EntityQueryVariables & NeighbourhoodQueryVariables
>("EntityPage", EntityDocument, NeighbourhoodDocument);

/** (b): the node, its neighbours (nearest by name, capped) and every relationship among them, in one query. */
export const entityPageCypher = `
MATCH (c:Organization {id: $key})
CALL (c) { MATCH (c)-[]-(n) WHERE n <> c RETURN collect(DISTINCT n) AS ring }
CALL (ring) { UNWIND ring AS n WITH n ORDER BY coalesce(n.name, n.title) LIMIT $cap RETURN collect(n) AS near }
WITH c, near, size(ring) + 1 AS total, [c] + near AS shown
CALL (shown) { UNWIND shown AS x MATCH (x)-[r]->(y) WHERE y IN shown RETURN collect(r) AS edges }
RETURN c, near, total, edges`;

/** (c): the node and its links, each with the node at its other end. */
const naiveQuery = `
query EntityPageNaive($ref: ID!) {
  node(ref: $ref) {
    ref label key name kind year sources properties { name value }
    links { id type from to source quote confidence reason properties { name value } other { ref label key name kind year } }
  }
}`;

interface NaiveEntity {
  node:
    | (Pick<GraphNode, "ref" | "name" | "kind" | "sources" | "properties"> & {
        links: Array<{ id: string; other: { ref: string; name: string } }>;
      })
    | null;
}

/** The comparable page: the entity, how many nodes around it, the neighbours shown, the facts about it. */
function page(
  entity: Pick<GraphNode, "ref" | "name" | "kind" | "sources" | "properties">,
  total: number,
  neighbours: string[],
  edges: Array<{ id: string; from: string; to: string }>,
) {
  return {
    entity: {
      ref: entity.ref,
      name: entity.name,
      kind: entity.kind,
      sources: sorted(entity.sources),
      properties: sorted(entity.properties.map((property) => `${property.name}=${property.value}`)),
    },
    total,
    neighbours: sorted(neighbours),
    facts: sorted(edges.filter((edge) => edge.from === entity.ref || edge.to === entity.ref).map((edge) => edge.id)),
  };
}

export const entityPageQuestion: BenchQuestion = {
  id: "entity-page",
  title: "Entity page (entity + depth-1 neighbourhood)",
  cypher: (probes: Probes) => ({
    cypher: entityPageCypher,
    parameters: { key: parseNodeRef(probes.firm).key, cap: neo4j.int(pageLimit - 1) },
  }),
  server: async (reader, probes) => [
    await entity(reader, probes.firm),
    await neighbourhood(reader, { ref: probes.firm, depth: 1, limit: pageLimit, statedOnly: false }),
  ],
  ways: ({ probes, maillage, reader, naive }) => ({
    graphql: way({
      run: () =>
        maillage.execute(EntityPageDocument, { ref: probes.firm, depth: 1, limit: pageLimit, statedOnly: false }),
      answer: ({ data }: GraphQLResult<EntityQuery & NeighbourhoodQuery>) =>
        page(
          { ...data.entity!, sources: data.entity!.sources, properties: data.entity!.properties },
          data.neighbourhood!.totalNodes,
          data.neighbourhood!.nodes.map((node) => node.ref).filter((ref) => ref !== probes.firm),
          data.neighbourhood!.edges,
        ),
      detail: (result) => ({ bytes: result.bytes, answers: result.data.neighbourhood?.nodes.length ?? 0 }),
    }),
    cypher: way({
      run: () => readQuery(reader, entityPageCypher, entityPageQuestion.cypher(probes).parameters),
      answer: ([record]: Neo4jRecord[]) => {
        const near = record!.get("near") as Node[];
        const refs = new Map([record!.get("c") as Node, ...near].map((node) => [node.elementId, nodeRef(node)]));
        const edges = (record!.get("edges") as Relationship[]).map((edge) => ({
          id: typeof edge.properties.factId === "string" ? edge.properties.factId : edge.elementId,
          from: refs.get(edge.startNodeElementId)!,
          to: refs.get(edge.endNodeElementId)!,
        }));
        return page(toGraphNode(record!.get("c") as Node), Number(record!.get("total")), near.map(nodeRef), edges);
      },
      detail: (records) => ({
        rows: records.length,
        answers: (records[0]?.get("near") as Node[] | undefined)?.length ?? 0,
      }),
    }),
    naive: way({
      run: () => naive.execute<NaiveEntity, { ref: string }>(naiveQuery, { ref: probes.firm }),
      answer: ({ data }: GraphQLResult<NaiveEntity>) => {
        const others = new Map(data.node!.links.map((link) => [link.other.ref, link.other.name]));
        others.delete(probes.firm);
        const shown = [...others].sort(([, a], [, b]) => byCodeUnits(a, b)).slice(0, pageLimit - 1);
        const edges = data.node!.links.map((link) => ({ id: link.id, from: probes.firm, to: link.other.ref }));
        return page(
          data.node!,
          others.size + 1,
          shown.map(([ref]) => ref),
          edges,
        );
      },
      detail: (result) => ({ bytes: result.bytes, queries: Number(result.extensions?.queries ?? 0) }),
    }),
  }),
};
