import { type QueryRef, useReadQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { getFragmentData } from "../../__generated__";
import { type FirmsAtEventsQuestionQuery, FirmsAtEventsRow_AnswerFragmentDoc } from "../../__generated__/graphql";
import { ConfidenceBadge, EvidencePath } from "../../evidence";
import { EntityLink, keyOfRef } from "../../graph-node";
import { EmptyState } from "../../layout";
import { type AnswerColumn, AnswerTable } from "../AnswerTable";
import { AnswerHeader } from "../QuestionLayout";
import { useCsvDownload } from "../use-csv-download";
import { type FirmRow, firmColumns, firmRows, listSeparator } from "./firms-at-events-rows";

interface FirmsAtEventsAnswerProps {
  queryRef: QueryRef<FirmsAtEventsQuestionQuery>;
  variables: { marketRef: string | null; year: number | null };
}

/** The answer as a table, one organisation a row, with its evidence paths; exportable to CSV. */
export function FirmsAtEventsAnswer({ queryRef, variables }: FirmsAtEventsAnswerProps) {
  const { data } = useReadQuery(queryRef);
  const { t } = useTranslation();
  const downloadCsv = useCsvDownload();
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
    const name = [
      "maillage-firms-at-events",
      keyOfRef(variables.marketRef) ?? "all",
      variables.year ?? "all-years",
    ].join("-");
    downloadCsv(`${name}.csv`, columns, rows);
  };

  const columns: Array<AnswerColumn<{ answer: (typeof answers)[number]; row: FirmRow }>> = [
    {
      id: "organization",
      header: t("questions.firmsAtEvents.organization"),
      value: ({ row }) => row.organization,
      cell: ({ answer }) => <EntityLink node={answer.organization} bare />,
    },
    {
      id: "communes",
      header: t("questions.firmsAtEvents.commune"),
      value: ({ row }) => row.communes.join(listSeparator),
    },
    {
      id: "events",
      header: t("questions.firmsAtEvents.events"),
      value: ({ row }) => row.events.join(listSeparator),
      cell: ({ answer }) =>
        answer.events.map((event, eventIndex) => (
          <span key={event.ref}>
            {eventIndex > 0 ? listSeparator : null}
            <EntityLink node={event} bare />
          </span>
        )),
    },
    {
      id: "confidence",
      header: t("gallery.confidence"),
      value: ({ row }) => (row.stated ? t("evidence.stated") : t("evidence.unverified")),
      cell: ({ row }) =>
        row.stated ? (
          <span className="stated">{t("evidence.stated")}</span>
        ) : (
          <ConfidenceBadge confidence="unverified" />
        ),
    },
    {
      id: "paths",
      header: t("gallery.evidencePath"),
      className: "path-cell",
      cell: ({ answer }) => {
        const [firstPath, ...otherPaths] = answer.paths;
        return (
          <>
            {firstPath && <EvidencePath path={firstPath} />}
            {otherPaths.length > 0 && (
              <details>
                <summary>{t("gallery.morePaths", { count: otherPaths.length })}</summary>
                {otherPaths.map((path, pathIndex) => (
                  <EvidencePath key={pathIndex} path={path} />
                ))}
              </details>
            )}
          </>
        );
      },
    },
  ];

  return (
    <>
      <AnswerHeader count={answers.length} onExport={exportCsv} />
      {answers.length === 0 ? (
        <EmptyState>{t("gallery.noAnswer")}</EmptyState>
      ) : (
        <AnswerTable
          caption={t("questions.firmsAtEvents.title")}
          hiddenCaption
          variant="stack"
          columns={columns}
          rows={answers.map((answer, index) => ({ answer, row: rows[index]! }))}
          rowKey={({ row }) => row.ref}
        />
      )}
    </>
  );
}
