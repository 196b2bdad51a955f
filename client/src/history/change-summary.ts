// What a history entry shows of a change: the values before → after, the relationship added or
// removed with its evidence, or what an import did. The server keeps them as JSON (server/editing).
import type { ChangeAction } from "../__generated__/graphql";

/** One property's values before and after a change; null where there was (or is) none. */
export interface ValueChange {
  name: string;
  before: string | null;
  after: string | null;
}

/** A relationship as a change recorded it. */
export interface RelationshipSummary {
  type: string;
  from: string;
  to: string;
  source: string | null;
  quote: string | null;
  confidence: string | null;
  reason: string | null;
}

/** What an import did, from its audit entry. */
export interface ImportSummary {
  fileName: string;
  kind: string;
  rows: number;
  nodesCreated: number;
  relationshipsCreated: number;
  organizationsCreated: number;
  organizationsUpdated: number;
}

export interface ChangeSummary {
  values: ValueChange[];
  relationship: RelationshipSummary | null;
  imported: ImportSummary | null;
}

/** Properties a history does not list as values: identity, bookkeeping and evidence (shown apart). */
const notListed = new Set(["id", "factId", "sources", "source", "quote", "confidence", "reason"]);

/** A recorded value as text: lists joined, nothing as null. */
export function displayValue(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(String).join(" · ");
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

function parse(json: string | null | undefined): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Values of `before` and `after`, property by property, in name order. */
function valueChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): ValueChange[] {
  const names = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
    .filter((name) => !notListed.has(name))
    .sort();
  return names.map((name) => ({ name, before: displayValue(before?.[name]), after: displayValue(after?.[name]) }));
}

function relationshipOf(snapshot: Record<string, unknown>): RelationshipSummary {
  const properties = (snapshot.properties ?? {}) as Record<string, unknown>;
  return {
    type: displayValue(snapshot.type) ?? "",
    from: displayValue(snapshot.from) ?? "",
    to: displayValue(snapshot.to) ?? "",
    source: displayValue(properties.source),
    quote: displayValue(properties.quote),
    confidence: displayValue(properties.confidence),
    reason: displayValue(properties.reason),
  };
}

/** The summary of a change as its history entry shows it. */
export function summarizeChange(change: {
  action: ChangeAction;
  before?: string | null;
  after?: string | null;
}): ChangeSummary {
  const before = parse(change.before);
  const after = parse(change.after);
  switch (change.action) {
    case "UPDATE_ORGANIZATION":
    case "CREATE_ORGANIZATION":
      return { values: valueChanges(before, after), relationship: null, imported: null };
    case "DELETE_ORGANIZATION": {
      // Deleting keeps the organisation and its relationships; a revert of a creation keeps its properties.
      const properties = (before?.properties ?? before) as Record<string, unknown> | null;
      const relationships = Array.isArray(before?.relationships) ? before.relationships.length : null;
      const values = valueChanges(properties, null);
      if (relationships !== null) values.push({ name: "relationships", before: String(relationships), after: null });
      return { values, relationship: null, imported: null };
    }
    case "ADD_RELATIONSHIP":
    case "REMOVE_RELATIONSHIP": {
      const snapshot = change.action === "ADD_RELATIONSHIP" ? after : before;
      if (!snapshot) return { values: [], relationship: null, imported: null };
      const properties = (snapshot.properties ?? {}) as Record<string, unknown>;
      const values =
        change.action === "ADD_RELATIONSHIP" ? valueChanges(null, properties) : valueChanges(properties, null);
      return { values, relationship: relationshipOf(snapshot), imported: null };
    }
    case "RECORD_RESULT":
    case "REMOVE_RESULT": {
      // A result and its evidence (server/follow-up): the value and its day or period, the HAS_RESULT relationship.
      const snapshot = change.action === "RECORD_RESULT" ? after : before;
      const result = (snapshot?.result ?? {}) as Record<string, unknown>;
      const evidence = (snapshot?.evidence ?? {}) as Record<string, unknown>;
      const values = change.action === "RECORD_RESULT" ? valueChanges(null, result) : valueChanges(result, null);
      const relationship = snapshot
        ? relationshipOf({ type: "HAS_RESULT", from: snapshot.indicator, to: result.id, properties: evidence })
        : null;
      return { values, relationship, imported: null };
    }
    case "RECEIVE_DELIVERABLE":
    case "UNRECEIVE_DELIVERABLE": {
      const pick = (snapshot: Record<string, unknown> | null) =>
        snapshot && { receivedOn: snapshot.receivedOn, document: snapshot.document };
      return { values: valueChanges(pick(before), pick(after)), relationship: null, imported: null };
    }
    case "IMPORT": {
      const count = (value: unknown) => (typeof value === "number" ? value : 0);
      const organizations = (after?.organizations ?? {}) as Record<string, unknown>;
      return {
        values: [],
        relationship: null,
        imported: {
          fileName: displayValue(after?.fileName) ?? "",
          kind: displayValue(after?.kind) ?? "",
          rows: count(after?.rows),
          nodesCreated: count(after?.nodesCreated),
          relationshipsCreated: count(after?.relationshipsCreated),
          organizationsCreated: count(organizations.created),
          organizationsUpdated: count(organizations.updated),
        },
      };
    }
    case "ADD_SOURCE":
      // An upload: its title, file format and counts, as values.
      return { values: valueChanges(null, after), relationship: null, imported: null };
    default:
      // Account and API-token changes: their values before and after.
      return { values: valueChanges(before, after), relationship: null, imported: null };
  }
}
