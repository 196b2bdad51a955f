// "Firms at events", one page at a time and compact: the organisations ordered by name then id,
// paged in Cypher by their sort key (keyset), each node and relationship once per page.
import neo4j, { type Integer, type Node, type Relationship } from "neo4j-driver";
import { weakest } from "../../graph/graph-values.js";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import type {
  QueryFirmsAtEventsPageArgs,
  RequireFields,
  ResolversParentTypes,
} from "../__generated__/resolvers-types.js";
import { assertIntInRange } from "../graphql/errors.js";
import { decodeCursor, encodeCursor, pageSize } from "./answer-cursor.js";
import { participationFilters } from "./firms-at-events.js";
import { PageGraph } from "./page-graph.js";

/** The question's arguments (defaults applied), territory and market resolved to their codes. */
export type FirmsAtEventsPageArgs = Omit<
  RequireFields<QueryFirmsAtEventsPageArgs, "kinds" | "statedOnly" | "first" | "pathsPerAnswer">,
  "territoryRef" | "marketRef"
> & { territory: string; market: string | null };

/** A page of the answer, in the shape of the schema's FirmsAtEventsPage. */
export type FirmsAtEventsPage = ResolversParentTypes["FirmsAtEventsPage"];

/** The most paths returned per organisation. */
export const maxPathsPerAnswer = 100;

const question = "firmsAtEvents";
const byFrenchName = new Intl.Collator("fr").compare;

/**
 * The organisations that answer (located in the territory, with a participation that passes the
 * filters), sorted by name and id, counted, and cut after the cursor to one page plus one (to know
 * whether another follows); then the paths of that page's organisations only, by event name.
 */
function firmsAtEventsPageCypher(args: FirmsAtEventsPageArgs): string {
  const filters = participationFilters(args);
  const market = args.market == null ? "" : " {code: $market}";
  const where = filters.length > 0 ? `WHERE ${filters.join(" AND ")}` : "";
  return `
MATCH (:Territory {code: $territory})<-[pt:PART_OF]-(:Commune)<-[li:LOCATED_IN]-(o:Organization)
WHERE o.kind IN $kinds AND ($sizeBands IS NULL OR o.sizeBand IN $sizeBands)
  AND EXISTS { MATCH (o)-[p:PARTICIPATED_IN]->(e:Event)-[tg:TARGETS]->(:Market${market}) ${where} }
WITH DISTINCT o
WITH o, coalesce(o.name, '') AS name, o.id AS id
ORDER BY name, id
WITH collect([o, name, id]) AS ranked
WITH size(ranked) AS total,
     [answer IN ranked WHERE $afterName IS NULL OR answer[1] > $afterName
        OR (answer[1] = $afterName AND answer[2] > $afterId)][..$first + 1] AS page
CALL {
  WITH page
  UNWIND range(0, size(page) - 1) AS position
  WITH position, page[position][0] AS o
  MATCH (t:Territory {code: $territory})<-[pt:PART_OF]-(c:Commune)<-[li:LOCATED_IN]-(o)
  MATCH (o)-[p:PARTICIPATED_IN]->(e:Event)-[tg:TARGETS]->(m:Market${market})
  ${where}
  WITH position, t, o, c, e, m, pt, li, p, tg,
       all(r IN [pt, li, p, tg] WHERE coalesce(r.confidence, 'stated') <> 'unverified') AS stated
  ORDER BY position, coalesce(e.name, ''), e.id, c.inseeCode, m.code
  WITH position, t, o, collect([c, e, m, pt, li, p, tg]) AS paths, count(DISTINCT e) AS events,
       any(flag IN collect(stated) WHERE flag) AS anyStated
  ORDER BY position
  RETURN collect([t, o, paths[..$pathsPerAnswer], size(paths), events, anyStated]) AS answers
}
RETURN total, answers`;
}

type PathRow = [Node, Node, Node, Relationship, Relationship, Relationship, Relationship];
type AnswerRow = [Node, Node, PathRow[], Integer, Integer, boolean];

/** One page of the organisations of a territory that took part in events (of a market, a year), compact. */
export async function firmsAtEventsPage(
  reader: GraphDatabase,
  args: FirmsAtEventsPageArgs,
): Promise<FirmsAtEventsPage> {
  const first = pageSize(args.first);
  const pathsPerAnswer = assertIntInRange(args.pathsPerAnswer, 1, maxPathsPerAnswer, "pathsPerAnswer");
  const [afterName, afterId] =
    args.after == null ? [null, null] : decodeCursor(question, args.after, ["string", "string"]);
  const [record] = await readQuery(reader, firmsAtEventsPageCypher(args), {
    territory: args.territory,
    market: args.market,
    year: args.year == null ? null : neo4j.int(args.year),
    kinds: args.kinds,
    sizeBands: args.sizeBands ?? null,
    afterName,
    afterId,
    first: neo4j.int(first),
    pathsPerAnswer: neo4j.int(pathsPerAnswer),
  });
  const rows = (record!.get("answers") as AnswerRow[]).slice(0, first);
  const graph = new PageGraph();
  const answers = rows.map(([territory, organization, pathRows, pathCount, eventCount, anyStated]) => {
    const [territoryNode, organizationNode] = graph.node(territory, organization);
    const events = new Map<string, string>();
    const paths = pathRows.map(([commune, event, market, ...relationships]) => {
      const [communeNode, eventNode, marketNode] = graph.node(commune, event, market);
      events.set(eventNode!.ref, eventNode!.name);
      const edges = relationships.map((relationship) => graph.edge(relationship));
      return {
        nodes: [territoryNode!, communeNode!, organizationNode!, eventNode!, marketNode!].map((node) => node.ref),
        relationships: edges.map((edge) => edge.id),
        length: edges.length,
        confidence: weakest(edges),
      };
    });
    return {
      organization: organizationNode!.ref,
      events: [...events].sort(([, a], [, b]) => byFrenchName(a, b)).map(([ref]) => ref),
      paths,
      pathCount: neo4j.integer.toNumber(pathCount),
      eventCount: neo4j.integer.toNumber(eventCount),
      confidence: anyStated ? ("stated" as const) : ("unverified" as const),
    };
  });
  const last = rows.at(-1)?.[1];
  return {
    totalCount: neo4j.integer.toNumber(record!.get("total") as Integer),
    pageInfo: {
      endCursor: last ? encodeCursor(question, [String(last.properties.name ?? ""), String(last.properties.id)]) : null,
      hasNextPage: (record!.get("answers") as AnswerRow[]).length > first,
    },
    answers,
    nodes: graph.nodes,
    relationships: graph.relationships,
  };
}
