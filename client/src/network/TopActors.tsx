// The top actors as a sortable table, exported as CSV.
import { useTranslation } from "react-i18next";
import type { NetworkMetric, NetworkPageQuery } from "../__generated__/graphql";
import { type AnswerColumn, AnswerHeader, AnswerTable, csvColumnsOf, useCsvDownload } from "../gallery";
import { EntityLink, LabelBadge } from "../graph-node";
import { useFormat } from "../i18n";
import { communityColor } from "./network-drawing";

type Score = NetworkPageQuery["networkMetrics"]["scores"][number];

export function TopActors({
  answer,
  metric,
  year,
}: {
  answer: NetworkPageQuery["networkMetrics"];
  metric: NetworkMetric;
  year: number | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const downloadCsv = useCsvDownload();
  const digits = metric === "PAGERANK" ? 4 : metric === "BETWEENNESS" ? 1 : 0;
  const columns: Array<AnswerColumn<Score>> = [
    { id: "rank", header: t("network.rank"), value: (row) => row.rank, numeric: true },
    {
      id: "actor",
      header: t("network.actor"),
      value: (row) => row.node.name,
      cell: (row) => <EntityLink node={row.node} bare />,
    },
    {
      id: "label",
      header: t("gallery.rowKind"),
      value: (row) => t(`labels.${row.node.label}`),
      cell: (row) => <LabelBadge label={row.node.label} kind={row.node.kind} />,
    },
    {
      id: "score",
      header: t(`network.metrics.${metric}.name`),
      value: (row) => Number(row.score.toFixed(digits)),
      cell: (row) => (metric === "PAGERANK" ? row.score.toFixed(4) : format.number(row.score)),
      numeric: true,
    },
    { id: "degree", header: t("network.degree"), value: (row) => row.degree, numeric: true },
    {
      id: "community",
      header: t("network.communityColumn"),
      value: (row) => row.community + 1,
      cell: (row) => (
        <span className="community-cell">
          <span className="label-dot" style={{ background: communityColor(row.community) }} aria-hidden="true" />
          {row.community + 1}
        </span>
      ),
      numeric: true,
    },
  ];
  const exportCsv = () =>
    downloadCsv(
      `maillage-reseau-${metric.toLowerCase()}-${year ?? "toutes-annees"}.csv`,
      [...csvColumnsOf(columns), { header: t("entity.key"), value: (row: Score) => row.node.ref }],
      answer.scores,
    );
  return (
    <section className="network-actors">
      <AnswerHeader count={answer.scores.length} onExport={exportCsv} />
      <AnswerTable
        caption={t("network.topActors")}
        columns={columns}
        rows={answer.scores}
        rowKey={(row) => row.node.ref}
        variant="compact"
      />
    </section>
  );
}
