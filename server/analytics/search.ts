import neo4j, { type Node } from "neo4j-driver";
import { assertIntInRange, BadUserInputError } from "../graphql/errors.js";
import { toGraphNode } from "../../graph/graph-values.js";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import type { QuerySearchArgs, RequireFields, ResolversParentTypes } from "../__generated__/resolvers-types.js";
import { searchIndex } from "../../graph/store-schema.js";

/** The longest search text accepted: a name or a few words, not a document. */
export const maxSearchLength = 200;

/** The question's arguments, as the schema declares them (defaults applied). */
export type SearchArgs = RequireFields<QuerySearchArgs, "limit" | "offset">;

/** A page of results, in the shape of the schema's SearchResults. */
export type SearchResults = ResolversParentTypes["SearchResults"];

/**
 * The French elisions the index keeps inside a word: its tokenizer reads « d'étape » as one token
 * `d'etape`, so `etape*` alone would miss « Rapport d'étape ».
 */
const elisions = ["l", "d", "j", "m", "n", "s", "t", "c", "qu"];

/**
 * The Lucene query for what a person typed: each word folded to lower-case ASCII (the index folds
 * the same way) and matched as a prefix, alone or after a French elision (`l'`, `d'`…); every word
 * must match. Returns null when no word is left.
 */
export function searchQuery(text: string): string | null {
  const words = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
  const prefix = (word: string) => `(${[word, ...elisions.map((elision) => `${elision}'${word}`)].join("* OR ")}*)`;
  return words.length === 0 ? null : words.map(prefix).join(" AND ");
}

/** Full-text search by name and alias across the searchable labels, filtered, ranked, paginated. */
export async function search(reader: GraphDatabase, args: SearchArgs): Promise<SearchResults> {
  if (args.text.length > maxSearchLength) {
    throw new BadUserInputError(`text must be at most ${maxSearchLength} characters (got ${args.text.length})`, "text");
  }
  const limit = assertIntInRange(args.limit, 1, 100, "limit");
  const offset = assertIntInRange(args.offset, 0, 10_000, "offset");
  const query = searchQuery(args.text);
  if (query === null) return { totalCount: 0, hits: [] };
  const [record] = await readQuery(
    reader,
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
     WHERE ($labels IS NULL OR any(label IN labels(node) WHERE label IN $labels))
       AND ($kinds IS NULL OR NOT node:Organization OR node.kind IN $kinds)
     WITH collect({node: node, score: score}) AS hits
     RETURN size(hits) AS total, hits[$offset..$offset + $limit] AS page`,
    {
      index: searchIndex.name,
      query,
      labels: args.labels ?? null,
      kinds: args.organizationKinds ?? null,
      offset: neo4j.int(offset),
      limit: neo4j.int(limit),
    },
  );
  const page = (record?.get("page") ?? []) as Array<{ node: Node; score: number }>;
  return {
    totalCount: Number(record?.get("total") ?? 0),
    hits: page.map((hit) => ({ node: toGraphNode(hit.node), score: hit.score })),
  };
}
