// The « Réseau » page: the ecosystem's hubs, brokers and communities by a metric, drawn and listed,
// and what changed between 2023 and 2024.
import { type QueryRef, useReadQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Form, useLoaderData, useLocation, useRevalidator } from "react-router";
import type { NetworkMetric, NetworkPageQuery } from "../__generated__/graphql";
import { AnswerBoundary, usePageTitle } from "../layout";
import { NetworkDrawing } from "./NetworkDrawing";
import { TopActors } from "./TopActors";
import { YearChange } from "./YearChange";
import type { networkLoader } from "./network-loader";
import { comparedYears, networkMetrics, networkParams } from "./network-params";

export function NetworkPage() {
  const { t } = useTranslation();
  usePageTitle(t("network.title"));
  const queryRef = useLoaderData<ReturnType<ReturnType<typeof networkLoader>>>();
  const location = useLocation();
  const revalidator = useRevalidator();
  const { metric, year } = networkParams(new URLSearchParams(location.search));
  return (
    <article className="view network">
      <h1>{t("network.title")}</h1>
      <p className="lead">{t("network.description")}</p>
      <section className="question-form" aria-label={t("gallery.parameters")}>
        <NetworkForm key={location.search} metric={metric} year={year} />
      </section>
      <MetricExplanation metric={metric} />
      <section className="question-answer" aria-live="polite">
        <AnswerBoundary
          resetKey={queryRef}
          parametersKey={location.search}
          onRetry={() => void revalidator.revalidate()}
        >
          <NetworkAnswer queryRef={queryRef} metric={metric} year={year} />
        </AnswerBoundary>
      </section>
    </article>
  );
}

/** The metric and the year, as a form that changes the URL. */
function NetworkForm({ metric, year }: { metric: NetworkMetric; year: number | null }) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="parameters">
      <label className="field">
        <span>{t("network.metric")}</span>
        <select name="metric" defaultValue={metric}>
          {networkMetrics.map((option) => (
            <option key={option} value={option}>
              {t(`network.metrics.${option}.name`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("network.year")}</span>
        <select name="year" defaultValue={year ?? ""}>
          <option value="">{t("network.allYears")}</option>
          {[comparedYears.from, comparedYears.to].map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t("gallery.run")}</button>
    </Form>
  );
}

/** What the chosen metric measures, in a few words. */
function MetricExplanation({ metric }: { metric: NetworkMetric }) {
  const { t } = useTranslation();
  return (
    <aside className="metric-explanation" aria-label={t("network.explanation")}>
      <h2>{t(`network.metrics.${metric}.name`)}</h2>
      <p>{t(`network.metrics.${metric}.explanation`)}</p>
      <p className="hint">{t("network.communitiesExplanation")}</p>
    </aside>
  );
}

function NetworkAnswer({
  queryRef,
  metric,
  year,
}: {
  queryRef: QueryRef<NetworkPageQuery>;
  metric: NetworkMetric;
  year: number | null;
}) {
  const { data } = useReadQuery(queryRef);
  const { t } = useTranslation();
  const { networkMetrics: answer, networkChange } = data;
  return (
    <>
      <p className="network-summary">
        {t("network.summary", {
          nodes: answer.projection.nodes,
          ties: answer.projection.ties,
          undated: answer.projection.undatedRelationships,
        })}{" "}
        {year !== null && t("network.undatedKept", { count: answer.projection.undatedRelationships })}{" "}
        {!answer.exact && t("network.sampled", { count: answer.sampledSources ?? 0 })}
      </p>
      <div className="network-layout">
        <NetworkDrawing answer={answer} />
        <TopActors answer={answer} metric={metric} year={year} />
      </div>
      <YearChange change={networkChange} />
    </>
  );
}
