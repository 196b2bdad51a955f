// Laying out several paths between the same two nodes in one drawing: a column per step, the
// nodes of a step stacked, each relationship drawn once.

interface PathInput {
  nodes: ReadonlyArray<{ ref: string; name: string; label: string }>;
  edges: ReadonlyArray<{ id: string; type: string; from: string; to: string; confidence: string }>;
}

export interface PlacedNode {
  ref: string;
  name: string;
  label: string;
  column: number;
  row: number;
}

export interface PlacedEdge {
  id: string;
  type: string;
  /** The node the arrow leaves and the node it points to (the relationship's own direction). */
  from: string;
  to: string;
  unverified: boolean;
}

export interface PathLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  columns: number;
  rows: number;
}

/** Places each node at the step where a path first reaches it; each relationship once. */
export function layoutPaths(paths: readonly PathInput[]): PathLayout {
  const placed = new Map<string, PlacedNode>();
  const rowsPerColumn: number[] = [];
  const edges = new Map<string, PlacedEdge>();
  for (const path of paths) {
    path.nodes.forEach((node, column) => {
      if (placed.has(node.ref)) return;
      const row = rowsPerColumn[column] ?? 0;
      rowsPerColumn[column] = row + 1;
      placed.set(node.ref, { ref: node.ref, name: node.name, label: node.label, column, row });
    });
    for (const edge of path.edges) {
      if (!edges.has(edge.id))
        edges.set(edge.id, {
          id: edge.id,
          type: edge.type,
          from: edge.from,
          to: edge.to,
          unverified: edge.confidence === "unverified",
        });
    }
  }
  return {
    nodes: [...placed.values()],
    edges: [...edges.values()],
    columns: rowsPerColumn.length,
    rows: Math.max(0, ...rowsPerColumn),
  };
}
