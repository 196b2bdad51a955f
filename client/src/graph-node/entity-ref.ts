// A node's global reference `Label:key` (e.g. `Organization:femto-st`), the URLs of its views and
// the colour of each label, shared by every view.
import type { EntityLabel } from "../__generated__/graphql";

/** Every label of the graph, in the order legends list them. */
export const entityLabels: readonly EntityLabel[] = [
  "Organization",
  "Person",
  "Event",
  "Market",
  "Programme",
  "Action",
  "Project",
  "Commune",
  "Territory",
  "Document",
  "Indicator",
  "Deliverable",
  "BudgetLine",
  "Convention",
  "Clause",
  "EventSeries",
  "Place",
  "DataQualityNote",
  "IndicatorResult",
];

/** One colour per label, distinct and readable on white (WCAG AA for text). */
export const labelColors: Record<EntityLabel, string> = {
  Organization: "#1d5fa8",
  Person: "#b23f0c",
  Event: "#6d3fc9",
  Market: "#b42323",
  Programme: "#8a5a00",
  Action: "#8b3d9e",
  Project: "#b0195d",
  Commune: "#187a3c",
  Territory: "#0b6e69",
  Document: "#475569",
  Indicator: "#4b6b12",
  Deliverable: "#0d6e86",
  BudgetLine: "#7a4a12",
  Convention: "#5b3a8c",
  Clause: "#6b4f2a",
  EventSeries: "#4c2f9e",
  Place: "#166534",
  DataQualityNote: "#9a3412",
  IndicatorResult: "#3f6212",
};

/** The URL of the data-quality page, of one source (a Document id) or of every source. */
export function qualityPath(source?: string): string {
  return source ? `/quality?source=${encodeURIComponent(source)}` : "/quality";
}

/** The label part of a ref, when it names a known label. */
export function labelOfRef(ref: string): EntityLabel | undefined {
  const label = ref.slice(0, ref.indexOf(":"));
  return (entityLabels as readonly string[]).includes(label) ? (label as EntityLabel) : undefined;
}

/** The URL of a node's page. */
export function entityPath(ref: string): string {
  return `/entity/${encodeURIComponent(ref)}`;
}

/** The URL of the graph drawn around a node. */
export function graphPath(ref: string): string {
  return `/graph/${encodeURIComponent(ref)}`;
}

/** The URL of the path finder between two nodes (either may be left to pick). */
export function pathsPath(from?: string, to?: string): string {
  const search = new URLSearchParams();
  if (from) search.set("from", from);
  if (to) search.set("to", to);
  const query = search.toString();
  return query ? `/paths?${query}` : "/paths";
}

/** The ref of the node of `label` with `key` (a URL's bare key, say); null for none. */
export function refOf(label: EntityLabel, key: string): string;
export function refOf(label: EntityLabel, key: string | null): string | null;
export function refOf(label: EntityLabel, key: string | null): string | null {
  return key === null ? null : `${label}:${key}`;
}

/** The key part of a ref (what a URL or a form field carries); null for none. */
export function keyOfRef(ref: string): string;
export function keyOfRef(ref: string | null): string | null;
export function keyOfRef(ref: string | null): string | null {
  return ref === null ? null : ref.slice(ref.indexOf(":") + 1);
}
