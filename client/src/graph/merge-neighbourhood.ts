// The graph view's model: a graphology graph that grows as nodes are expanded. New nodes are placed
// around the node they were reached from, so the drawing does not jump.
import Graph from "graphology";
import type { EntityLabel } from "../__generated__/graphql";
import { labelColors } from "../graph-node";

/** What the view keeps of a node: sigma's drawing attributes and the node's own. */
export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  /** The text sigma draws: the node's name. */
  label: string;
  entityLabel: EntityLabel;
  kind: string | null;
  year: number | null;
}

/** What the view keeps of a relationship. */
export interface EdgeAttributes {
  relationship: string;
  year: number | null;
  /** A partnership's status (PARTNER_OF); null for other relationships. */
  status: string | null;
  unverified: boolean;
  size: number;
  color: string;
}

export type ExplorerGraph = Graph<NodeAttributes, EdgeAttributes>;

/** The least a neighbourhood needs to be merged. */
export interface NeighbourhoodLike {
  nodes: ReadonlyArray<{ ref: string; label: EntityLabel; name: string; kind?: string | null; year?: number | null }>;
  edges: ReadonlyArray<{
    id: string;
    type: string;
    from: string;
    to: string;
    confidence?: string;
    properties: ReadonlyArray<{ name: string; value: string }>;
  }>;
}

/** A partnership's status; one without a status counts as ACTIVE, as the network measures count it. */
function partnershipStatusOf(properties: ReadonlyArray<{ name: string; value: string }>): string {
  return properties.find((property) => property.name === "status")?.value ?? "ACTIVE";
}

/** A new, empty graph of the view: directed, several relationships allowed between two nodes. */
export function createExplorerGraph(): ExplorerGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: "directed", multi: true, allowSelfLoops: true });
}

const goldenAngle = Math.PI * (3 - Math.sqrt(5));

/**
 * Adds the neighbourhood's nodes and relationships that the graph lacks. New nodes go on a spiral
 * around `anchor` (or where `knownPositions` says they were before a rebuild); sizes follow degree.
 * Returns what was added.
 */
export function mergeNeighbourhood(
  graph: ExplorerGraph,
  neighbourhood: NeighbourhoodLike,
  anchor?: string,
  knownPositions?: ReadonlyMap<string, { x: number; y: number }>,
): { nodes: string[]; edges: string[] } {
  const origin = anchor && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
  const spread = graph.order === 0 ? 1 : Math.max(0.5, spreadOf(graph) / 6);
  const added = { nodes: [] as string[], edges: [] as string[] };
  let placed = 0;
  for (const node of neighbourhood.nodes) {
    if (graph.hasNode(node.ref)) continue;
    const known = knownPositions?.get(node.ref);
    const isOrigin = graph.order === 0 && !known;
    const angle = placed * goldenAngle;
    const radius = isOrigin ? 0 : spread * Math.sqrt(placed + 1);
    if (!isOrigin && !known) placed += 1;
    graph.addNode(node.ref, {
      x: known?.x ?? origin.x + radius * Math.cos(angle),
      y: known?.y ?? origin.y + radius * Math.sin(angle),
      size: 4,
      color: labelColors[node.label] ?? "#475569",
      label: node.name,
      entityLabel: node.label,
      kind: node.kind ?? null,
      year: node.year ?? null,
    });
    added.nodes.push(node.ref);
  }
  for (const edge of neighbourhood.edges) {
    if (graph.hasEdge(edge.id) || !graph.hasNode(edge.from) || !graph.hasNode(edge.to)) continue;
    const year = edge.properties.find((property) => property.name === "year")?.value;
    const unverified = edge.confidence === "unverified";
    graph.addDirectedEdgeWithKey(edge.id, edge.from, edge.to, {
      relationship: edge.type,
      year: year && /^\d{4}$/.test(year) ? Number(year) : null,
      status: edge.type === "PARTNER_OF" ? partnershipStatusOf(edge.properties) : null,
      unverified,
      size: 1,
      color: unverified ? "#e0a458" : "#b8c2d0",
    });
    added.edges.push(edge.id);
  }
  sizeByDegree(graph, new Set([...added.nodes, ...added.edges.flatMap((edge) => graph.extremities(edge))]));
  return added;
}

/** Node sizes grow with the logarithm of their degree: hubs stand out without hiding the rest. */
export function sizeByDegree(graph: ExplorerGraph, nodes: Iterable<string> = graph.nodes()): void {
  for (const node of nodes) graph.setNodeAttribute(node, "size", 3 + 2.5 * Math.log2(1 + graph.degree(node)));
}

/** How far apart the graph's nodes lie (the larger side of their bounding box). */
function spreadOf(graph: ExplorerGraph): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_, attributes) => {
    minX = Math.min(minX, attributes.x);
    maxX = Math.max(maxX, attributes.x);
    minY = Math.min(minY, attributes.y);
    maxY = Math.max(maxY, attributes.y);
  });
  return Math.max(maxX - minX, maxY - minY, 1);
}

/** The positions of every node, to keep them when the graph is rebuilt (e.g. going back in history). */
export function positionsOf(graph: ExplorerGraph): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((node, attributes) => positions.set(node, { x: attributes.x, y: attributes.y }));
  return positions;
}
