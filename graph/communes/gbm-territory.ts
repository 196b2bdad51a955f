// The GBM territory from the official reference: the EPCI, its département and its member communes;
// and the `Commune` facts of any commune a source names, former (merged) communes included.
import type { FactSet, NodeFact, RelationshipFact } from "../fact-model.js";
import type { CheckedFormerCommune } from "./former-communes.js";
import { departementRecords, epciByCode, gbmEpciCode, referenceSource } from "./reference-data.js";
import { communeByCode, formerCommuneByCode } from "./resolve-commune.js";

/** The département GBM lies in (Doubs). */
export const gbmDepartementCode = "25";

/** A `Commune` node: a current commune of the reference (`status: "current"`), or a former commune of
 *  the reviewed table (`status: "merged"`, with its successor and the date); throws on an unknown code. */
export function communeNodeFact(inseeCode: string, sources: string[] = [referenceSource]): NodeFact {
  const former = formerCommuneByCode(inseeCode);
  if (former) {
    const { official: name, code, departement: department, mergedInto, mergedOn } = former;
    return {
      label: "Commune",
      key: code,
      properties: { name, inseeCode: code, department, country: "FR", status: "merged", mergedInto, mergedOn },
      sources,
    };
  }
  const commune = communeByCode(inseeCode);
  if (!commune)
    throw new Error(
      `${inseeCode} is not the INSEE code of a current commune in ${referenceSource}, nor of a reviewed former commune`,
    );
  return {
    label: "Commune",
    key: commune.code,
    properties: {
      name: commune.name,
      inseeCode: commune.code,
      department: commune.departement,
      country: "FR",
      status: "current",
    },
    sources,
  };
}

/** `Commune` nodes for arbitrary INSEE codes (Dijon 21231, Paris 75056…), each once. */
export function communeNodeFacts(inseeCodes: Iterable<string>, sources: string[] = [referenceSource]): NodeFact[] {
  return [...new Set(inseeCodes)].map((code) => communeNodeFact(code, sources));
}

/** The reference's record of a merger: the successor lists the former commune's code among its own. */
function mergedIntoFact(former: CheckedFormerCommune): RelationshipFact {
  return {
    type: "MERGED_INTO",
    from: `Commune:${former.code}`,
    to: `Commune:${former.mergedInto}`,
    properties: {},
    source: referenceSource,
    // The record names only codes; the former commune's name comes from the reviewed table.
    quote: `${former.successor} (${former.mergedInto}) — ancien code ${former.code} (${former.official})`,
    confidence: "stated",
  };
}

/** The `Commune` nodes of these INSEE codes and, for each former commune among them, its MERGED_INTO
 *  fact and its successor's node (named by the reference) unless the codes already hold it. */
export function communeFacts(inseeCodes: Iterable<string>, sources: string[] = [referenceSource]): FactSet {
  const codes = new Set(inseeCodes);
  const formers = [...codes].flatMap((code) => formerCommuneByCode(code) ?? []);
  const successors = formers.map((former) => former.mergedInto).filter((code) => !codes.has(code));
  return {
    nodes: [...communeNodeFacts(codes, sources), ...communeNodeFacts(successors, [referenceSource])],
    relationships: formers.map(mergedIntoFact),
  };
}

/** A `Territory` node for a département, from the reference. */
export function departementNodeFact(code: string): NodeFact {
  const departement = departementRecords().find((record) => record.code === code);
  if (!departement) throw new Error(`département ${code} is not in ${referenceSource}`);
  return {
    label: "Territory",
    key: code,
    properties: { name: departement.nom, kind: "DEPARTMENT" },
    sources: [referenceSource],
  };
}

/** The INSEE codes of GBM's member communes, per the reference. */
export function gbmMemberCodes(): string[] {
  return epciByCode(gbmEpciCode).membres.map((member) => member.code);
}

/** The GBM territory as facts: EPCI and département nodes, today's member communes, and their PART_OF
 *  links (a former member such as Le Gratteris is not among them: the reference lists current members). */
export function gbmTerritoryFacts(): FactSet {
  const epci = epciByCode(gbmEpciCode);
  const territory: NodeFact = {
    label: "Territory",
    key: epci.code,
    properties: { name: epci.nom, kind: "EPCI" },
    sources: [referenceSource],
  };
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
    nodes: [
      territory,
      departementNodeFact(gbmDepartementCode),
      ...communeNodeFacts(epci.membres.map((member) => member.code)),
    ],
    relationships: memberships,
  };
}
