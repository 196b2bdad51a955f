// Annexe 3: for the firms and research bodies of the GBM territory in research programmes tied to
// health and aeronautics, « le montant des programmes, le montant obtenu des aides publiques liées
// à ces programmes, le nombre de brevets […], le nombre d'emplois créés ou maintenus ». The figures
// are the project's, as imported; `Partenaires` says how many organisations share them.
import neo4j from "neo4j-driver";
import { toNumber } from "../../graph/property-values.js";
import { readQuery } from "../../graph/graph-database.js";
import { inTerritory, joined, kindLabels, territoryLabel, type DeliverableDefinition } from "./deliverable-table.js";
import { sharedColumns } from "./deliverable-columns.js";

const researchProjectsCypher = `
MATCH (o:Organization)-[t:TAKES_PART_IN]->(p:Project)
WHERE o.kind IN ['COMPANY', 'RESEARCH'] AND ${inTerritory}
  AND ($year IS NULL OR coalesce(t.year, p.year) = $year)
WITH o, p, collect(t.source) AS sources,
     [(p)-[:TARGETS]->(m:Market) WHERE m.code IN $markets | m.name]
       + [(p)-[:PART_OF]->(:Programme)-[:TARGETS]->(m:Market) WHERE m.code IN $markets | m.name] AS markets
WHERE size(markets) > 0
RETURN o.name AS organization, o.kind AS kind, o.siren AS siren,
       [(o)-[:LOCATED_IN]->(c:Commune)-[:PART_OF]->(:Territory {code: $territory}) | c.name] AS communes,
       EXISTS { (o)-[:MEMBER_OF]->(:Organization {id: $pole}) } AS member,
       p.name AS project, [(p)-[:PART_OF]->(g:Programme) | g.name] AS programmes, markets,
       p.totalAmount AS totalAmount, p.publicAid AS publicAid, p.patentsFiled AS patents, p.jobsCreatedOrKept AS jobs,
       COUNT { (p)<-[:TAKES_PART_IN]-(:Organization) } AS partners, sources
ORDER BY o.kind, o.name, p.name`;

export const researchProjects: DeliverableDefinition = {
  id: "research-projects",
  title: "Entreprises et entités de recherche du territoire GBM dans des programmes de recherche santé et aéronautique",
  reference: "Convention 2024, annexe 3",
  description:
    "Pour chaque entreprise ou entité de recherche du territoire GBM et chaque projet de recherche rattaché à la santé ou à l'aéronautique : montant du programme, aides publiques obtenues, brevets déposés, emplois créés ou maintenus.",
  params: ["year", "territory", "pole", "markets"],
  async build(reader, params) {
    const records = await readQuery(reader, researchProjectsCypher, {
      year: params.year === null ? null : neo4j.int(params.year),
      territory: params.territory,
      pole: params.pole,
      markets: params.markets,
    });
    return {
      columns: [
        { key: "organization", header: "Entreprise ou entité de recherche", type: "text" },
        sharedColumns.kind,
        sharedColumns.siren,
        sharedColumns.communeIn(territoryLabel(params.territory)),
        sharedColumns.member,
        { key: "project", header: "Projet", type: "text" },
        { key: "programme", header: "Programme", type: "text" },
        sharedColumns.markets,
        { key: "totalAmount", header: "Montant du programme (€)", type: "amount" },
        { key: "publicAid", header: "Aides publiques obtenues (€)", type: "amount" },
        { key: "patents", header: "Brevets déposés", type: "integer" },
        { key: "jobs", header: "Emplois créés ou maintenus", type: "integer" },
        { key: "partners", header: "Partenaires du projet", type: "integer" },
        sharedColumns.source,
      ],
      rows: records.map((record) => ({
        organization: record.get("organization") as string,
        kind: kindLabels[record.get("kind") as string] ?? (record.get("kind") as string),
        siren: (record.get("siren") as string | null) ?? null,
        commune: joined(record.get("communes")),
        member: record.get("member") as boolean,
        project: record.get("project") as string,
        programme: joined(record.get("programmes")) || null,
        markets: joined(record.get("markets")),
        totalAmount: toNumber(record.get("totalAmount")),
        publicAid: toNumber(record.get("publicAid")),
        patents: toNumber(record.get("patents")),
        jobs: toNumber(record.get("jobs")),
        partners: toNumber(record.get("partners")),
        source: joined(record.get("sources")),
      })),
    };
  },
};
