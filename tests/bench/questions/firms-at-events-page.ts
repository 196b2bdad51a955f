// The headline question in its paged, compact form: the first page of 50 firms (by name, then id),
// each with at most 20 paths (by event name and id, commune, market) and the count of all of them.
import type { Integer, Node, Record as Neo4jRecord } from "neo4j-driver";
import { FirmsAtEventsPageDocument, type FirmsAtEventsPageQuery } from "../../../client/src/__generated__/graphql.js";
import { nodeRef } from "../../../graph/graph-values.js";
import { readQuery } from "../../../graph/graph-database.js";
import { firmsAtEventsPage } from "../../../server/analytics/firms-at-events-page.js";
import type { GraphQLResult } from "../graphql-http.js";
import type { Probes } from "../synthetic-ecosystem.js";
import { byCodeUnits, way, type BenchQuestion } from "./bench-question.js";
import { firmsAtEventsQuestion, naiveFirmPaths, type NaiveFirms } from "./firms-at-events.js";

/** The page asked: the app's first page, and the API's default paths per firm. */
const first = 50;
const pathsPerAnswer = 20;

/**
 * (b): the first page by hand, the same order and bounds, and the same content: each path's nodes
 * and its four relationships with their evidence, which the compact answer carries too (until
 * 2 December 2026 this query left the relationships out, so its floor was lower than the answer's).
 */
const firstPageCypher = `
MATCH (:Territory {code: $territory})<-[:PART_OF]-(:Commune)<-[:LOCATED_IN]-(o:Organization)
WHERE o.kind IN $kinds AND EXISTS { (o)-[:PARTICIPATED_IN]->(:Event)-[:TARGETS]->(:Market {code: $market}) }
WITH DISTINCT o
ORDER BY o.name, o.id
WITH collect(o) AS firms
WITH size(firms) AS total, firms[..$first] AS page
UNWIND page AS o
MATCH (:Territory {code: $territory})<-[pt:PART_OF]-(c:Commune)<-[li:LOCATED_IN]-(o)
MATCH (o)-[p:PARTICIPATED_IN]->(e:Event)-[tg:TARGETS]->(m:Market {code: $market})
WITH total, o, c, e, m, pt, li, p, tg, all(r IN [pt, li, p, tg] WHERE r.confidence <> 'unverified') AS stated
ORDER BY e.name, e.id, c.inseeCode, m.code
WITH total, o, collect([c, e, m, stated, pt, li, p, tg]) AS paths
RETURN total, o, paths[..$pathsPerAnswer] AS paths, size(paths) AS pathCount
ORDER BY o.name, o.id`;

/** One firm of the page: its paths returned (`commune|event|market|confidence`, in order) and how many it has. */
interface PageAnswerKey {
  organization: string;
  pathCount: number;
  paths: string[];
}

/** The comparable page: the total, then the firms in page order. */
interface PageKey {
  total: number;
  firms: PageAnswerKey[];
}

type KeyedPath = ReturnType<typeof naiveFirmPaths>[number]["paths"][number];

/** A firm's paths in the page's order, bounded, as text. */
function pathKeys(paths: KeyedPath[]): string[] {
  return [...paths]
    .sort(
      (a, b) =>
        byCodeUnits(a.eventName, b.eventName) ||
        byCodeUnits(a.event, b.event) ||
        byCodeUnits(a.commune, b.commune) ||
        byCodeUnits(a.market, b.market),
    )
    .slice(0, pathsPerAnswer)
    .map((path) => `${path.commune}|${path.event}|${path.market}|${path.confidence}`);
}

export const firmsAtEventsPageQuestion: BenchQuestion = {
  id: "headline-page",
  title: `GBM firms at ASD events, first page of ${first} (compact)`,
  cypher: (probes: Probes) => ({
    cypher: firstPageCypher,
    parameters: { territory: probes.territory, market: probes.market, kinds: ["COMPANY"], first, pathsPerAnswer },
  }),
  server: (reader, probes) =>
    firmsAtEventsPage(reader, {
      territory: probes.territory,
      market: probes.market,
      kinds: ["COMPANY"],
      statedOnly: false,
      first,
      pathsPerAnswer,
    }),
  ways: (context) => {
    const { probes, maillage, reader } = context;
    const naive = firmsAtEventsQuestion.ways(context).naive;
    return {
      graphql: way({
        run: () =>
          maillage.execute(FirmsAtEventsPageDocument, {
            territoryRef: `Territory:${probes.territory}`,
            marketRef: `Market:${probes.market}`,
            kinds: ["COMPANY"],
            statedOnly: false,
            first,
          }),
        answer: (result: GraphQLResult<FirmsAtEventsPageQuery>): PageKey => {
          const page = result.data.firmsAtEventsPage;
          return {
            total: page.totalCount,
            firms: page.answers.map((answer) => ({
              organization: answer.organization,
              pathCount: answer.pathCount,
              paths: answer.paths.map(
                (path) => `${path.nodes[1]}|${path.nodes[3]}|${path.nodes[4]}|${path.confidence}`,
              ),
            })),
          };
        },
        detail: (result) => ({ bytes: result.bytes, answers: result.data.firmsAtEventsPage.answers.length }),
      }),
      cypher: way({
        run: () =>
          readQuery(reader, firstPageCypher, firmsAtEventsPageQuestion.cypher(probes).parameters).then((records) => ({
            records,
          })),
        answer: ({ records }: { records: Neo4jRecord[] }): PageKey => ({
          total: records.length === 0 ? 0 : (records[0]!.get("total") as Integer).toNumber(),
          firms: records.map((record) => ({
            organization: nodeRef(record.get("o") as Node),
            pathCount: (record.get("pathCount") as Integer).toNumber(),
            paths: (record.get("paths") as Array<[Node, Node, Node, boolean, ...unknown[]]>).map(
              ([commune, event, market, stated]) =>
                `${nodeRef(commune)}|${nodeRef(event)}|${nodeRef(market)}|${stated ? "stated" : "unverified"}`,
            ),
          })),
        }),
        detail: ({ records }) => ({ rows: records.length, answers: records.length }),
      }),
      // (c): the naive server has no paging: it answers the whole question, and the page is cut here.
      naive: way({
        run: () => naive.run(),
        answer: (raw): PageKey => {
          const firms = naiveFirmPaths(raw as GraphQLResult<NaiveFirms>, probes)
            .filter((firm) => firm.paths.length > 0)
            .sort((a, b) => byCodeUnits(a.name, b.name) || byCodeUnits(a.organization, b.organization));
          return {
            total: firms.length,
            firms: firms.slice(0, first).map((firm) => ({
              organization: firm.organization,
              pathCount: firm.paths.length,
              paths: pathKeys(firm.paths),
            })),
          };
        },
        detail: (raw) => naive.detail(raw),
      }),
    };
  },
};
