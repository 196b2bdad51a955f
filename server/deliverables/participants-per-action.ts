// Annexe 3: « un tableau listant les entreprises participantes par action du programme en stipulant
// celles du territoire GBM ». An action is an event, a programme or service, or a project that
// firms took part in during the year; its axis is found through PART_OF, or the axis deliverable
// that reports on the event.
import neo4j from "neo4j-driver";
import { readQuery } from "../../graph/graph-database.js";
import {
  inTerritory,
  joined,
  territoryLabel,
  type DeliverableDefinition,
  type DeliverableRow,
} from "./deliverable-table.js";
import { sharedColumns } from "./deliverable-columns.js";
import { isSme } from "./sme-flag.js";

const actionsCypher = `
MATCH (o:Organization {kind: 'COMPANY'})-[r:PARTICIPATED_IN|TAKES_PART_IN]->(a)
WHERE (a:Event OR a:Programme OR a:Project) AND ($year IS NULL OR coalesce(r.year, a.year) = $year)
WITH a, o, collect(r.role) AS roles, collect(r.source) AS sources
RETURN CASE WHEN a:Event THEN 'évènement' WHEN a:Programme THEN 'programme' ELSE 'projet' END AS actionKind,
       a.name AS action, a.id AS actionId,
       [(a)-[:PART_OF*1..3]->(axis:Programme {kind: 'AXIS'}) | axis.name]
         + [(axis:Programme {kind: 'AXIS'})-[:OWES]->(:Deliverable)-[:ABOUT]->(a) | axis.name] AS axes,
       o.name AS firm, o.siren AS siren, o.sizeBand AS sizeBand,
       [(o)-[:LOCATED_IN]->(c:Commune) | c.name] AS communes,
       ${inTerritory} AS inTerritory,
       EXISTS { (o)-[:MEMBER_OF]->(:Organization {id: $pole}) } AS member,
       roles, sources
ORDER BY actionKind, action, firm`;

export const participantsPerAction: DeliverableDefinition = {
  id: "participants-per-action",
  title: "Entreprises participantes par action du programme",
  reference: "Convention 2024, annexe 3",
  description:
    "Pour chaque action (évènement, programme ou prestation, projet) : les entreprises participantes, celles du territoire GBM signalées, et leur adhésion au pôle.",
  params: ["year", "territory", "pole"],
  async build(reader, params) {
    const records = await readQuery(reader, actionsCypher, {
      year: params.year === null ? null : neo4j.int(params.year),
      territory: params.territory,
      pole: params.pole,
    });
    const perAction = new Map<string, { firms: number; inTerritory: number; smes: number }>();
    for (const record of records) {
      const counts = perAction.get(record.get("actionId") as string) ?? { firms: 0, inTerritory: 0, smes: 0 };
      counts.firms++;
      if (record.get("inTerritory")) counts.inTerritory++;
      if (isSme(record.get("sizeBand") as string | null)) counts.smes++;
      perAction.set(record.get("actionId") as string, counts);
    }
    const rows: DeliverableRow[] = records.map((record) => {
      const counts = perAction.get(record.get("actionId") as string)!;
      return {
        actionKind: record.get("actionKind") as string,
        action: record.get("action") as string,
        axis: joined(record.get("axes")) || null,
        firms: counts.firms,
        territoryFirms: counts.inTerritory,
        smeFirms: counts.smes,
        firm: record.get("firm") as string,
        siren: (record.get("siren") as string | null) ?? null,
        commune: joined(record.get("communes")) || null,
        inTerritory: record.get("inTerritory") as boolean,
        member: record.get("member") as boolean,
        role: joined(record.get("roles")) || null,
        source: joined(record.get("sources")),
      };
    });
    const territory = territoryLabel(params.territory);
    return {
      columns: [
        { key: "actionKind", header: "Type d'action", type: "text" },
        { key: "action", header: "Action", type: "text" },
        { key: "axis", header: "Axe du programme", type: "text" },
        sharedColumns.firms,
        sharedColumns.territoryFirms(territory),
        sharedColumns.smeFirms,
        sharedColumns.firm,
        sharedColumns.siren,
        sharedColumns.commune,
        sharedColumns.inTerritory(territory),
        sharedColumns.member,
        sharedColumns.role,
        sharedColumns.source,
      ],
      rows,
    };
  },
};
