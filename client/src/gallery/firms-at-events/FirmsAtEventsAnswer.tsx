import { useApolloClient } from "@apollo/client/react";
import { type QueryRef, useReadQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import {
  FirmsAtEventsQuestionDocument,
  type FirmsAtEventsQuestionQuery,
  type FirmsAtEventsQuestionQueryVariables,
} from "../../__generated__/graphql";
import { ConfidenceBadge, EvidencePath } from "../../evidence";
import { EntityLink, keyOfRef } from "../../graph-node";
import { EmptyState } from "../../layout";
import { type AnswerColumn, AnswerTable } from "../AnswerTable";
import { appendPage } from "../compact-pages";
import { LoadMore } from "../LoadMore";
import { AnswerHeader } from "../QuestionLayout";
import { useCsvDownload } from "../use-csv-download";
import { useLoadMore } from "../use-load-more";
import { usePagedExport } from "../use-paged-export";
import { expandFirmAnswers, type FirmAnswer } from "./firms-at-events-pages";
import { type FirmRow, firmColumns, firmRows, listSeparator } from "./firms-at-events-rows";

/** Organisations per page on screen, and per request of an export (with every path up to the API's bound). */
export const firmsPageSize = 50;
const exportPage = { first: 100, pathsPerAnswer: 100 };

interface FirmsAtEventsAnswerProps {
  queryRef: QueryRef<FirmsAtEventsQuestionQuery, FirmsAtEventsQuestionQueryVariables>;
  variables: FirmsAtEventsQuestionQueryVariables;
}

/** Two results of the question as one: the pages shown so far and the next. */
const appendFirmPages = (shown: FirmsAtEventsQuestionQuery, next: FirmsAtEventsQuestionQuery) => ({
  ...next,
  firmsAtEventsPage: appendPage(shown.firmsAtEventsPage, next.firmsAtEventsPage),
});

/** The answer as a table, one organisation a row, with its evidence paths, a page at a time; every page exportable to CSV. */
export function FirmsAtEventsAnswer({ queryRef, variables }: FirmsAtEventsAnswerProps) {
  const { data } = useReadQuery(queryRef);
  const { t } = useTranslation();
  const client = useApolloClient();
  const downloadCsv = useCsvDownload();
  const { exportAll, progress } = usePagedExport();
  const { loadMore, loading } = useLoadMore(queryRef, appendFirmPages);
  const page = data.firmsAtEventsPage;
  const answers = expandFirmAnswers(page);
  const rows = firmRows(answers);

  const exportCsv = async () => {
    const fetchPage = async (after: string | null) => {
      const result = await client.query({
        query: FirmsAtEventsQuestionDocument,
        variables: { ...variables, ...exportPage, after },
        fetchPolicy: "network-only",
      });
      return result.data!.firmsAtEventsPage;
    };
    await exportAll(fetchPage, exportPage.first, (pages) => {
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
        keyOfRef(variables.marketRef ?? null) ?? "all",
        variables.year ?? "all-years",
      ].join("-");
      downloadCsv(`${name}.csv`, columns, firmRows(expandFirmAnswers(pages)));
    });
  };

  const columns: Array<AnswerColumn<{ answer: FirmAnswer; row: FirmRow }>> = [
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
        const [firstPath, ...otherPaths] = answer.evidencePaths;
        const notLoaded = answer.pathCount - answer.evidencePaths.length;
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
            {notLoaded > 0 && <p className="muted">{t("gallery.pathsNotLoaded", { count: notLoaded })}</p>}
          </>
        );
      },
    },
  ];

  return (
    <>
      <AnswerHeader count={page.totalCount} onExport={() => void exportCsv()} exportProgress={progress} />
      {answers.length === 0 ? (
        <EmptyState>{t("gallery.noAnswer")}</EmptyState>
      ) : (
        <>
          <AnswerTable
            caption={t("questions.firmsAtEvents.title")}
            hiddenCaption
            variant="stack"
            columns={columns}
            rows={answers.map((answer, index) => ({ answer, row: rows[index]! }))}
            rowKey={({ row }) => row.ref}
          />
          <LoadMore
            shown={answers.length}
            total={page.totalCount}
            pageSize={variables.first ?? firmsPageSize}
            hasNextPage={page.pageInfo.hasNextPage}
            loading={loading}
            onLoadMore={() => page.pageInfo.endCursor && loadMore(page.pageInfo.endCursor)}
          />
        </>
      )}
    </>
  );
}
