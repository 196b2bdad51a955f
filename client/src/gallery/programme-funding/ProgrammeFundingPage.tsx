import type { ApolloClient } from "@apollo/client";
import { type PreloadQueryFunction, type QueryRef, useQuery, useReadQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import {
  Form,
  Link,
  type LoaderFunctionArgs,
  redirect,
  useLoaderData,
  useLocation,
  useRevalidator,
} from "react-router";
import {
  ProgrammeFundingQuestionDocument,
  type ProgrammeFundingQuestionQuery,
  ProgrammeFundingQuestionOptionsDocument,
} from "../../__generated__/graphql";
import { currentProgrammeId } from "../../funding";
import { EntityLink, keyOfRef, refOf } from "../../graph-node";
import { useFormat } from "../../i18n";
import { AnswerBoundary, EmptyState } from "../../layout";
import { type AnswerColumn, AnswerTable, evidenceColumn } from "../AnswerTable";
import { AnswerHeader, QuestionLayout } from "../QuestionLayout";
import { useCsvDownload } from "../use-csv-download";

/** The question's variables from its URL: `?programme=pmt-animation-2024` (the programme as a ref). */
export function programmeFundingVariables(search: URLSearchParams) {
  return { programmeRef: refOf("Programme", search.get("programme")?.trim() ?? "") };
}

/** Starts loading the answer as soon as the URL is known; without a programme, asks about the current one. */
export function programmeFundingLoader(client: ApolloClient, preloadQuery: PreloadQueryFunction) {
  return async ({ request }: LoaderFunctionArgs) => {
    const url = new URL(request.url);
    if (!url.searchParams.get("programme")?.trim()) {
      const current = await currentProgrammeId(client);
      if (current) {
        url.searchParams.set("programme", current);
        throw redirect(`${url.pathname}${url.search}`);
      }
    }
    return preloadQuery(ProgrammeFundingQuestionDocument, { variables: programmeFundingVariables(url.searchParams) });
  };
}

/** "Who funds the programme, how much, public against private?" as tables with the evidence of each amount. */
export function ProgrammeFundingPage() {
  const queryRef = useLoaderData<Awaited<ReturnType<ReturnType<typeof programmeFundingLoader>>>>();
  const location = useLocation();
  const revalidator = useRevalidator();
  const variables = programmeFundingVariables(new URLSearchParams(location.search));
  return (
    <QuestionLayout
      question="programmeFunding"
      form={<ProgrammeForm key={location.search} programme={keyOfRef(variables.programmeRef)} />}
    >
      <AnswerBoundary resetKey={queryRef} parametersKey={location.search} onRetry={() => void revalidator.revalidate()}>
        <ProgrammeFundingAnswer queryRef={queryRef} />
      </AnswerBoundary>
    </QuestionLayout>
  );
}

function ProgrammeForm({ programme }: { programme: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(ProgrammeFundingQuestionOptionsDocument);
  const programmes = data?.programmes ?? [{ id: programme, name: programme, year: null }];
  return (
    <Form method="get" className="parameters">
      <label className="field wide">
        <span>{t("questions.programmeFunding.programme")}</span>
        <select name="programme" defaultValue={programme} key={programmes.length}>
          {programmes.map((option) => (
            <option key={option.id} value={option.id}>
              {option.year ? `${option.year} · ` : ""}
              {option.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t("gallery.run")}</button>
    </Form>
  );
}

function ProgrammeFundingAnswer({ queryRef }: { queryRef: QueryRef<ProgrammeFundingQuestionQuery> }) {
  const { data } = useReadQuery(queryRef);
  const { t } = useTranslation();
  const format = useFormat();
  const downloadCsv = useCsvDownload();
  const funding = data.programmeFunding;
  if (!funding) return <EmptyState>{t("gallery.noAnswer")}</EmptyState>;
  const money = (amount: number) => format.amount(amount, funding.currency);
  const revenueLines = funding.budgetLines;

  const exportCsv = () => {
    const rows = [
      ...funding.byFunder.map((share) => ({
        kind: t("questions.programmeFunding.funder"),
        name: share.funder.name,
        side: t("questions.programmeFunding.REVENUE"),
        sector: t(`questions.programmeFunding.${share.sector}`),
        amount: share.amount,
        share: share.share,
        source: share.evidence.source,
        quote: share.evidence.quote,
      })),
      ...revenueLines.map((line) => ({
        kind: t("questions.programmeFunding.line"),
        name: line.line.name,
        side: t(`questions.programmeFunding.${line.side}`),
        sector: line.sector ? t(`questions.programmeFunding.${line.sector}`) : "",
        amount: line.amount,
        share: null,
        source: line.evidence.source,
        quote: line.evidence.quote,
      })),
    ];
    type Row = (typeof rows)[number];
    const columns = [
      { header: t("gallery.rowKind"), value: (row: Row) => row.kind },
      { header: t("questions.programmeFunding.funder"), value: (row: Row) => row.name },
      { header: t("questions.programmeFunding.side"), value: (row: Row) => row.side },
      { header: t("questions.programmeFunding.sector"), value: (row: Row) => row.sector },
      { header: `${t("questions.programmeFunding.amount")} (${funding.currency})`, value: (row: Row) => row.amount },
      {
        header: t("questions.programmeFunding.share"),
        value: (row: Row) => (row.share === null ? "" : row.share.toFixed(4)),
      },
      { header: t("gallery.source"), value: (row: Row) => row.source },
      { header: t("gallery.quote"), value: (row: Row) => row.quote },
    ];
    downloadCsv(`maillage-programme-funding-${keyOfRef(funding.programme.ref)}.csv`, columns, rows);
  };

  const funderColumns: Array<AnswerColumn<(typeof funding.byFunder)[number]>> = [
    {
      id: "funder",
      header: t("questions.programmeFunding.funder"),
      value: (share) => share.funder.name,
      cell: (share) => <EntityLink node={share.funder} bare />,
    },
    {
      id: "sector",
      header: t("questions.programmeFunding.sector"),
      value: (share) => t(`questions.programmeFunding.${share.sector}`),
    },
    {
      id: "amount",
      header: t("questions.programmeFunding.amount"),
      value: (share) => share.amount,
      cell: (share) => money(share.amount),
      numeric: true,
    },
    {
      id: "share",
      header: t("questions.programmeFunding.share"),
      value: (share) => share.share,
      cell: (share) => format.share(share.share),
      numeric: true,
    },
    evidenceColumn(t("gallery.evidencePath")),
  ];
  const lineColumns: Array<AnswerColumn<(typeof revenueLines)[number]>> = [
    {
      id: "line",
      header: t("questions.programmeFunding.line"),
      value: (line) => line.line.name,
      cell: (line) => <EntityLink node={line.line} bare />,
    },
    {
      id: "side",
      header: t("questions.programmeFunding.side"),
      value: (line) => t(`questions.programmeFunding.${line.side}`),
    },
    {
      id: "sector",
      header: t("questions.programmeFunding.sector"),
      value: (line) => (line.sector ? t(`questions.programmeFunding.${line.sector}`) : null),
      cell: (line) => (line.sector ? t(`questions.programmeFunding.${line.sector}`) : "—"),
    },
    {
      id: "amount",
      header: t("questions.programmeFunding.amount"),
      value: (line) => line.amount,
      cell: (line) => money(line.amount),
      numeric: true,
    },
    evidenceColumn(t("gallery.evidencePath")),
  ];

  return (
    <>
      <AnswerHeader count={funding.byFunder.length} onExport={exportCsv} />
      <p className="funding-summary">
        <EntityLink node={funding.programme} /> · {t("questions.programmeFunding.total")}{" "}
        <strong>{money(funding.total)}</strong> · {t("questions.programmeFunding.public")}{" "}
        <strong>{money(funding.public)}</strong> · {t("questions.programmeFunding.private")}{" "}
        <strong>{money(funding.private)}</strong> ·{" "}
        <Link to={`/funding/${encodeURIComponent(keyOfRef(funding.programme.ref))}`}>
          {t("questions.programmeFunding.chart")}
        </Link>
      </p>
      <AnswerTable
        caption={t("questions.programmeFunding.funder")}
        columns={funderColumns}
        rows={funding.byFunder}
        rowKey={(share) => share.evidence.id}
      />
      {revenueLines.length > 0 && (
        <AnswerTable
          caption={t("questions.programmeFunding.budgetLines")}
          columns={lineColumns}
          rows={revenueLines}
          rowKey={(line) => line.evidence.id}
        />
      )}
    </>
  );
}
