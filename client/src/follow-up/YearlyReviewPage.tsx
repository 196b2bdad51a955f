import { useReadQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLoaderData } from "react-router";
import { getFragmentData } from "../__generated__";
import { Evidence_EdgeFragmentDoc } from "../__generated__/graphql";
import { downloadDeliverable } from "../deliverables";
import { useFormat } from "../i18n";
import { EmptyState, errorMessage, usePageTitle } from "../layout";
import { AxisSection } from "./AxisSection";
import { DeliverableTable } from "./DeliverableTable";
import type { yearlyReviewLoader } from "./follow-up-loader";
import { PrintedEvidence } from "./PrintedEvidence";

/** `/programmes/:programme/review`: the funder's yearly review on one printable page (and as XLSX). */
export function YearlyReviewPage() {
  const queryRef = useLoaderData<ReturnType<ReturnType<typeof yearlyReviewLoader>>>();
  const { data } = useReadQuery(queryRef);
  const { t } = useTranslation();
  const format = useFormat();
  const [failure, setFailure] = useState<string | null>(null);
  const followUp = data.programmeFollowUp;
  usePageTitle(followUp ? t("yearlyReview.title", { year: followUp.year, name: followUp.programme.name }) : undefined);
  if (!followUp) return <EmptyState>{t("states.notFoundTitle")}</EmptyState>;
  const download = async () => {
    setFailure(null);
    try {
      await downloadDeliverable("yearly-review", "xlsx", String(followUp.year));
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };
  return (
    <article className="view yearly-review">
      <h1 lang="fr">{t("yearlyReview.title", { year: followUp.year, name: followUp.programme.name })}</h1>
      <p className="lead">{t("yearlyReview.lead")}</p>
      <p className="entity-actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t("yearlyReview.print")}
        </button>{" "}
        <button type="button" className="button secondary" onClick={() => void download()}>
          {t("yearlyReview.xlsx")}
        </button>
      </p>
      {failure && <p role="alert">{failure}</p>}

      <section aria-labelledby="review-funding">
        <h2 id="review-funding">{t("yearlyReview.funding")}</h2>
        <table className="review-table">
          <thead>
            <tr>
              <th scope="col">{t("yearlyReview.funder")}</th>
              <th scope="col">{t("yearlyReview.year")}</th>
              <th scope="col">{t("yearlyReview.amount")}</th>
              <th scope="col">{t("yearlyReview.recipient")}</th>
              <th scope="col">{t("followUp.evidence")}</th>
            </tr>
          </thead>
          <tbody>
            {followUp.funding.map((fact) => (
              <tr key={getFragmentData(Evidence_EdgeFragmentDoc, fact.evidence).id} className="review-line">
                <th scope="row" lang="fr">
                  {fact.funder.name}
                </th>
                <td>{fact.year ?? "—"}</td>
                <td className="numeric">{format.amount(fact.amount, fact.currency)}</td>
                <td lang="fr">{fact.recipient.name}</td>
                <td>
                  <PrintedEvidence edges={[fact.evidence]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="review-targets">
        <h2 id="review-targets">{t("yearlyReview.targets")}</h2>
        {followUp.axes.map((axis, index) => (
          <AxisSection key={index} axis={axis} year={followUp.year} mode="review" />
        ))}
      </section>

      <section aria-labelledby="review-deliverables">
        <h2 id="review-deliverables">{t("yearlyReview.deliverables")}</h2>
        <DeliverableTable lines={followUp.deliverables} mode="review" />
      </section>
      <p className="field-hint">
        {t("yearlyReview.generatedOn", { date: format.date(new Date().toISOString().slice(0, 10)) })}
      </p>
    </article>
  );
}
