import { useReadQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, useLoaderData, useParams } from "react-router";
import { EmptyState, usePageTitle } from "../layout";
import { useViewer } from "../session";
import { DeliverableRow } from "./DeliverableRow";
import type { followUpLoader } from "./follow-up-loader";
import { IndicatorRow } from "./IndicatorRow";

/** `/programmes/:programme`: the axes' indicators against their targets, last year's measure beside each, and the deliverables; editors record results and receipts here. */
export function FollowUpPage() {
  const queryRef = useLoaderData<ReturnType<ReturnType<typeof followUpLoader>>>();
  const { data } = useReadQuery(queryRef);
  const { t } = useTranslation();
  const params = useParams();
  const viewer = useViewer();
  const followUp = data.programmeFollowUp;
  usePageTitle(followUp ? t("followUp.title", { name: followUp.programme.name }) : undefined);
  if (!followUp) {
    return (
      <section className="view">
        <h1>{t("states.notFoundTitle")}</h1>
        <EmptyState>{t("states.entityNotFound", { ref: `Programme:${params.programme ?? ""}` })}</EmptyState>
      </section>
    );
  }
  const canEdit = viewer.can("editor");
  return (
    <article className="view follow-up">
      <h1 lang="fr">{t("followUp.title", { name: followUp.programme.name })}</h1>
      <p className="lead">{t("followUp.lead", { year: followUp.year })}</p>
      <p className="entity-actions">
        <Link className="button secondary" to={`review?year=${followUp.year}`}>
          {t("followUp.review")}
        </Link>
      </p>
      {followUp.axes.map((axis) => (
        <section key={axis.axis.ref} className="follow-up-axis" aria-labelledby={`axis-${axis.axis.ref}`}>
          <h2 id={`axis-${axis.axis.ref}`} lang="fr">
            {axis.number === null || axis.number === undefined ? t("followUp.programmeIndicators") : axis.axis.name}
          </h2>
          <div className="table-scroll">
            <table className="follow-up-table">
              <thead>
                <tr>
                  <th scope="col">{t("followUp.indicator")}</th>
                  <th scope="col">{t("followUp.target")}</th>
                  <th scope="col">{t("followUp.results")}</th>
                  <th scope="col">{t("followUp.progress")}</th>
                  <th scope="col">{t("followUp.previous", { year: followUp.year - 1 })}</th>
                </tr>
              </thead>
              <tbody>
                {axis.indicators.map((line, index) => (
                  <IndicatorRow key={index} line={line} canEdit={canEdit} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <section aria-labelledby="deliverables-title">
        <h2 id="deliverables-title">{t("followUp.deliverables")}</h2>
        <div className="table-scroll">
          <table className="follow-up-table">
            <thead>
              <tr>
                <th scope="col">{t("followUp.deliverable")}</th>
                <th scope="col">{t("followUp.owedBy")}</th>
                <th scope="col">{t("followUp.deadline")}</th>
                <th scope="col">{t("followUp.status")}</th>
                <th scope="col">{t("followUp.document")}</th>
                <th scope="col">{t("followUp.evidence")}</th>
              </tr>
            </thead>
            <tbody>
              {followUp.deliverables.map((line, index) => (
                <DeliverableRow key={index} line={line} canEdit={canEdit} />
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}
