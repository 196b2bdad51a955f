// The names of the graph's organisations, events, programmes and projects, to find in a source.
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import { toNumber } from "../../graph/property-values.js";
import { Gazetteer } from "./mentions/gazetteer.js";

/** Every name and alias of the entities a source may mention, read from the graph. */
export async function graphGazetteer(graph: GraphDatabase): Promise<Gazetteer> {
  const records = await readQuery(
    graph,
    `MATCH (n) WHERE n:Organization OR n:Event OR n:Programme OR n:Project
     RETURN [label IN labels(n) WHERE label IN ['Organization', 'Event', 'Programme', 'Project']][0] AS label,
            n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases, n.year AS year`,
  );
  const gazetteer = new Gazetteer();
  for (const record of records) {
    const name = record.get("name") as string | null;
    if (!name) continue;
    const label = record.get("label") as string;
    const year = toNumber(record.get("year")) ?? undefined;
    gazetteer.add({ ref: `${label}:${String(record.get("id"))}`, label, name, year }, [
      name,
      ...(record.get("aliases") as string[]),
    ]);
  }
  return gazetteer;
}
