// The top actors drawn with the explorer's canvas: coloured by community, sized by the metric.
import { Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { NetworkPageQuery } from "../__generated__/graphql";
import { GraphCanvas } from "../graph";
import { LoadingState } from "../layout";
import { communityColor, communityColors, drawingOf } from "./network-drawing";

export function NetworkDrawing({ answer }: { answer: NetworkPageQuery["networkMetrics"] }) {
  const { t } = useTranslation();
  const graph = useMemo(() => drawingOf(answer.scores, answer.ties), [answer]);
  const visible = useMemo(() => ({ nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) }), [graph]);
  const [selected, setSelected] = useState<string | null>(null);
  const communities = [...new Set(answer.scores.map((score) => score.community))].sort((a, b) => a - b);
  // Each of the largest communities has a colour of its own; the others share the last one.
  const named = communities.filter((community) => community < communityColors.length - 1);
  const others = communities.length - named.length;
  return (
    <section className="network-drawing" aria-label={t("network.drawing")}>
      <Suspense fallback={<LoadingState />}>
        <GraphCanvas
          graph={graph}
          visible={visible}
          selected={selected}
          center={answer.scores[0]?.node.ref ?? ""}
          layoutVersion={graph.order}
          onNodeClick={setSelected}
          onStageClick={() => setSelected(null)}
          description={t("network.drawingDescription", { nodes: graph.order, ties: graph.size })}
          fileName={`maillage-reseau-${answer.metric.toLowerCase()}`}
        />
      </Suspense>
      <ul className="community-legend" aria-label={t("network.communities")}>
        {named.map((community) => (
          <li key={community}>
            <span className="label-dot" style={{ background: communityColor(community) }} aria-hidden="true" />
            {t("network.community", { id: community + 1 })}
          </li>
        ))}
        {others > 0 && (
          <li>
            <span
              className="label-dot"
              style={{ background: communityColor(communityColors.length) }}
              aria-hidden="true"
            />
            {t("network.otherCommunities", { count: others })}
          </li>
        )}
      </ul>
    </section>
  );
}
