import { type QueryRef, useReadQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { getFragmentData } from "../../__generated__";
import { type FirmsAtEventsQuestionQuery, FirmsAtEventsRow_AnswerFragmentDoc } from "../../__generated__/graphql";
import { ConfidenceBadge } from "../../evidence/ConfidenceBadge";
import { EvidencePath } from "../../evidence/EvidencePath";
import { EntityLink } from "../../graph-node/EntityLink";
import { keyOfRef } from "../../graph-node/entity-ref";
import { EmptyState } from "../../layout/states";
import { csvDelimiter, downloadCsv, toCsv } from "../csv";
import { AnswerHeader } from "../QuestionLayout";
import { firmColumns, firmRows, listSeparator } from "./firms-at-events-rows";

interface FirmsAtEventsAnswerProps {
  queryRef: QueryRef<FirmsAtEventsQuestionQuery>;
  variables: { marketRef: string | null; year: number | null };
}

/** The answer as a table, one organisation a row, with its evidence paths; exportable to CSV. */
export function FirmsAtEventsAnswer({ queryRef, variables }: FirmsAtEventsAnswerProps) {
  const { data } = useReadQuery(queryRef);
  const { t, i18n } = useTranslation();
  const answers = data.firmsAtEvents;
  const rows = firmRows(getFragmentData(FirmsAtEventsRow_AnswerFragmentDoc, answers));

  const exportCsv = () => {
    const columns = firmColumns({
      organization: t("questions.firmsAtEvents.organization"),
      ref: t("entity.key"),
      communes: t("questions.firmsAtEvents.commune"),
      events: t("questions.firmsAtEvents.events"),
      confidence: t("gallery.confidence"),
      stated: t("evidence.stated"),
      unverified: t("evidence.unverified"),
      paths: t("gallery.evidencePath"),
      sources: t("gallery.source"),
      quotes: t("gallery.quote"),
    });
    const name = ["maillage-firms-at-events", keyOfRef(variables.marketRef) ?? "all", variables.year ?? "all-years"].join("-");
    downloadCsv(`${name}.csv`, toCsv(columns, rows, csvDelimiter(i18n.language)));
  };

  return (
    <>
      <AnswerHeader count={answers.length} onExport={exportCsv} />
      {answers.length === 0 ? (
        <EmptyState>{t("gallery.noAnswer")}</EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="answer-table stack">
            <caption className="visually-hidden">{t("questions.firmsAtEvents.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("questions.firmsAtEvents.organization")}</th>
                <th scope="col">{t("questions.firmsAtEvents.commune")}</th>
                <th scope="col">{t("questions.firmsAtEvents.events")}</th>
                <th scope="col">{t("gallery.confidence")}</th>
                <th scope="col">{t("gallery.evidencePath")}</th>
              </tr>
            </thead>
            <tbody>
              {answers.map((answer, index) => {
                const row = rows[index]!;
                const [firstPath, ...otherPaths] = answer.paths;
                return (
                  <tr key={answer.organization.ref}>
                    <th scope="row" data-column="organization">
                      <EntityLink node={answer.organization} bare />
                    </th>
                    <td data-column="communes" data-label={t("questions.firmsAtEvents.commune")}>
                      {row.communes.join(listSeparator)}
                    </td>
                    <td data-column="events" data-label={t("questions.firmsAtEvents.events")}>
                      {answer.events.map((event, eventIndex) => (
                        <span key={event.ref}>
                          {eventIndex > 0 ? listSeparator : null}
                          <EntityLink node={event} bare />
                        </span>
                      ))}
                    </td>
                    <td data-column="confidence" data-label={t("gallery.confidence")}>
                      {row.stated ? <span className="stated">{t("evidence.stated")}</span> : <ConfidenceBadge confidence="unverified" />}
                    </td>
                    <td className="path-cell" data-label={t("gallery.evidencePath")}>
                      {firstPath && <EvidencePath path={firstPath} />}
                      {otherPaths.length > 0 && (
                        <details>
                          <summary>{t("gallery.morePaths", { count: otherPaths.length })}</summary>
                          {otherPaths.map((path, pathIndex) => (
                            <EvidencePath key={pathIndex} path={path} />
                          ))}
                        </details>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
