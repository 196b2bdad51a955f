// What changed between the two years compared: who joined, who left, new and gone ties, and the
// undated ties, which belong to no year and are shown apart.
import { useTranslation } from "react-i18next";
import type { NetworkPageQuery } from "../__generated__/graphql";
import { EntityLink } from "../graph-node";

type Change = NetworkPageQuery["networkChange"];

export function YearChange({ change }: { change: Change }) {
  const { t } = useTranslation();
  return (
    <section className="year-change" aria-labelledby="year-change-title">
      <h2 id="year-change-title">{t("network.change.title", { from: change.from, to: change.to })}</h2>
      <dl className="change-counts">
        <div>
          <dt>{t("network.change.joined")}</dt>
          <dd data-count="joined">{change.joinedCount}</dd>
        </div>
        <div>
          <dt>{t("network.change.left")}</dt>
          <dd data-count="left">{change.leftCount}</dd>
        </div>
        <div>
          <dt>{t("network.change.stayed")}</dt>
          <dd>{change.stayed}</dd>
        </div>
        <div>
          <dt>{t("network.change.newTies")}</dt>
          <dd data-count="new-ties">{change.newTiesCount}</dd>
        </div>
        <div>
          <dt>{t("network.change.goneTies")}</dt>
          <dd data-count="gone-ties">{change.goneTiesCount}</dd>
        </div>
        <div>
          <dt>{t("network.change.undated")}</dt>
          <dd data-count="undated">{change.undatedTiesCount}</dd>
        </div>
      </dl>
      <div className="change-lists">
        <NodeList
          title={t("network.change.joinedList", { year: change.to })}
          nodes={change.joined}
          total={change.joinedCount}
        />
        <NodeList
          title={t("network.change.leftList", { year: change.from })}
          nodes={change.left}
          total={change.leftCount}
        />
      </div>
    </section>
  );
}

function NodeList({ title, nodes, total }: { title: string; nodes: Change["joined"]; total: number }) {
  const { t } = useTranslation();
  return (
    <div>
      <h3>{title}</h3>
      {nodes.length === 0 ? (
        <p className="hint">{t("network.change.none")}</p>
      ) : (
        <ul>
          {nodes.map((node) => (
            <li key={node.ref}>
              <EntityLink node={node} bare />
            </li>
          ))}
          {total > nodes.length && (
            <li className="hint">{t("network.change.more", { count: total - nodes.length })}</li>
          )}
        </ul>
      )}
    </div>
  );
}
