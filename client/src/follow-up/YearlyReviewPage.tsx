import { useReadQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLoaderData } from "react-router";
import { type FragmentType, getFragmentData } from "../__generated__";
import {
  Evidence_EdgeFragmentDoc,
  FollowUp_DeliverableFragmentDoc,
  FollowUp_IndicatorFragmentDoc,
} from "../__generated__/graphql";
import { downloadDeliverable } from "../deliverables";
import { useFormat } from "../i18n";
import { EmptyState, errorMessage, usePageTitle } from "../layout";
import type { yearlyReviewLoader } from "./follow-up-loader";
import { boundKey } from "./target-text";

type EvidenceRef = FragmentType<typeof Evidence_EdgeFragmentDoc>;

/** Evidence printed in full: the source and the quote (or the note, marked unverified with its reason). */
function PrintedEvidence(props: { edges: EvidenceRef[] }) {
  const { t } = useTranslation();
  const edges = props.edges.map((edge) => getFragmentData(Evidence_EdgeFragmentDoc, edge));
  if (edges.length === 0 || edges.some((edge) => !edge.source || !edge.quote))
    return <span className="missing-evidence">{t("yearlyReview.missingEvidence")}</span>;
  return (
    <ul className="printed-evidence">
      {edges.map((edge) => (
        <li key={edge.id}>
          <cite>{edge.source}</cite>
          {edge.confidence === "unverified" &&
            ` (${t("evidence.unverified")}${edge.reason ? ` : ${edge.reason}` : ""})`}{" "}
          <q lang="fr">{edge.quote}</q>
        </li>
      ))}
    </ul>
  );
}

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
        {followUp.axes.map((axis) => (
          <table key={axis.axis.ref} className="review-table">
            <caption lang="fr">
              {axis.number === null || axis.number === undefined ? t("followUp.programmeIndicators") : axis.axis.name}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("followUp.indicator")}</th>
                <th scope="col">{t("followUp.target")}</th>
                <th scope="col">{t("followUp.progress")}</th>
                <th scope="col">{t("followUp.previous", { year: followUp.year - 1 })}</th>
                <th scope="col">{t("followUp.evidence")}</th>
              </tr>
            </thead>
            <tbody>
              {axis.indicators.map((masked) => {
                const line = getFragmentData(FollowUp_IndicatorFragmentDoc, masked);
                return (
                  <tr key={line.indicator.ref} className="review-line" data-indicator={line.indicator.ref}>
                    <th scope="row" lang="fr">
                      {line.indicator.name}
                    </th>
                    <td>
                      {t(boundKey(line.bound), { value: format.number(line.target) })}{" "}
                      <span lang="fr">{line.unit ?? ""}</span>
                    </td>
                    <td>
                      {line.achieved !== null && line.achieved !== undefined
                        ? `${t("followUp.achieved", { achieved: format.number(line.achieved), target: format.number(line.target) })} — `
                        : ""}
                      {t(`followUp.states.${line.state}`)}
                    </td>
                    <td>{line.previous ? format.number(line.previous.value) : "—"}</td>
                    <td>
                      <PrintedEvidence edges={[line.evidence, ...line.results.map((result) => result.evidence)]} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
      </section>

      <section aria-labelledby="review-deliverables">
        <h2 id="review-deliverables">{t("yearlyReview.deliverables")}</h2>
        <table className="review-table">
          <thead>
            <tr>
              <th scope="col">{t("followUp.deliverable")}</th>
              <th scope="col">{t("followUp.deadline")}</th>
              <th scope="col">{t("followUp.status")}</th>
              <th scope="col">{t("followUp.document")}</th>
              <th scope="col">{t("followUp.evidence")}</th>
            </tr>
          </thead>
          <tbody>
            {followUp.deliverables.map((masked) => {
              const line = getFragmentData(FollowUp_DeliverableFragmentDoc, masked);
              return (
                <tr key={line.deliverable.ref} className="review-line" data-deliverable={line.deliverable.ref}>
                  <th scope="row" lang="fr">
                    {line.deliverable.name}
                  </th>
                  <td>{line.deadline ? format.date(line.deadline) : "—"}</td>
                  <td>
                    {t(`followUp.statuses.${line.status}`)}
                    {line.receivedOn ? ` ${format.date(line.receivedOn)}` : ""}
                  </td>
                  <td lang="fr">{line.document?.name ?? "—"}</td>
                  <td>
                    <PrintedEvidence edges={[line.evidence, ...(line.fulfilment ? [line.fulfilment] : [])]} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <p className="field-hint">
        {t("yearlyReview.generatedOn", { date: format.date(new Date().toISOString().slice(0, 10)) })}
      </p>
    </article>
  );
}
