// "Participation per event", one page at a time and compact: events with the most participants
// first, then by name and id, paged in Cypher by that sort key (keyset); each event's participants
// listed up to a bound, counted in full.
import neo4j, { type Integer, type Node, type Relationship } from "neo4j-driver";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import type {
  QueryEventParticipationPageArgs,
  RequireFields,
  ResolversParentTypes,
} from "../__generated__/resolvers-types.js";
import { assertIntInRange } from "../graphql/errors.js";
import { decodeCursor, encodeCursor, pageSize } from "./answer-cursor.js";
import { PageGraph } from "./page-graph.js";

/** The question's arguments (defaults applied), territory and market resolved to their codes. */
export type EventParticipationPageArgs = Omit<
  RequireFields<QueryEventParticipationPageArgs, "first" | "participantsPerEvent">,
  "territoryRef" | "marketRef"
> & { territory: string; market: string | null };

/** A page of the answer, in the shape of the schema's EventParticipationPage. */
export type EventParticipationPage = ResolversParentTypes["EventParticipationPage"];

/** The most participants listed per event. */
export const maxParticipantsPerEvent = 500;

const question = "eventParticipation";

/**
 * The events (of the year, of the market) with a participation, ranked and counted, cut after the
 * cursor to one page plus one; then the participants of that page's events only, by name.
 */
const eventParticipationPageCypher = `
MATCH (e:Event)
WHERE ($year IS NULL OR e.year = $year)
  AND ($market IS NULL OR EXISTS { (e)-[:TARGETS]->(:Market {code: $market}) })
WITH e, COUNT { (:Organization)-[:PARTICIPATED_IN]->(e) } AS participants
WHERE participants > 0
WITH e, participants, coalesce(e.name, '') AS name, e.id AS id
ORDER BY participants DESC, name, id
WITH collect([e, participants, name, id]) AS ranked
WITH size(ranked) AS total,
     [event IN ranked WHERE $afterName IS NULL OR event[1] < $afterParticipants
        OR (event[1] = $afterParticipants AND (event[2] > $afterName OR (event[2] = $afterName AND event[3] > $afterId)))
     ][..$first + 1] AS page
CALL {
  WITH page
  UNWIND range(0, size(page) - 1) AS position
  WITH position, page[position][0] AS e
  MATCH (o:Organization)-[p:PARTICIPATED_IN]->(e)
  WITH position, e, o, p,
       EXISTS { (o)-[:LOCATED_IN]->(:Commune)-[:PART_OF]->(:Territory {code: $territory}) } AS inTerritory
  ORDER BY position, coalesce(o.name, ''), o.id
  WITH position, e, collect([o, p, inTerritory]) AS participants
  ORDER BY position
  RETURN collect([
    e,
    size(participants),
    size([entry IN participants WHERE entry[0].kind = 'COMPANY']),
    size([entry IN participants WHERE entry[2]]),
    participants[..$participantsPerEvent]
  ]) AS answers
}
RETURN total, answers`;

type AnswerRow = [Node, Integer, Integer, Integer, Array<[Node, Relationship, boolean]>];

/** One page of the events with their participants, those located in the territory flagged, compact. */
export async function eventParticipationPage(
  reader: GraphDatabase,
  args: EventParticipationPageArgs,
): Promise<EventParticipationPage> {
  const first = pageSize(args.first);
  const perEvent = assertIntInRange(args.participantsPerEvent, 1, maxParticipantsPerEvent, "participantsPerEvent");
  const [afterParticipants, afterName, afterId] =
    args.after == null ? [null, null, null] : decodeCursor(question, args.after, ["number", "string", "string"]);
  const [record] = await readQuery(reader, eventParticipationPageCypher, {
    year: args.year == null ? null : neo4j.int(args.year),
    market: args.market,
    territory: args.territory,
    afterParticipants: afterParticipants == null ? null : neo4j.int(afterParticipants),
    afterName,
    afterId,
    first: neo4j.int(first),
    participantsPerEvent: neo4j.int(perEvent),
  });
  const all = record!.get("answers") as AnswerRow[];
  const rows = all.slice(0, first);
  const graph = new PageGraph();
  const answers = rows.map(([event, participants, firms, inTerritory, listed]) => ({
    event: graph.node(event)[0]!.ref,
    participants: neo4j.integer.toNumber(participants),
    firms: neo4j.integer.toNumber(firms),
    inTerritory: neo4j.integer.toNumber(inTerritory),
    organizations: listed.map(([organization, relationship, located]) => ({
      organization: graph.node(organization)[0]!.ref,
      inTerritory: located,
      evidence: graph.edge(relationship).id,
    })),
  }));
  const last = rows.at(-1);
  return {
    totalCount: neo4j.integer.toNumber(record!.get("total") as Integer),
    pageInfo: {
      endCursor: last
        ? encodeCursor(question, [
            neo4j.integer.toNumber(last[1]),
            String(last[0].properties.name ?? ""),
            String(last[0].properties.id),
          ])
        : null,
      hasNextPage: all.length > first,
    },
    answers,
    nodes: graph.nodes,
    relationships: graph.relationships,
  };
}
