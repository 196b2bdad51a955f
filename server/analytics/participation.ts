import neo4j, { type Node, type Relationship } from "neo4j-driver";
import { RefIndex } from "../../graph/graph-values.js";
import type { QueryEventParticipationArgs, ResolversParentTypes } from "../__generated__/resolvers-types.js";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";

/** The question's arguments as the schema declares them, territory and market resolved to their codes. */
export type EventParticipationArgs = Omit<QueryEventParticipationArgs, "territoryRef" | "marketRef"> & {
  territory: string;
};

/** An event's participation, in the shape of the schema's EventParticipation. */
export type EventParticipation = ResolversParentTypes["EventParticipation"];

/** Events with their participating organisations, those located in the territory flagged. */
export async function eventParticipation(
  reader: GraphDatabase,
  args: EventParticipationArgs,
): Promise<EventParticipation[]> {
  const records = await readQuery(
    reader,
    `MATCH (e:Event)
     WHERE ($year IS NULL OR e.year = $year)
       AND ($market IS NULL OR EXISTS { (e)-[:TARGETS]->(:Market {code: $market}) })
     MATCH (o:Organization)-[p:PARTICIPATED_IN]->(e)
     WITH e, o, p, EXISTS { (o)-[:LOCATED_IN]->(:Commune)-[:PART_OF]->(:Territory {code: $territory}) } AS inTerritory
     ORDER BY o.name
     WITH e, collect([o, p, inTerritory]) AS participants
     RETURN e, participants ORDER BY size(participants) DESC, e.name`,
    { year: args.year == null ? null : neo4j.int(args.year), market: args.market ?? null, territory: args.territory },
  );
  return records.map((record) => {
    const refs = new RefIndex();
    const [event] = refs.add([record.get("e") as Node]);
    const organizations = (record.get("participants") as Array<[Node, Relationship, boolean]>).map(
      ([organization, relationship, inTerritory]) => ({
        organization: refs.add([organization])[0]!,
        inTerritory,
        evidence: refs.edge(relationship),
      }),
    );
    return {
      event: event!,
      participants: organizations.length,
      firms: organizations.filter((entry) => entry.organization.kind === "COMPANY").length,
      inTerritory: organizations.filter((entry) => entry.inTerritory).length,
      organizations,
    };
  });
}
