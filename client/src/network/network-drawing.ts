// The drawing of the top actors: one graphology graph, each community a colour and a sector of the
// circle (so the layout starts from the groups), each node sized by its score.
import Graph from "graphology";
import type { EntityLabel } from "../__generated__/graphql";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "../graph";

/** Colours of the communities (0 is the largest); the others share the last one. */
export const communityColors = [
  "#1d5fa8",
  "#b23f0c",
  "#2e7d32",
  "#6d3fc9",
  "#8a5a00",
  "#00838f",
  "#ad1457",
  "#5d6b82",
] as const;

/** The colour of a community. */
export function communityColor(community: number): string {
  return communityColors[Math.min(community, communityColors.length - 1)]!;
}

interface ScoredNode {
  score: number;
  community: number;
  node: { ref: string; label: EntityLabel; name: string; kind?: string | null };
}

/** The graph of the top actors and the ties between them, sizes from 4 to 20 by score. */
export function drawingOf(
  scores: readonly ScoredNode[],
  ties: ReadonlyArray<{ from: string; to: string; type: string; year?: number | null }>,
): ExplorerGraph {
  const graph = new Graph<NodeAttributes, EdgeAttributes>({ type: "directed", multi: true, allowSelfLoops: true });
  const highest = Math.max(...scores.map((entry) => entry.score), 0);
  const communities = [...new Set(scores.map((entry) => entry.community))].sort((a, b) => a - b);
  scores.forEach((entry, index) => {
    const sector = communities.indexOf(entry.community);
    const angle = (2 * Math.PI * sector) / Math.max(communities.length, 1) + index * 0.37;
    const radius = 1 + (index % 5) * 0.25;
    graph.addNode(entry.node.ref, {
      x: Math.cos(angle) * radius,
      y: Math.sin(angle) * radius,
      size: 4 + (highest > 0 ? (16 * entry.score) / highest : 0),
      color: communityColor(entry.community),
      label: entry.node.name,
      entityLabel: entry.node.label,
      kind: entry.node.kind ?? null,
      year: null,
    });
  });
  for (const tie of ties) {
    if (!graph.hasNode(tie.from) || !graph.hasNode(tie.to)) continue;
    graph.addEdge(tie.from, tie.to, {
      relationship: tie.type,
      year: tie.year ?? null,
      status: null,
      unverified: false,
      size: 1,
      color: tie.year == null ? "#c3cad6" : "#8b95a8",
    });
  }
  return graph;
}
