// Entity resolution for communes: a name as a document writes it → the official INSEE commune.
import slugify from "@sindresorhus/slugify";
import { communeAliases, formerCommunes } from "./commune-aliases.js";
import { checkFormerCommunes, type CheckedFormerCommune } from "./former-communes.js";
import { communeRecords, epciMemberCodes, gbmEpciCode, referenceSource, type CommuneRecord } from "./reference-data.js";

/** A commune found in the reference; `via` says whether the name matched, a reviewed alias did, or
 *  the reviewed table of former (merged) communes did. */
export interface ResolvedCommune {
  code: string;
  name: string;
  departement: string;
  via: "name" | "alias" | "former";
  /** For a former commune: the INSEE code of the current commune it merged into. */
  mergedInto?: string;
}

/** A name that matches no single commune (current, or former in the reviewed table), and why. */
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
  formerByCode: Map<string, CheckedFormerCommune>;
  formerNames: Map<string, CheckedFormerCommune>;
  gbm: Set<string>;
}

/** Builds the lookup tables: current communes by name and code, former communes, aliases, GBM members.
 *  Throws when the reviewed table of former communes disagrees with the reference. */
function buildIndexes(): ReferenceIndexes {
  const records = communeRecords();
  const current = records.filter((record) => record.type === "commune-actuelle");
  const former = records.filter((record) => record.type === "commune-deleguee" || record.type === "commune-associee");
  const formerByCode = checkFormerCommunes(formerCommunes, records);
  return {
    current: indexByName(current),
    former: indexByName(former),
    byCode: new Map(current.map((record) => [record.code, record])),
    aliases: new Map(Object.entries(communeAliases).map(([written, alias]) => [foldCommuneName(written), alias.code])),
    formerByCode,
    formerNames: new Map(
      Object.entries(formerCommunes).flatMap(([written, entry]) => {
        const checked = formerByCode.get(entry.code);
        return checked
          ? [[foldCommuneName(written), checked] as const, [foldCommuneName(entry.official), checked] as const]
          : [];
      }),
    ),
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

/** The former commune of the reviewed table with this INSEE code, or undefined. */
export function formerCommuneByCode(code: string): CheckedFormerCommune | undefined {
  return indexes().formerByCode.get(code);
}

/** A former commune as a resolution: its own code and name, and the code of its successor. */
function formerResolution(former: CheckedFormerCommune): ResolvedCommune {
  return {
    code: former.code,
    name: former.official,
    departement: former.departement,
    via: "former",
    mergedInto: former.mergedInto,
  };
}

/** The commune, current or former (reviewed table), with this INSEE code, or undefined. */
export function knownCommuneByCode(code: string): ResolvedCommune | undefined {
  const former = formerCommuneByCode(code);
  return former ? formerResolution(former) : communeByCode(code);
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
    if (!commune)
      return {
        unresolved: name,
        reason: `alias points to ${aliasCode}, which is not a current commune in ${referenceSource}`,
      };
    return { ...commune, via: "alias" };
  }
  const merged = formerNames.get(key);
  if (merged) return formerResolution(merged);
  const candidates = preferred(current.get(key) ?? [], options.departement ?? "25");
  const [only] = candidates;
  if (only && candidates.length === 1)
    return { code: only.code, name: only.nom, departement: only.departement ?? "", via: "name" };
  if (candidates.length > 1) {
    const listed = candidates.map((c) => `${c.nom} ${c.code} (${c.departement})`).join(", ");
    return {
      unresolved: name,
      reason: `ambiguous: ${candidates.length} communes are named so (${listed}); add a reviewed alias`,
    };
  }
  const formerMatches = former.get(key) ?? [];
  if (formerMatches.length > 0) {
    const listed = formerMatches.map((c) => `${c.nom} ${c.code}, now part of ${c.chefLieu ?? "?"}`).join("; ");
    return {
      unresolved: name,
      reason: `only a former (delegated or associated) commune has this name (${listed}); add a reviewed alias or former commune`,
    };
  }
  return {
    unresolved: name,
    reason: `no commune of ${referenceSource} is named so, even ignoring accents, case and hyphens; add a reviewed alias if it is a misspelling`,
  };
}
