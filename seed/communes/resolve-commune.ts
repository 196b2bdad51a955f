// Entity resolution for communes: a name as a document writes it → the official INSEE commune.
import slugify from "@sindresorhus/slugify";
import { communeAliases, formerCommunes, type FormerCommune } from "./commune-aliases.js";
import { communeRecords, epciMemberCodes, gbmEpciCode, referenceSource, type CommuneRecord } from "./reference-data.js";

/** A commune found in the reference; `via` says whether the name matched or a reviewed alias did. */
export interface ResolvedCommune {
  code: string;
  name: string;
  departement: string;
  via: "name" | "alias";
}

/** A name that matches no single current commune, and why. */
export interface UnresolvedCommune {
  unresolved: string;
  reason: string;
}

export type CommuneResolution = ResolvedCommune | UnresolvedCommune;

/** Tells a resolved commune from an unresolved name. */
export function isResolved(resolution: CommuneResolution): resolution is ResolvedCommune {
  return "code" in resolution;
}

/** The comparison key of a commune name: accents, case, hyphens, apostrophes and spaces ignored. */
export function foldCommuneName(name: string): string {
  return slugify(name, { decamelize: false });
}

/** Builds an index of records by folded name. */
function indexByName(records: CommuneRecord[]): Map<string, CommuneRecord[]> {
  const index = new Map<string, CommuneRecord[]>();
  for (const record of records) {
    const key = foldCommuneName(record.nom);
    index.set(key, [...(index.get(key) ?? []), record]);
  }
  return index;
}

/** Lookup tables over the reference. */
interface ReferenceIndexes {
  current: Map<string, CommuneRecord[]>;
  former: Map<string, CommuneRecord[]>;
  byCode: Map<string, CommuneRecord>;
  aliases: Map<string, string>;
  formerNames: Map<string, FormerCommune>;
  gbm: Set<string>;
}

/** Builds the lookup tables: current communes by name and code, former communes, aliases, GBM members. */
function buildIndexes(): ReferenceIndexes {
  const records = communeRecords();
  const current = records.filter((record) => record.type === "commune-actuelle");
  const former = records.filter((record) => record.type === "commune-deleguee" || record.type === "commune-associee");
  return {
    current: indexByName(current),
    former: indexByName(former),
    byCode: new Map(current.map((record) => [record.code, record])),
    aliases: new Map(Object.entries(communeAliases).map(([written, alias]) => [foldCommuneName(written), alias.code])),
    formerNames: new Map(Object.entries(formerCommunes).map(([written, former]) => [foldCommuneName(written), former])),
    gbm: epciMemberCodes(gbmEpciCode),
  };
}

let cachedIndexes: ReferenceIndexes | undefined;

/** The lookup tables, built on first use. */
function indexes(): ReferenceIndexes {
  return (cachedIndexes ??= buildIndexes());
}

/** The current commune with this INSEE code, or undefined. */
export function communeByCode(code: string): ResolvedCommune | undefined {
  const record = indexes().byCode.get(code);
  return record && { code: record.code, name: record.nom, departement: record.departement ?? "", via: "name" };
}

/** Narrows homonyms: GBM members first, then the preferred département (Doubs unless told). */
function preferred(candidates: CommuneRecord[], departement: string): CommuneRecord[] {
  const { gbm } = indexes();
  for (const keep of [(c: CommuneRecord) => gbm.has(c.code), (c: CommuneRecord) => c.departement === departement]) {
    const kept = candidates.filter(keep);
    if (kept.length > 0) return kept;
  }
  return candidates;
}

/** Resolves a commune name as written to the official commune, or says why it cannot. */
export function resolveCommune(name: string, options: { departement?: string } = {}): CommuneResolution {
  const key = foldCommuneName(name);
  const { current, former, aliases, formerNames } = indexes();
  const aliasCode = aliases.get(key);
  if (aliasCode) {
    const commune = communeByCode(aliasCode);
    if (!commune) return { unresolved: name, reason: `alias points to ${aliasCode}, which is not a current commune in ${referenceSource}` };
    return { ...commune, via: "alias" };
  }
  const merged = formerNames.get(key);
  if (merged) {
    return { unresolved: name, reason: `former commune ${merged.code}, merged into ${merged.successor} (${merged.mergedInto}); not in ${referenceSource}` };
  }
  const candidates = preferred(current.get(key) ?? [], options.departement ?? "25");
  const [only] = candidates;
  if (only && candidates.length === 1) return { code: only.code, name: only.nom, departement: only.departement ?? "", via: "name" };
  if (candidates.length > 1) {
    const listed = candidates.map((c) => `${c.nom} ${c.code} (${c.departement})`).join(", ");
    return { unresolved: name, reason: `ambiguous: ${candidates.length} communes are named so (${listed}); add a reviewed alias` };
  }
  const formerMatches = former.get(key) ?? [];
  if (formerMatches.length > 0) {
    const listed = formerMatches.map((c) => `${c.nom} ${c.code}, now part of ${c.chefLieu ?? "?"}`).join("; ");
    return { unresolved: name, reason: `only a former (delegated or associated) commune has this name (${listed}); add a reviewed alias` };
  }
  return { unresolved: name, reason: `no commune of ${referenceSource} is named so, even ignoring accents, case and hyphens; add a reviewed alias if it is a misspelling` };
}
