import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { type FragmentType, getFragmentData } from "../__generated__";
import { type EntityLabel, PathDiagram_PathFragmentDoc } from "../__generated__/graphql";
import { entityPath, labelColors } from "../graph-node";
import { layoutPaths, type PlacedNode } from "./layout-paths";

const columnWidth = 330;
const rowHeight = 100;
const nodeWidth = 200;
const nodeHeight = 44;
const margin = 24;

/** Shortens a name to fit in a node's box. */
const fit = (text: string, length = 25) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/**
 * The paths drawn together: one column per step, the relationships as arrows in their own direction
 * (dashed when unverified), each labelled with its type. Mouse users open a node by clicking it;
 * the list of paths below gives the same links to keyboard and screen reader users.
 */
export function PathDiagram(props: {
  paths: ReadonlyArray<FragmentType<typeof PathDiagram_PathFragmentDoc>>;
  summary: string;
}) {
  const paths = getFragmentData(PathDiagram_PathFragmentDoc, props.paths);
  const { t } = useTranslation();
  const navigate = useNavigate();
  const layout = layoutPaths(paths);
  if (layout.nodes.length === 0) return null;
  const width = margin * 2 + (layout.columns - 1) * columnWidth + nodeWidth;
  const height = margin * 2 + (layout.rows - 1) * rowHeight + nodeHeight;
  const byRef = new Map(layout.nodes.map((node) => [node.ref, node]));
  const centre = (node: PlacedNode) => ({
    x: margin + node.column * columnWidth + nodeWidth / 2,
    y: margin + node.row * rowHeight + nodeHeight / 2,
  });
  // Relationships between the same two nodes are bent apart so each stays visible.
  const pairCounts = new Map<string, number>();
  const pairKey = (a: string, b: string) => [a, b].sort().join("|");
  const edges = layout.edges.map((edge) => {
    const key = pairKey(edge.from, edge.to);
    const index = pairCounts.get(key) ?? 0;
    pairCounts.set(key, index + 1);
    return { ...edge, index, key };
  });

  return (
    <div className="path-diagram-scroll">
      <svg
        className="path-diagram"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={props.summary}
      >
        <defs>
          <marker
            id="path-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#5b6676" />
          </marker>
        </defs>
        {edges.map((edge) => {
          const from = byRef.get(edge.from);
          const to = byRef.get(edge.to);
          if (!from || !to) return null;
          const a = centre(from);
          const b = centre(to);
          const total = pairCounts.get(edge.key) ?? 1;
          const bend = (edge.index - (total - 1) / 2) * 34;
          // Leave the boxes: start and end on their sides facing each other.
          const direction = Math.sign(b.x - a.x) || 1;
          const start = { x: a.x + (direction * nodeWidth) / 2, y: a.y };
          const end = { x: b.x - (direction * nodeWidth) / 2, y: b.y };
          if (a.x === b.x) {
            start.x = a.x;
            start.y = a.y + Math.sign(b.y - a.y) * (nodeHeight / 2);
            end.x = b.x;
            end.y = b.y - Math.sign(b.y - a.y) * (nodeHeight / 2);
          }
          const control = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 + bend * 2 };
          const middle = { x: (start.x + 2 * control.x + end.x) / 4, y: (start.y + 2 * control.y + end.y) / 4 };
          return (
            <g key={edge.id} className={edge.unverified ? "diagram-edge unverified" : "diagram-edge"}>
              <path
                d={`M ${start.x} ${start.y} Q ${control.x} ${control.y} ${end.x} ${end.y}`}
                markerEnd="url(#path-arrow)"
              />
              <text x={middle.x} y={middle.y - 6} textAnchor="middle">
                {fit(t(`relations.out.${edge.type}`, { defaultValue: edge.type }), 28)}
              </text>
            </g>
          );
        })}
        {layout.nodes.map((node) => {
          const x = margin + node.column * columnWidth;
          const y = margin + node.row * rowHeight;
          const color = labelColors[node.label as EntityLabel] ?? "#475569";
          return (
            <g key={node.ref} className="diagram-node" onClick={() => void navigate(entityPath(node.ref))}>
              <title>{node.name}</title>
              <rect x={x} y={y} width={nodeWidth} height={nodeHeight} rx={8} style={{ stroke: color }} />
              <rect x={x} y={y} width={6} height={nodeHeight} rx={3} style={{ fill: color }} />
              <text x={x + 14} y={y + 18} className="diagram-name">
                {fit(node.name)}
              </text>
              <text x={x + 14} y={y + 34} className="diagram-label" style={{ fill: color }}>
                {t(`labels.${node.label}`, { defaultValue: node.label })}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
