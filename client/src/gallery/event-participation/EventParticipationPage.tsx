import { type PreloadQueryFunction, type QueryRef, useApolloClient, useReadQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Form, type LoaderFunctionArgs, useLoaderData, useLocation, useRevalidator } from "react-router";
import {
  EventParticipationQuestionDocument,
  type EventParticipationQuestionQuery,
  type EventParticipationQuestionQueryVariables,
} from "../../__generated__/graphql";
import { Evidence } from "../../evidence";
import { EntityLink, keyOfRef, refOf } from "../../graph-node";
import { AnswerBoundary, EmptyState } from "../../layout";
import { type AnswerColumn, AnswerTable } from "../AnswerTable";
import { appendPage } from "../compact-pages";
import { LoadMore } from "../LoadMore";
import { AnswerHeader, QuestionLayout } from "../QuestionLayout";
import { gbmTerritory, parseOptional, parsePageSize, parseYear } from "../question-params";
import { TerritoryMarketFields } from "../TerritoryMarketFields";
import { useCsvDownload } from "../use-csv-download";
import { useLoadMore } from "../use-load-more";
import { usePagedExport } from "../use-paged-export";
import { expandEventParticipation } from "./event-participation-pages";

/** Events per page on screen; an export asks for every participant of fewer events per request. */
const eventsPageSize = 50;
const exportPage = { first: 20, participantsPerEvent: 500 };

/** The question's variables from its URL: `?year=2024&market=ASD&territory=242500361&first=50` (nodes as refs; `first` the page size). */
export function eventParticipationVariables(search: URLSearchParams) {
  return {
    year: parseYear(search.get("year")),
    marketRef: refOf("Market", parseOptional(search.get("market"))),
    territoryRef: refOf("Territory", parseOptional(search.get("territory"), gbmTerritory) ?? gbmTerritory),
    first: parsePageSize(search.get("first"), eventsPageSize),
  };
}

/** Starts loading the answer as soon as the URL is known. */
export function eventParticipationLoader(preloadQuery: PreloadQueryFunction) {
  return ({ request }: LoaderFunctionArgs) =>
    preloadQuery(EventParticipationQuestionDocument, {
      variables: eventParticipationVariables(new URL(request.url).searchParams),
    });
}

/** Participation per event, participants located in the territory flagged: the convention's table. */
export function EventParticipationPage() {
  const queryRef = useLoaderData<ReturnType<ReturnType<typeof eventParticipationLoader>>>();
  const location = useLocation();
  const revalidator = useRevalidator();
  const variables = eventParticipationVariables(new URLSearchParams(location.search));
  const { t } = useTranslation();
  return (
    <QuestionLayout
      question="eventParticipation"
      form={
        <Form method="get" className="parameters" key={location.search}>
          <TerritoryMarketFields
            territory={keyOfRef(variables.territoryRef)}
            market={keyOfRef(variables.marketRef)}
            year={variables.year}
          />
          <button type="submit">{t("gallery.run")}</button>
        </Form>
      }
    >
      <AnswerBoundary resetKey={queryRef} parametersKey={location.search} onRetry={() => void revalidator.revalidate()}>
        <EventParticipationAnswer queryRef={queryRef} variables={variables} />
      </AnswerBoundary>
    </QuestionLayout>
  );
}

/** Two results of the question as one: the pages shown so far and the next. */
const appendEventPages = (shown: EventParticipationQuestionQuery, next: EventParticipationQuestionQuery) => ({
  ...next,
  eventParticipationPage: appendPage(shown.eventParticipationPage, next.eventParticipationPage),
});

