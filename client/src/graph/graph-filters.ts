// Which nodes and relationships the graph view shows, given the legend's labels, a market and a year.
import type { EntityLabel } from "../__generated__/graphql";
import { frenchOrder } from "../i18n";
import type { ExplorerGraph } from "./merge-neighbourhood";

export interface GraphFilters {
  /** Labels switched off in the legend. */
  hiddenLabels: ReadonlySet<EntityLabel>;
  /** A Market ref: only what is tied to it (directly, or through one of its events). */
  market: string | null;
  /** Only nodes and relationships of that year (those without a year stay). */
  year: number | null;
}

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
