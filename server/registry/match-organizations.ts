// Reconciles organisations with register records: by SIREN when the organisation has one, else by
// name — the company's name, its acronym, its usual and trade names, accent-folded — with the
// commune as tie-breaker. Each candidate is scored; two candidates left after the tie-breaker are
// listed, never guessed between.
import { foldName } from "../import/organization-matcher.js";
import type { RegistryRecord } from "./registry-record.js";

/** An organisation of the graph to reconcile. */
export interface OrganizationToReconcile {
  id: string;
  name: string;
  aliases: string[];
  siren: string | null;
  /** INSEE codes of the communes the graph places it in. */
  communes: string[];
}

/** What matched a record to an organisation. */
export type MatchVia = "siren" | "denomination" | "sigle" | "usual-name" | "search";

/** One record proposed for an organisation. */
export interface MatchCandidate {
  record: RegistryRecord;
  via: MatchVia;
  /** 0–1: the SIREN 1, the company name 0.9, a usual or trade name 0.8, the acronym 0.7; +0.1 when the commune agrees. */
  score: number;
  communeAgrees: boolean;
}

/** An organisation's outcome: one candidate, several, or none. */
export interface Reconciliation {
  organization: OrganizationToReconcile;
  outcome: "matched" | "ambiguous" | "not-found";
  candidates: MatchCandidate[];
}

const baseScores: Record<MatchVia, number> = {
  siren: 1,
  denomination: 0.9,
  "usual-name": 0.8,
  sigle: 0.7,
  search: 0.5,
};

/** Records indexed by SIREN and by each folded name. */
export class RecordIndex {
  private readonly bySiren = new Map<string, RegistryRecord>();
  private readonly byName = new Map<string, Array<{ record: RegistryRecord; via: MatchVia }>>();

  constructor(records: Iterable<RegistryRecord>) {
    for (const record of records) {
      this.bySiren.set(record.siren, record);
      this.indexName(record.denomination, record, "denomination");
      if (record.sigle) this.indexName(record.sigle, record, "sigle");
      for (const name of record.otherNames) this.indexName(name, record, "usual-name");
    }
  }

  /** The record of a SIREN. */
  siren(siren: string): RegistryRecord | undefined {
    return this.bySiren.get(siren);
  }

  /** The records one of whose names folds to `name`'s fold, each with its best way of matching. */
  named(name: string): Array<{ record: RegistryRecord; via: MatchVia }> {
    return this.byName.get(foldName(name)) ?? [];
  }

  private indexName(name: string, record: RegistryRecord, via: MatchVia): void {
    const key = foldName(name);
    if (key === "") return;
    const list = this.byName.get(key) ?? [];
    if (!list.some((entry) => entry.record === record)) this.byName.set(key, [...list, { record, via }]);
  }
}

/** Scores a candidate: its base score, raised when the commune agrees with the graph's. */
export function candidate(
  organization: OrganizationToReconcile,
  record: RegistryRecord,
  via: MatchVia,
): MatchCandidate {
  const communeAgrees = organization.communes.includes(record.communeCode);
  const score = Math.min(1, baseScores[via] + (communeAgrees ? 0.1 : 0));
  return { record, via, score: Math.round(score * 100) / 100, communeAgrees };
}

/** Reconciles one organisation against the index. */
export function reconcile(organization: OrganizationToReconcile, index: RecordIndex): Reconciliation {
  if (organization.siren) {
    const record = index.siren(organization.siren);
    return record
      ? { organization, outcome: "matched", candidates: [candidate(organization, record, "siren")] }
      : { organization, outcome: "not-found", candidates: [] };
  }
  const found = new Map<RegistryRecord, MatchCandidate>();
  for (const name of [organization.name, ...organization.aliases]) {
    for (const { record, via } of index.named(name)) {
      const next = candidate(organization, record, via);
      const previous = found.get(record);
      if (!previous || previous.score < next.score) found.set(record, next);
    }
  }
  const candidates = [...found.values()].sort(
    (a, b) => b.score - a.score || a.record.siren.localeCompare(b.record.siren),
  );
  if (candidates.length === 0) return { organization, outcome: "not-found", candidates };
  if (candidates.length === 1) return { organization, outcome: "matched", candidates };
  const sameCommune = candidates.filter((entry) => entry.communeAgrees);
  if (sameCommune.length === 1) return { organization, outcome: "matched", candidates: sameCommune };
  return { organization, outcome: "ambiguous", candidates };
}

/** Reconciles every organisation. */
export function reconcileAll(organizations: OrganizationToReconcile[], records: RegistryRecord[]): Reconciliation[] {
  const index = new RecordIndex(records);
  return organizations.map((organization) => reconcile(organization, index));
}
