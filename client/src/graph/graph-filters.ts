// Which nodes and relationships the graph view shows, given the legend's labels, a market, a year
// and the partnership statuses.
import type { EntityLabel, PartnershipStatus } from "../__generated__/graphql";
import { frenchOrder } from "../i18n";
import type { ExplorerGraph } from "./merge-neighbourhood";

export interface GraphFilters {
  /** Labels switched off in the legend. */
  hiddenLabels: ReadonlySet<EntityLabel>;
  /** A Market ref: only what is tied to it (directly, or through one of its events). */
  market: string | null;
  /** Only nodes and relationships of that year (those without a year stay). */
  year: number | null;
  /** Partnership statuses switched off: PARTNER_OF relationships of these statuses are not drawn. */
  hiddenStatuses: ReadonlySet<string>;
}

/** A partnership status, as the filter lists it. */
export type PartnershipStatusChoice = PartnershipStatus;

/** The statuses a partnership can have, in the order the filter lists them (as on the entity page). */
export const partnershipStatuses: readonly PartnershipStatus[] = ["ACTIVE", "PLANNED", "TO_STRENGTHEN"];

/** The nodes and relationships to draw; `keep` (the centre, the selected node) is always drawn. */
export function visibleElements(graph: ExplorerGraph, filters: GraphFilters, keep: ReadonlySet<string> = new Set()) {
  const tiedToMarket =
    filters.market && graph.hasNode(filters.market) ? nodesTiedToMarket(graph, filters.market) : null;
  const nodes = new Set<string>();
  graph.forEachNode((node, attributes) => {
    const shown =
      keep.has(node) ||
      (!filters.hiddenLabels.has(attributes.entityLabel) &&
        (filters.year === null || attributes.year === null || attributes.year === filters.year) &&
        (tiedToMarket === null || tiedToMarket.has(node)));
    if (shown) nodes.add(node);
  });
  const edges = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (
      nodes.has(source) &&
      nodes.has(target) &&
      (attributes.status === null || !filters.hiddenStatuses.has(attributes.status)) &&
      (filters.year === null || attributes.year === null || attributes.year === filters.year)
    ) {
      edges.add(edge);
    }
  });
  return { nodes, edges };
}

/** The market, its neighbours, and the neighbours of its events (their participants, organisers…). */
export function nodesTiedToMarket(graph: ExplorerGraph, market: string): Set<string> {
  const tied = new Set([market]);
  graph.forEachNeighbor(market, (neighbour, attributes) => {
    tied.add(neighbour);
    if (attributes.entityLabel === "Event") graph.forEachNeighbor(neighbour, (second) => tied.add(second));
  });
  return tied;
}

/**
 * The partnerships (PARTNER_OF) among the relationships drawn, by status, in the filter's order:
 * the count beside each status choice. A status the graph lacks counts 0.
 */
export function partnershipCounts(
  graph: ExplorerGraph,
  edges: ReadonlySet<string>,
): Array<{ status: PartnershipStatusChoice; count: number }> {
  const counts = new Map<string, number>();
  for (const edge of edges) {
    const status = graph.getEdgeAttribute(edge, "status");
    if (status !== null) counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return partnershipStatuses.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** Parses the URL's list of hidden partnership statuses (`hideStatus=PLANNED,TO_STRENGTHEN`), unknown ones dropped. */
export function parseHiddenStatuses(value: string | null): Set<PartnershipStatusChoice> {
  return new Set(
    (value ?? "")
      .split(",")
      .filter((status): status is PartnershipStatusChoice =>
        (partnershipStatuses as readonly string[]).includes(status),
      ),
  );
}

/** The markets and years present in the graph, for the filters' choices. */
export function filterChoices(graph: ExplorerGraph): {
  markets: Array<{ ref: string; name: string }>;
  years: number[];
} {
  const markets: Array<{ ref: string; name: string }> = [];
  const years = new Set<number>();
  graph.forEachNode((node, attributes) => {
    if (attributes.entityLabel === "Market") markets.push({ ref: node, name: attributes.label });
    if (attributes.year !== null) years.add(attributes.year);
  });
  graph.forEachEdge((_, attributes) => {
    if (attributes.year !== null) years.add(attributes.year);
  });
  return { markets: markets.sort((a, b) => frenchOrder(a.name, b.name)), years: [...years].sort((a, b) => b - a) };
}
