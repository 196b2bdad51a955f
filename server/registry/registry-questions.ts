// The register's questions: where it disagrees with another source, and organisations by size band
// and activity in a territory.
import type { Node } from "neo4j-driver";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import { toGraphNode, type GraphNode } from "../../graph/graph-values.js";
import { nafLabel } from "../../graph/registry/naf-activities.js";
import { sizeBandLabel } from "../../graph/registry/size-bands.js";

/** A disagreement between the register and another source, both facts kept. */
export interface RegistryDisagreementView {
  kind: "COMMUNE" | "CLOSED_MEMBER";
  organization: GraphNode;
  registerSays: string;
  registerSource: string;
  otherSays: string;
  otherSource: string;
  otherQuote: string;
}

const disagreementsCypher = `
MATCH (o:Organization) WHERE ($organization IS NULL OR o.id = $organization) AND o.registrySource IS NOT NULL
CALL (o) {
  MATCH (o)-[r:LOCATED_IN]->(c:Commune) WHERE r.source = o.registrySource
  MATCH (o)-[d:LOCATED_IN]->(other:Commune) WHERE NOT d.source STARTS WITH 'sirene:' AND other <> c
  RETURN 'COMMUNE' AS kind, c.name AS registerSays, r.source AS registerSource,
         other.name AS otherSays, d.source AS otherSource, d.quote AS otherQuote
  UNION
  MATCH (o)-[m:MEMBER_OF]->(pole:Organization) WHERE o.closed = true
  RETURN 'CLOSED_MEMBER' AS kind, 'fermée' AS registerSays, o.registrySource AS registerSource,
         pole.name AS otherSays, m.source AS otherSource, m.quote AS otherQuote
}
RETURN o, kind, registerSays, registerSource, otherSays, otherSource, otherQuote
ORDER BY o.name, kind, otherSays`;

/** Where the register and another source disagree, for one organisation or all. */
export async function registryDisagreements(
  graph: GraphDatabase,
  organizationId: string | null,
): Promise<RegistryDisagreementView[]> {
  const records = await readQuery(graph, disagreementsCypher, { organization: organizationId });
  return records.map((record) => ({
    kind: record.get("kind") as RegistryDisagreementView["kind"],
    organization: toGraphNode(record.get("o") as Node),
    registerSays: record.get("registerSays") as string,
    registerSource: record.get("registerSource") as string,
    otherSays: record.get("otherSays") as string,
    otherSource: record.get("otherSource") as string,
    otherQuote: record.get("otherQuote") as string,
  }));
}

/** Organisations of one size band and one activity. */
export interface SizeActivityGroupView {
  sizeBand: string | null;
  sizeBandLabel: string | null;
  nafCode: string | null;
  nafLabel: string | null;
  count: number;
  organizations: GraphNode[];
}

const bySizeCypher = `
MATCH (:Territory {code: $territory})<-[:PART_OF]-(:Commune)<-[:LOCATED_IN]-(o:Organization)
WHERE o.kind IN $kinds AND ($sizeBands IS NULL OR o.sizeBand IN $sizeBands)
  AND ($activity IS NULL OR o.nafCode STARTS WITH $activity)
WITH DISTINCT o ORDER BY o.name
RETURN o.sizeBand AS sizeBand, o.nafCode AS nafCode, collect(o) AS organizations
ORDER BY sizeBand, nafCode`;

/** Organisations located in a territory, grouped by size band and activity. */
export async function organizationsBySizeAndActivity(
  graph: GraphDatabase,
  args: { territory: string; sizeBands: string[] | null; activity: string | null; kinds: string[] },
): Promise<SizeActivityGroupView[]> {
  const records = await readQuery(graph, bySizeCypher, args);
  return records.map((record) => {
    const sizeBand = (record.get("sizeBand") as string | null) ?? null;
    const nafCode = (record.get("nafCode") as string | null) ?? null;
    const organizations = (record.get("organizations") as Node[]).map(toGraphNode);
    return {
      sizeBand,
      sizeBandLabel: sizeBandLabel(sizeBand),
      nafCode,
      nafLabel: nafLabel(nafCode),
      count: organizations.length,
      organizations,
    };
  });
}
