// Entity resolution for organisations named in an import row: by Maillage id, then SIREN, then
// normalised name (against names and aliases). Two candidates are reported, never guessed between.
// Organisations the file introduces join the index as they appear, so later rows find them too.

/** An organisation as the matcher knows it (from the graph, or new in this file). */
export interface KnownOrganization {
  id: string;
  name: string;
  kind: string | null;
  siren: string | null;
  aliases: string[];
  headcount: number | null;
  revenue: number | null;
  /** True when the file introduces it (it is not yet in the graph). */
  isNew: boolean;
  /** For a new organisation: the line that introduced it. */
  line?: number;
}

/** What a name and SIREN resolve to. */
export type OrganizationMatch =
  | { status: "matched"; organization: KnownOrganization; via: "id" | "siren" | "name" }
  | { status: "unmatched" }
  | { status: "ambiguous"; via: "siren" | "name"; candidates: KnownOrganization[] }
  | { status: "conflict"; organization: KnownOrganization; reason: string }
  | { status: "unknown-id"; reason: string };

/** The comparison key of an organisation name: accents, case, punctuation and spacing ignored. */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[œ]/gu, "oe")
    .replace(/[æ]/gu, "ae")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Organisations indexed by id, SIREN and folded name or alias. */
export class OrganizationMatcher {
  private readonly byId = new Map<string, KnownOrganization>();
  private readonly bySiren = new Map<string, KnownOrganization[]>();
  private readonly byName = new Map<string, KnownOrganization[]>();

  constructor(organizations: Iterable<KnownOrganization>) {
    for (const organization of organizations) this.add(organization);
  }

  /** Adds an organisation to the index (a new one, when the file introduces it). */
  add(organization: KnownOrganization): void {
    this.byId.set(organization.id, organization);
    if (organization.siren) this.indexSiren(organization);
    for (const written of [organization.name, ...organization.aliases]) this.indexName(organization, written);
  }

  /** True when the id is taken by a known organisation. */
  hasId(id: string): boolean {
    return this.byId.has(id);
  }

  /** Records a SIREN learnt from a row for an organisation that had none. */
  setSiren(organization: KnownOrganization, siren: string): void {
    organization.siren = siren;
    this.indexSiren(organization);
  }

  /** Records another spelling of an organisation's name (it becomes an alias). */
  addAlias(organization: KnownOrganization, written: string): void {
    organization.aliases.push(written);
    this.indexName(organization, written);
  }

  /** True when the name, folded, is already the organisation's name or one of its aliases. */
  knowsName(organization: KnownOrganization, written: string): boolean {
    const folded = foldName(written);
    return [organization.name, ...organization.aliases].some((known) => foldName(known) === folded);
  }

  /** Resolves a row's organisation: an explicit id wins, then the SIREN, then the folded name. */
  match(row: { name: string; siren?: string | null; id?: string | null }): OrganizationMatch {
    if (row.id) {
      const organization = this.byId.get(row.id);
      return organization
        ? { status: "matched", organization, via: "id" }
        : { status: "unknown-id", reason: `no organisation has the id "${row.id}"` };
    }
    if (row.siren) {
      const sameSiren = this.bySiren.get(row.siren) ?? [];
      if (sameSiren.length === 1) return { status: "matched", organization: sameSiren[0]!, via: "siren" };
      if (sameSiren.length > 1) return { status: "ambiguous", via: "siren", candidates: sameSiren };
    }
    const sameName = this.byName.get(foldName(row.name)) ?? [];
    const compatible = sameName.filter((organization) => !row.siren || !organization.siren);
    if (compatible.length === 1) return { status: "matched", organization: compatible[0]!, via: "name" };
    if (compatible.length > 1) return { status: "ambiguous", via: "name", candidates: compatible };
    const [other] = sameName;
    if (other) {
      return {
        status: "conflict",
        organization: other,
        reason: `"${other.name}" (${other.id}) has SIREN ${other.siren}, the row gives ${row.siren}: a different firm of the same name? Give its Maillage id in an id column to link the row to it, or correct the SIREN`,
      };
    }
    return { status: "unmatched" };
  }

  private indexSiren(organization: KnownOrganization): void {
    const list = this.bySiren.get(organization.siren!) ?? [];
    if (!list.includes(organization)) this.bySiren.set(organization.siren!, [...list, organization]);
  }

  private indexName(organization: KnownOrganization, written: string): void {
    const key = foldName(written);
    if (key === "") return;
    const list = this.byName.get(key) ?? [];
    if (!list.includes(organization)) this.byName.set(key, [...list, organization]);
  }
}
