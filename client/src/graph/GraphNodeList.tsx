import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { LabelBadge } from "../graph-node";
import { frenchOrder } from "../i18n";
import type { ExplorerGraph } from "./merge-neighbourhood";

const shownAtMost = 200;

interface GraphNodeListProps {
  graph: ExplorerGraph;
  visible: ReadonlySet<string>;
  version: number;
  expanded: readonly string[];
  center: string;
  onSelect: (ref: string) => void;
}

/** The visible nodes as a list of buttons: what a click on the canvas does, from the keyboard. Built only when opened. */
export function GraphNodeList(props: GraphNodeListProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="graph-node-list" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t("graph.nodeList")}</summary>
      {open && <NodeButtons {...props} />}
    </details>
  );
}

function NodeButtons({ graph, visible, version, expanded, center, onSelect }: GraphNodeListProps) {
  const { t } = useTranslation();
  const nodes = useMemo(
    () =>
      [...visible]
        .filter((ref) => graph.hasNode(ref))
        .map((ref) => ({ ref, ...graph.getNodeAttributes(ref) }))
        .sort((a, b) => frenchOrder(a.label, b.label)),
    // version: the graph changed in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, visible, version],
  );
  return (
    <>
      <ul>
        {nodes.slice(0, shownAtMost).map((node) => (
          <li key={node.ref}>
            <button type="button" className="link-button" onClick={() => onSelect(node.ref)}>
              {node.label}
            </button>{" "}
            <LabelBadge label={node.entityLabel} />
            {(node.ref === center || expanded.includes(node.ref)) && (
              <span className="muted"> · {t("graph.expanded")}</span>
            )}
          </li>
        ))}
      </ul>
      {nodes.length > shownAtMost && (
        <p className="muted">{t("graph.nodeListMore", { count: nodes.length - shownAtMost })}</p>
      )}
    </>
  );
}