function EventParticipationAnswer({
  queryRef,
  variables,
}: {
  queryRef: QueryRef<EventParticipationQuestionQuery, EventParticipationQuestionQueryVariables>;
  variables: EventParticipationQuestionQueryVariables;
}) {
  const { data } = useReadQuery(queryRef);
  const { t } = useTranslation();
  const client = useApolloClient();
  const downloadCsv = useCsvDownload();
  const { exportAll, progress } = usePagedExport();
  const { loadMore, loading } = useLoadMore(queryRef, appendEventPages);
  const page = data.eventParticipationPage;
  const events = expandEventParticipation(page);

  const exportCsv = async () => {
    const fetchPage = async (after: string | null) => {
      const result = await client.query({
        query: EventParticipationQuestionDocument,
        variables: { ...variables, ...exportPage, after },
        fetchPolicy: "network-only",
      });
      return result.data!.eventParticipationPage;
    };
    await exportAll(fetchPage, exportPage.first, (pages) => writeCsv(expandEventParticipation(pages)));
  };

  const writeCsv = (allEvents: typeof events) => {
    // One line per participant and event: the table the 2024 convention asks for.
    const rows = allEvents.flatMap((entry) =>
      entry.organizations.map((participant) => ({ event: entry.event, participant })),
    );
    type Row = (typeof rows)[number];
    const yes = t("properties.yes");
    const no = t("properties.no");
    const columns = [
      { header: t("questions.eventParticipation.event"), value: (row: Row) => row.event.name },
      { header: t("properties.year"), value: (row: Row) => row.event.year },
      {
        header: t("questions.eventParticipation.participants"),
        value: (row: Row) => row.participant.organization.name,
      },
      {
        header: t("properties.kind"),
        value: (row: Row) =>
          t(`kinds.${row.participant.organization.kind ?? "OTHER"}`, {
            defaultValue: row.participant.organization.kind ?? "",
          }),
      },
      {
        header: t("questions.eventParticipation.inTerritory"),
        value: (row: Row) => (row.participant.inTerritory ? yes : no),
      },
      { header: t("gallery.source"), value: (row: Row) => row.participant.evidence.source },
      { header: t("gallery.quote"), value: (row: Row) => row.participant.evidence.quote },
    ];
    downloadCsv(`maillage-event-participation-${variables.year ?? "all-years"}.csv`, columns, rows);
  };

  if (events.length === 0) return <EmptyState>{t("gallery.noAnswer")}</EmptyState>;
  const columns: Array<AnswerColumn<(typeof events)[number]>> = [
    {
      id: "event",
      header: t("questions.eventParticipation.event"),
      value: (entry) => entry.event.name,
      cell: (entry) => (
        <>
          <EntityLink node={entry.event} bare />{" "}
          {entry.event.year ? <span className="muted">{entry.event.year}</span> : null}
        </>
      ),
    },
    {
      id: "participants",
      header: t("questions.eventParticipation.participants"),
      value: (entry) => entry.participants,
      numeric: true,
    },
    { id: "firms", header: t("questions.eventParticipation.firms"), value: (entry) => entry.firms, numeric: true },
    {
      id: "inTerritory",
      header: t("questions.eventParticipation.inTerritory"),
      value: (entry) => entry.inTerritory,
      numeric: true,
    },
    {
      id: "evidence",
      header: t("gallery.evidencePath"),
      cell: (entry) => (
        <details>
          <summary>{t("questions.eventParticipation.showParticipants")}</summary>
          <ul className="participants">
            {entry.organizations.map((participant) => (
              <li key={participant.evidence.id}>
                <EntityLink node={participant.organization} />
                {participant.inTerritory ? (
                  <span className="flag" title={t("questions.eventParticipation.inTerritory")}>
                    {t("questions.eventParticipation.inTerritoryFlag")}
                  </span>
                ) : (
                  <span className="muted">{t("questions.eventParticipation.outside")}</span>
                )}
                <Evidence edge={participant.evidence} />
              </li>
            ))}
          </ul>
          {entry.participants > entry.organizations.length && (
            <p className="muted">
              {t("questions.eventParticipation.moreParticipants", {
                count: entry.participants - entry.organizations.length,
              })}
            </p>
          )}
        </details>
      ),
    },
  ];
  return (
    <>
      <AnswerHeader count={page.totalCount} onExport={() => void exportCsv()} exportProgress={progress} />
      <AnswerTable
        caption={t("questions.eventParticipation.title")}
        hiddenCaption
        variant="stack"
        columns={columns}
        rows={events}
        rowKey={(entry) => entry.event.ref}
      />
      <LoadMore
        shown={events.length}
        total={page.totalCount}
        pageSize={variables.first ?? eventsPageSize}
        hasNextPage={page.pageInfo.hasNextPage}
        loading={loading}
        onLoadMore={() => page.pageInfo.endCursor && loadMore(page.pageInfo.endCursor)}
      />
    </>
  );
}
