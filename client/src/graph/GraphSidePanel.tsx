import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FactGroups } from "../entity";
import { entityPath, LabelBadge } from "../graph-node";
import { LoadingState } from "../layout";
import type { LoadedNeighbourhood } from "./use-explorer-graph";

interface GraphSidePanelProps {
  selected: string | null;
  loaded: {
    nodes: ReadonlyMap<string, LoadedNeighbourhood["nodes"][number]>;
    edges: ReadonlyMap<string, LoadedNeighbourhood["edges"][number]>;
  };
  /** Names of the nodes being expanded. */
  expanding: string[];
  failures: Array<{ name: string; message: string }>;
}

/** Beside the graph: the selected node's facts with their evidence, and the expansions in progress. */
export function GraphSidePanel({ selected, loaded, expanding, failures }: GraphSidePanelProps) {
  const { t } = useTranslation();
  const node = selected ? loaded.nodes.get(selected) : undefined;
  const edges = node ? [...loaded.edges.values()].filter((edge) => edge.from === node.ref || edge.to === node.ref) : [];
  const neighbours = node
    ? [...new Set(edges.map((edge) => (edge.from === node.ref ? edge.to : edge.from)))].flatMap(
        (ref) => loaded.nodes.get(ref) ?? [],
      )
    : [];
  return (
    <aside className="graph-panel" aria-labelledby="graph-panel-title">
      {expanding.map((name) => (
        <LoadingState key={name} label={t("graph.expanding", { name })} />
      ))}
      {failures.map((failure) => (
        <p key={failure.name} role="alert" className="notice error">
          {t("graph.expandFailed", failure)}
        </p>
      ))}
      {node ? (
        <>
          <p className="panel-kicker" id="graph-panel-title">
            {t("graph.selectedTitle")}
          </p>
          <h2 className="panel-title" lang="fr">
            {node.name}
          </h2>
          <p>
            <LabelBadge label={node.label} kind={node.kind} />{" "}
            <Link to={entityPath(node.ref)}>{t("graph.openEntity")}</Link>
          </p>
          <FactGroups center={node.ref} nodes={[node, ...neighbours]} edges={edges} headingLevel={3} />
        </>
      ) : (
        <>
          <h2 className="panel-kicker" id="graph-panel-title">
            {t("graph.selectedTitle")}
          </h2>
          <p className="muted">{t("graph.noSelection")}</p>
        </>
      )}
    </aside>
  );
}
