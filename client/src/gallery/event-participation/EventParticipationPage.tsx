import { type PreloadQueryFunction, type QueryRef, useReadQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Form, type LoaderFunctionArgs, useLoaderData, useLocation, useRevalidator } from "react-router";
import { EventParticipationQuestionDocument, type EventParticipationQuestionQuery } from "../../__generated__/graphql";
import { Evidence } from "../../evidence";
import { EntityLink, keyOfRef, refOf } from "../../graph-node";
import { AnswerBoundary, EmptyState } from "../../layout";
import { type AnswerColumn, AnswerTable } from "../AnswerTable";
import { AnswerHeader, QuestionLayout } from "../QuestionLayout";
import { gbmTerritory, parseOptional, parseYear } from "../question-params";
import { TerritoryMarketFields } from "../TerritoryMarketFields";
import { useCsvDownload } from "../use-csv-download";

/** The question's variables from its URL: `?year=2024&market=ASD&territory=242500361` (nodes as refs). */
export function eventParticipationVariables(search: URLSearchParams) {
  return {
    year: parseYear(search.get("year")),
    marketRef: refOf("Market", parseOptional(search.get("market"))),
    territoryRef: refOf("Territory", parseOptional(search.get("territory"), gbmTerritory) ?? gbmTerritory),
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
        <EventParticipationAnswer queryRef={queryRef} year={variables.year} />
      </AnswerBoundary>
    </QuestionLayout>
  );
}

function EventParticipationAnswer({
  queryRef,
  year,
}: {
  queryRef: QueryRef<EventParticipationQuestionQuery>;
  year: number | null;
}) {
  const { data } = useReadQuery(queryRef);
  const { t } = useTranslation();
  const downloadCsv = useCsvDownload();
  const events = data.eventParticipation;

  const exportCsv = () => {
    // One line per participant and event: the table the 2024 convention asks for.
    const rows = events.flatMap((entry) =>
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
    downloadCsv(`maillage-event-participation-${year ?? "all-years"}.csv`, columns, rows);
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
        </details>
      ),
    },
  ];
  return (
    <>
      <AnswerHeader count={events.length} onExport={exportCsv} />
      <AnswerTable
        caption={t("questions.eventParticipation.title")}
        hiddenCaption
        variant="stack"
        columns={columns}
        rows={events}
        rowKey={(entry) => entry.event.ref}
      />
    </>
  );
}
