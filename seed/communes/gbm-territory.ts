// The GBM territory from the official reference: the EPCI, its département and its member communes.
import type { FactSet, NodeFact, RelationshipFact } from "../model.js";
import { departementRecords, epciByCode, gbmEpciCode, referenceSource } from "./reference-data.js";
import { communeByCode } from "./resolve-commune.js";

/** The département GBM lies in (Doubs). */
export const gbmDepartementCode = "25";

/** A `Commune` node for a current French commune, from the reference; throws on an unknown code. */
export function communeNodeFact(inseeCode: string, sources: string[] = [referenceSource]): NodeFact {
  const commune = communeByCode(inseeCode);
  if (!commune) throw new Error(`${inseeCode} is not the INSEE code of a current commune in ${referenceSource}`);
  return {
    label: "Commune",
    key: commune.code,
    properties: { name: commune.name, inseeCode: commune.code, department: commune.departement, country: "FR" },
    sources,
  };
}

/** `Commune` nodes for arbitrary INSEE codes (Dijon 21231, Paris 75056…), each once. */
export function communeNodeFacts(inseeCodes: Iterable<string>, sources: string[] = [referenceSource]): NodeFact[] {
  return [...new Set(inseeCodes)].map((code) => communeNodeFact(code, sources));
}

/** A `Territory` node for a département, from the reference. */
export function departementNodeFact(code: string): NodeFact {
  const departement = departementRecords().find((record) => record.code === code);
  if (!departement) throw new Error(`département ${code} is not in ${referenceSource}`);
  return { label: "Territory", key: code, properties: { name: departement.nom, kind: "DEPARTMENT" }, sources: [referenceSource] };
}

/** The INSEE codes of GBM's member communes, per the reference. */
export function gbmMemberCodes(): string[] {
  return epciByCode(gbmEpciCode).membres.map((member) => member.code);
}

/** The GBM territory as facts: EPCI and département nodes, member communes, and their PART_OF links. */
export function gbmTerritoryFacts(): FactSet {
  const epci = epciByCode(gbmEpciCode);
  const territory: NodeFact = { label: "Territory", key: epci.code, properties: { name: epci.nom, kind: "EPCI" }, sources: [referenceSource] };
  const memberships: RelationshipFact[] = epci.membres.map((member) => ({
    type: "PART_OF",
    from: `Commune:${member.code}`,
    to: `Territory:${epci.code}`,
    properties: {},
    source: referenceSource,
    quote: `EPCI ${epci.code} (${epci.nom}) — membre ${member.code} ${member.nom}`,
    confidence: "stated",
  }));
  return {
    nodes: [territory, departementNodeFact(gbmDepartementCode), ...communeNodeFacts(epci.membres.map((member) => member.code))],
    relationships: memberships,
  };
}
