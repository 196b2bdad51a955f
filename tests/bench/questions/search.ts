// Full-text search as a person types it ("precision": accents and case folded, each word a prefix),
// the first page of 20 and the total.
import neo4j, { type Node, type Record as Neo4jRecord } from "neo4j-driver";
import { SearchDocument, type SearchQuery } from "../../../client/src/__generated__/graphql.js";
import { nodeRef } from "../../../graph/graph-values.js";
import { readQuery } from "../../../graph/graph-database.js";
import { searchIndex } from "../../../graph/store-schema.js";
import { search, searchQuery } from "../../../server/analytics/search.js";
import type { GraphQLResult } from "../graphql-http.js";
import type { Probes } from "../synthetic-ecosystem.js";
import { sorted, way, type BenchQuestion } from "./bench-question.js";

const pageSize = 20;

/** (b): the index query, its total and its first page. */
const searchCypher = `
CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WITH collect({node: node, score: score}) AS hits
RETURN size(hits) AS total, hits[0..$limit] AS page`;

/** (c): the total and the page as two fields, each its own query. */
const naiveQuery = `
query SearchNaive($text: String!, $limit: Int!) {
  search(text: $text, limit: $limit) { totalCount hits { score node { ref label key name kind year } } }
}`;

interface NaiveSearch {
  search: { totalCount: number; hits: Array<{ node: { ref: string } }> };
}

/** The comparable answer: the total and the refs of the page. */
const results = (total: number, refs: string[]) => ({ total, hits: sorted(refs) });

export const searchQuestion: BenchQuestion = {
  id: "search",
  title: "Full-text search, first page of 20",
  cypher: (probes: Probes) => ({
    cypher: searchCypher,
    parameters: { index: searchIndex.name, query: searchQuery(probes.searchText), limit: neo4j.int(pageSize) },
  }),
  server: (reader, probes) => search(reader, { text: probes.searchText, limit: pageSize, offset: 0 }),
  ways: ({ probes, maillage, reader, naive }) => ({
    graphql: way({
      run: () => maillage.execute(SearchDocument, { text: probes.searchText, limit: pageSize, offset: 0 }),
      answer: ({ data }: GraphQLResult<SearchQuery>) =>
        results(
          data.search.totalCount,
          data.search.hits.map((hit) => hit.node.ref),
        ),
      detail: (result) => ({ bytes: result.bytes, answers: result.data.search.totalCount }),
    }),
    cypher: way({
      run: () => readQuery(reader, searchCypher, searchQuestion.cypher(probes).parameters),
      answer: ([record]: Neo4jRecord[]) =>
        results(
          Number(record!.get("total")),
          (record!.get("page") as Array<{ node: Node }>).map((hit) => nodeRef(hit.node)),
        ),
      detail: (records) => ({ rows: records.length, answers: Number(records[0]?.get("total") ?? 0) }),
    }),
    naive: way({
      run: () =>
        naive.execute<NaiveSearch, { text: string; limit: number }>(naiveQuery, {
          text: probes.searchText,
          limit: pageSize,
        }),
      answer: ({ data }: GraphQLResult<NaiveSearch>) =>
        results(
          data.search.totalCount,
          data.search.hits.map((hit) => hit.node.ref),
        ),
      detail: (result) => ({ bytes: result.bytes, queries: Number(result.extensions?.queries ?? 0) }),
    }),
  }),
};
