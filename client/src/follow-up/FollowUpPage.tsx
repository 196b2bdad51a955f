import { useReadQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, useLoaderData, useParams } from "react-router";
import { EmptyState, usePageTitle } from "../layout";
import { useViewer } from "../session";
import { AxisSection } from "./AxisSection";
import { DeliverableTable } from "./DeliverableTable";
import type { followUpLoader } from "./follow-up-loader";

/** `/programmes/:programme`: each axis's actions and their indicators against their targets, last year's measure beside each, and the deliverables; editors record results and receipts here. */
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
      {followUp.axes.map((axis, index) => (
        <AxisSection key={index} axis={axis} year={followUp.year} mode="page" canEdit={canEdit} />
      ))}
      <section aria-labelledby="deliverables-title">
        <h2 id="deliverables-title">{t("followUp.deliverables")}</h2>
        <DeliverableTable lines={followUp.deliverables} mode="page" canEdit={canEdit} />
      </section>
    </article>
  );
}
