// Annexe 3: « Pour les entreprises adhérentes du pôle installées sur le territoire GBM : fournir un
// tableau listant les entreprises, leurs effectifs et leurs chiffres d'affaires ».
import neo4j from "neo4j-driver";
import { toNumber } from "../../graph/property-values.js";
import { readQuery } from "../../graph/graph-database.js";
import { joined, territoryLabel, type DeliverableDefinition } from "./deliverable-table.js";
import { sharedColumns } from "./deliverable-columns.js";
import { sizeBandLabel } from "../../graph/registry/size-bands.js";
import { isSme } from "./sme-flag.js";

const memberFirmsCypher = `
MATCH (o:Organization {kind: 'COMPANY'})-[m:MEMBER_OF]->(:Organization {id: $pole})
WHERE ($year IS NULL OR m.year IS NULL OR m.year = $year)
WITH o, collect(m.source) AS sources
MATCH (o)-[:LOCATED_IN]->(c:Commune)-[:PART_OF]->(:Territory {code: $territory})
WITH o, sources, collect(c.name) AS communes
RETURN o.name AS firm, o.siren AS siren, communes, o.headcount AS headcount, o.sizeBand AS sizeBand, o.revenue AS revenue,
       [(o)-[:ACTIVE_IN]->(k:Market) | k.name] AS markets, sources
ORDER BY o.name`;

export const memberFirms: DeliverableDefinition = {
  id: "member-firms",
  title: "Entreprises adhérentes installées sur le territoire GBM : effectifs et chiffres d'affaires",
  reference: "Convention 2024, annexe 3",
  description:
    "Les entreprises membres du pôle situées dans une commune du territoire GBM, avec leur effectif, leur tranche d'effectif et leur qualité de PME selon le registre Sirene, leur chiffre d'affaires et leurs marchés.",
  params: ["year", "territory", "pole"],
  async build(reader, params) {
    const records = await readQuery(reader, memberFirmsCypher, {
      year: params.year === null ? null : neo4j.int(params.year),
      territory: params.territory,
      pole: params.pole,
    });
    return {
      columns: [
        sharedColumns.firm,
        sharedColumns.siren,
        sharedColumns.communeIn(territoryLabel(params.territory)),
        sharedColumns.headcount,
        sharedColumns.sizeBand,
        sharedColumns.sme,
        sharedColumns.revenue,
        sharedColumns.markets,
        sharedColumns.source,
      ],
      rows: records.map((record) => ({
        firm: record.get("firm") as string,
        siren: (record.get("siren") as string | null) ?? null,
        commune: joined(record.get("communes")),
        headcount: toNumber(record.get("headcount")),
        sizeBand: sizeBandLabel(record.get("sizeBand") as string | null),
        sme: isSme(record.get("sizeBand") as string | null),
        revenue: toNumber(record.get("revenue")),
        markets: joined(record.get("markets")) || null,
        source: joined(record.get("sources")),
      })),
    };
  },
};
