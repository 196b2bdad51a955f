import neo4j, { type Node, type Relationship } from "neo4j-driver";
import { RefIndex, weakest, type EvidencePath, type GraphNode } from "./graph-values.js";
import { readQuery, type GraphReader } from "./read-query.js";

export interface FirmsAtEventsArgs {
  territory: string;
  market?: string | null;
  year?: number | null;
  kinds: string[];
  statedOnly: boolean;
}

export interface FirmAnswer {
  organization: GraphNode;
  events: GraphNode[];
  paths: EvidencePath[];
  confidence: "stated" | "unverified";
}

/** Territory ← commune ← organisation → event → market, one row per path, grouped by organisation. */
const firmsAtEventsCypher = `
MATCH (t:Territory {code: $territory})<-[pt:PART_OF]-(c:Commune)<-[li:LOCATED_IN]-(o:Organization)
WHERE o.kind IN $kinds
MATCH (o)-[p:PARTICIPATED_IN]->(e:Event)-[tg:TARGETS]->(m:Market)
WHERE ($market IS NULL OR m.code = $market)
  AND ($year IS NULL OR coalesce(p.year, e.year) = $year)
  AND (NOT $statedOnly OR all(r IN [pt, li, p, tg] WHERE r.confidence = 'stated'))
RETURN o, collect([t, c, o, e, m, pt, li, p, tg]) AS paths
ORDER BY o.name`;

/** Organisations of a territory that took part in events (of a market, a year), with their evidence paths. */
export async function firmsAtEvents(reader: GraphReader, args: FirmsAtEventsArgs): Promise<FirmAnswer[]> {
  const records = await readQuery(reader, firmsAtEventsCypher, {
    territory: args.territory,
    market: args.market ?? null,
    year: args.year == null ? null : neo4j.int(args.year),
    kinds: args.kinds,
    statedOnly: args.statedOnly,
  });
  return records.map((record) => {
    const refs = new RefIndex();
    const [organization] = refs.add([record.get("o") as Node]);
    const events = new Map<string, GraphNode>();
    const paths = (record.get("paths") as Array<[Node, Node, Node, Node, Node, Relationship, Relationship, Relationship, Relationship]>).map(
      ([territory, commune, firm, event, market, ...relationships]) => {
        const nodes = refs.add([territory, commune, firm, event, market]);
        events.set(nodes[3]!.ref, nodes[3]!);
        const edges = relationships.map((relationship) => refs.edge(relationship));
        return { nodes, edges, length: edges.length, confidence: weakest(edges) };
      },
    );
    return {
      organization: organization!,
      events: [...events.values()].sort((a, b) => a.name.localeCompare(b.name, "fr")),
      paths,
      confidence: paths.some((path) => path.confidence === "stated") ? "stated" : "unverified",
    };
  });
}
