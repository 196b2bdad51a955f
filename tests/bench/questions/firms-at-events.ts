// The headline question: "which GBM firms took part in ASD events?", with the evidence path of each
// answer (territory ← commune ← firm → event → market).
import type { Node, Record as Neo4jRecord, Relationship } from "neo4j-driver";
import { FirmsAtEventsDocument, type FirmsAtEventsQuery } from "../../../client/src/__generated__/graphql.js";
import { nodeRef } from "../../../graph/graph-values.js";
import { readQuery } from "../../../graph/graph-database.js";
import { firmsAtEvents } from "../../../server/analytics/firms-at-events.js";
import type { GraphQLResult } from "../graphql-http.js";
import type { Probes } from "../synthetic-ecosystem.js";
import { byCodeUnits, sorted, way, type BenchQuestion } from "./bench-question.js";

/** One firm of the answer: its events and its paths (`commune|event|market|confidence`). */
export interface FirmAnswerKey {
  organization: string;
  confidence: string;
  events: string[];
  paths: string[];
}

/** (b): one query, the market matched by its key, the whole path returned. */
const firmsAtEventsCypher = `
MATCH (t:Territory {code: $territory})<-[pt:PART_OF]-(c:Commune)<-[li:LOCATED_IN]-(o:Organization)
WHERE o.kind IN $kinds
MATCH (o)-[p:PARTICIPATED_IN]->(e:Event)-[tg:TARGETS]->(m:Market {code: $market})
RETURN o, collect([t, c, e, m, pt, li, p, tg]) AS paths
ORDER BY o.name`;

/** (c): the territory's organisations, each one's locations and participations, each event's markets. */
const naiveQuery = `
fragment Evidence on Link { id type from to source quote confidence reason properties { name value } }
query FirmsAtEventsNaive($territory: ID!, $kinds: [String!]!) {
  territory(code: $territory) {
    ref
    organizations(kinds: $kinds) {
      ref label key name kind year
      locations: links(types: ["LOCATED_IN"], direction: OUT) {
        ...Evidence
        other { ref label key name territories: links(types: ["PART_OF"], direction: OUT) { ...Evidence other { ref key } } }
      }
      participations: links(types: ["PARTICIPATED_IN"], direction: OUT) {
        ...Evidence
        other { ref label key name kind year markets: links(types: ["TARGETS"], direction: OUT) { ...Evidence other { ref key name } } }
      }
    }
  }
}`;

interface NaiveLink<Other> {
  id: string;
  confidence: string;
  other: Other;
}
/** The naive server's answer to the headline question. */
export interface NaiveFirms {
  territory: {
    ref: string;
    organizations: Array<{
      ref: string;
      name: string;
      locations: Array<NaiveLink<{ ref: string; territories: Array<NaiveLink<{ ref: string; key: string }>> }>>;
      participations: Array<
        NaiveLink<{ ref: string; name: string; markets: Array<NaiveLink<{ ref: string; key: string }>> }>
      >;
    }>;
  } | null;
}

const weakest = (confidences: string[]) => (confidences.includes("unverified") ? "unverified" : "stated");

/** The comparable answer: firms by ref, each with its sorted events and paths. */
function firmAnswers(
  firms: Array<{
    organization: string;
    paths: Array<{ commune: string; event: string; market: string; confidence: string }>;
  }>,
): FirmAnswerKey[] {
  return firms
    .filter((firm) => firm.paths.length > 0)
    .map((firm) => ({
      organization: firm.organization,
      confidence: firm.paths.some((path) => path.confidence === "stated") ? "stated" : "unverified",
      events: sorted(new Set(firm.paths.map((path) => path.event))),
      paths: sorted(firm.paths.map((path) => `${path.commune}|${path.event}|${path.market}|${path.confidence}`)),
    }))
    .sort((a, b) => byCodeUnits(a.organization, b.organization));
}

/** The naive way's firms, each with its paths through the territory and the market, as the naive server gave them. */
export function naiveFirmPaths(result: GraphQLResult<NaiveFirms>, probes: Probes) {
  return (result.data.territory?.organizations ?? []).map((organization) => ({
    organization: organization.ref,
    name: organization.name,
    paths: organization.locations.flatMap((location) =>
      location.other.territories
        .filter((partOf) => partOf.other.key === probes.territory)
        .flatMap((partOf) =>
          organization.participations.flatMap((participation) =>
            participation.other.markets
              .filter((target) => target.other.key === probes.market)
              .map((target) => ({
                commune: location.other.ref,
                event: participation.other.ref,
                eventName: participation.other.name,
                market: target.other.ref,
                confidence: weakest([
                  partOf.confidence,
                  location.confidence,
                  participation.confidence,
                  target.confidence,
                ]),
              })),
          ),
        ),
    ),
  }));
}

export const firmsAtEventsQuestion: BenchQuestion = {
  id: "headline",
  title: "GBM firms at ASD events",
  cypher: (probes: Probes) => ({
    cypher: firmsAtEventsCypher,
    parameters: { territory: probes.territory, market: probes.market, kinds: ["COMPANY"] },
  }),
  server: (reader, probes) =>
    firmsAtEvents(reader, {
      territory: probes.territory,
      market: probes.market,
      kinds: ["COMPANY"],
      statedOnly: false,
    }),
  ways: ({ probes, maillage, reader, naive }) => ({
    graphql: way({
      run: () =>
        maillage.execute(FirmsAtEventsDocument, {
          territoryRef: `Territory:${probes.territory}`,
          marketRef: `Market:${probes.market}`,
          kinds: ["COMPANY"],
          statedOnly: false,
        }),
      answer: (result: GraphQLResult<FirmsAtEventsQuery>) =>
        firmAnswers(
          result.data.firmsAtEvents.map((firm) => ({
            organization: firm.organization.ref,
            paths: firm.paths.map((path) => ({
              commune: path.nodes[1]!.ref,
              event: path.nodes[3]!.ref,
              market: path.nodes[4]!.ref,
              confidence: path.confidence,
            })),
          })),
        ),
      detail: (result) => ({ bytes: result.bytes, answers: result.data.firmsAtEvents.length }),
    }),
    cypher: way({
      run: () => readQuery(reader, firmsAtEventsCypher, firmsAtEventsQuestion.cypher(probes).parameters),
      answer: (records: Neo4jRecord[]) =>
        firmAnswers(
          records.map((record) => ({
            organization: nodeRef(record.get("o") as Node),
            paths: (record.get("paths") as Array<[Node, Node, Node, Node, ...Relationship[]]>).map(
              ([, commune, event, market, ...edges]) => ({
                commune: nodeRef(commune),
                event: nodeRef(event),
                market: nodeRef(market),
                confidence: weakest(edges.map((edge) => String(edge.properties.confidence))),
              }),
            ),
          })),
        ),
      detail: (records) => ({ rows: records.length, answers: records.length }),
    }),
    naive: way({
      run: () =>
        naive.execute<NaiveFirms, { territory: string; kinds: string[] }>(naiveQuery, {
          territory: probes.territory,
          kinds: ["COMPANY"],
        }),
      answer: (result: GraphQLResult<NaiveFirms>) => firmAnswers(naiveFirmPaths(result, probes)),
      detail: (result) => ({ bytes: result.bytes, queries: Number(result.extensions?.queries ?? 0) }),
    }),
  }),
};
