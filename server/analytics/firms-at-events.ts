import neo4j, { type Node, type Relationship } from "neo4j-driver";
import { RefIndex, weakest, type GraphNode } from "../../graph/graph-values.js";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import type { QueryFirmsAtEventsArgs, RequireFields, ResolversParentTypes } from "../__generated__/resolvers-types.js";

/** The question's arguments as the schema declares them (defaults applied), territory and market resolved to their codes. */
export type FirmsAtEventsArgs = Omit<
  RequireFields<QueryFirmsAtEventsArgs, "kinds" | "statedOnly">,
  "territoryRef" | "marketRef"
> & { territory: string };

/** An organisation that answers, with its evidence paths. */
export type FirmAnswer = ResolversParentTypes["FirmAnswer"];

const byFrenchName = new Intl.Collator("fr").compare;

/** The conditions on a path (pt, li, p, tg, e) that the year and `statedOnly` add; none when neither is asked. */
export function participationFilters(args: Pick<FirmsAtEventsArgs, "year" | "statedOnly">): string[] {
  return [
    args.year == null ? null : "coalesce(p.year, e.year) = $year",
    args.statedOnly ? "all(r IN [pt, li, p, tg] WHERE r.confidence = 'stated')" : null,
  ].filter((filter) => filter !== null);
}

/**
 * Territory ← commune ← organisation → event → market, one row per organisation with its paths.
 * A given market is matched by its key (an index seek the planner can start from) rather than
 * filtered after the expansion: half the db hits at 1,000,000 participations. The territory and the
 * organisation are returned once per row, not in each path.
 */
function firmsAtEventsCypher(args: FirmsAtEventsArgs): string {
  const filters = participationFilters(args);
  return `
MATCH (t:Territory {code: $territory})<-[pt:PART_OF]-(c:Commune)<-[li:LOCATED_IN]-(o:Organization)
WHERE o.kind IN $kinds AND ($sizeBands IS NULL OR o.sizeBand IN $sizeBands)
MATCH (o)-[p:PARTICIPATED_IN]->(e:Event)-[tg:TARGETS]->(m:Market${args.market == null ? "" : " {code: $market}"})
${filters.length > 0 ? `WHERE ${filters.join(" AND ")}` : ""}
RETURN t, o, collect([c, e, m, pt, li, p, tg]) AS paths
ORDER BY o.name`;
}

/** Organisations of a territory that took part in events (of a market, a year), with their evidence paths. */
export async function firmsAtEvents(reader: GraphDatabase, args: FirmsAtEventsArgs): Promise<FirmAnswer[]> {
  const records = await readQuery(reader, firmsAtEventsCypher(args), {
    territory: args.territory,
    market: args.market ?? null,
    year: args.year == null ? null : neo4j.int(args.year),
    kinds: args.kinds,
    statedOnly: args.statedOnly,
    sizeBands: args.sizeBands ?? null,
  });
  return records.map((record) => {
    const refs = new RefIndex();
    const [territory, organization] = refs.add([record.get("t") as Node, record.get("o") as Node]);
    const events = new Map<string, GraphNode>();
    const paths = (
      record.get("paths") as Array<[Node, Node, Node, Relationship, Relationship, Relationship, Relationship]>
    ).map(([commune, event, market, ...relationships]) => {
      const [placed, held, targeted] = refs.add([commune, event, market]);
      const nodes = [territory!, placed!, organization!, held!, targeted!];
      events.set(nodes[3]!.ref, nodes[3]!);
      const edges = relationships.map((relationship) => refs.edge(relationship));
      return { nodes, edges, length: edges.length, confidence: weakest(edges) };
    });
    return {
      organization: organization!,
      events: [...events.values()].sort((a, b) => byFrenchName(a.name, b.name)),
      paths,
      confidence: paths.some((path) => path.confidence === "stated") ? "stated" : "unverified",
    };
  });
}
