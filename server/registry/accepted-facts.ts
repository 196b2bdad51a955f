// What an accepted register match writes, as facts: the organisation's register properties, the
// record as a `Document` (`sirene:<siret>`, dated with the file, its text the record's fields), and
// LOCATED_IN the head-office commune — and, when the import asked for all establishments, each open
// secondary establishment's commune, each with its own `sirene:<siret>` document and quote.
import { createHash } from "node:crypto";
import { communeFacts, gbmTerritoryFacts } from "../../graph/communes/gbm-territory.js";
import { knownCommuneByCode } from "../../graph/communes/resolve-commune.js";
import type { FactSet, NodeFact, RelationshipFact } from "../../graph/fact-model.js";
import type { RegistryMatchView } from "./registry-matches.js";

/** A register record as a source document: `sirene:<siret>`, its text the record's fields. */
function recordDocument(source: string, title: string, text: string, match: RegistryMatchView): NodeFact {
  return {
    label: "Document",
    key: source,
    properties: {
      title,
      text,
      checksum: createHash("sha256").update(text).digest("hex"),
      kind: "REGISTER_EXTRACT",
      date: match.fileDate,
      publisher: "INSEE, répertoire Sirene",
      number: source.slice("sirene:".length),
    },
    sources: [source],
  };
}

/** One establishment to locate: its commune, its source, the quote of its location, its role. */
interface Location {
  communeCode: string;
  source: string;
  quote: string;
  role: "siège" | "établissement";
}

/** LOCATED_IN each establishment's commune (when it is a known commune), with the communes and their territory. */
function locationFacts(organizationKey: string, locations: Location[]): FactSet {
  const known = locations.filter((location) => knownCommuneByCode(location.communeCode));
  const codes = [...new Set(known.map((location) => location.communeCode))];
  if (codes.length === 0) return { nodes: [], relationships: [] };
  const territory = gbmTerritoryFacts();
  const communes = communeFacts(codes);
  const partOf = territory.relationships.filter((fact) => codes.some((code) => fact.from === `Commune:${code}`));
  return {
    nodes: [
      ...communes.nodes,
      ...(partOf.length > 0 ? territory.nodes.filter((node) => node.label === "Territory") : []),
    ],
    relationships: [
      ...communes.relationships,
      ...partOf,
      ...known.map((location): RelationshipFact => ({
        type: "LOCATED_IN",
        from: `Organization:${organizationKey}`,
        to: `Commune:${location.communeCode}`,
        key: location.source,
        properties: { role: location.role },
        source: location.source,
        quote: location.quote,
        confidence: "stated",
      })),
    ],
  };
}

/** What an accepted match writes, as facts: the head office's, and each open secondary establishment's located apart. */
export function acceptedFacts(match: RegistryMatchView): FactSet {
  const source = match.source;
  const organization: NodeFact = {
    label: "Organization",
    key: match.organization.key,
    properties: {
      siren: match.siren,
      headOfficeSiret: match.siret,
      nafCode: match.nafCode,
      nafLabel: match.nafLabel,
      sizeBand: match.sizeBand,
      sizeBandLabel: match.sizeBandLabel,
      legalCategory: match.legalCategory,
      companyCategory: match.companyCategory,
      creationDate: match.creationDate,
      closed: match.closed,
      registrySource: source,
      registryDate: match.fileDate,
      registryQuote: match.quote,
    },
    sources: [source],
  };
  const documents = [
    recordDocument(
      source,
      `Répertoire Sirene — ${match.denomination} (siège, SIRET ${match.siret})`,
      match.quote,
      match,
    ),
    ...match.establishments.map((establishment) =>
      recordDocument(
        `sirene:${establishment.siret}`,
        `Répertoire Sirene — ${match.denomination} (établissement, SIRET ${establishment.siret})`,
        establishment.text,
        match,
      ),
    ),
  ];
  const located = locationFacts(match.organization.key, [
    { communeCode: match.communeCode, source, quote: match.locationQuote, role: "siège" },
    ...match.establishments.map((establishment): Location => ({
      communeCode: establishment.communeCode,
      source: `sirene:${establishment.siret}`,
      quote: establishment.locationQuote,
      role: "établissement",
    })),
  ]);
  return { nodes: [organization, ...documents, ...located.nodes], relationships: located.relationships };
}
