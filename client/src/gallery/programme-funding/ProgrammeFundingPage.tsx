import { type PreloadQueryFunction, type QueryRef, useQuery, useReadQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Form, Link, type LoaderFunctionArgs, useLoaderData, useLocation, useRevalidator } from "react-router";
import {
  ProgrammeFundingQuestionDocument,
  type ProgrammeFundingQuestionQuery,
  ProgrammeFundingQuestionOptionsDocument,
} from "../../__generated__/graphql";
import { Evidence } from "../../evidence/Evidence";
import { EntityLink } from "../../graph-node/EntityLink";
import { keyOfRef, refOf } from "../../graph-node/entity-ref";
import { useFormat } from "../../i18n/format";
import { AnswerBoundary } from "../../layout/AnswerBoundary";
import { EmptyState } from "../../layout/states";
import { csvDelimiter, downloadCsv, toCsv } from "../csv";
import { AnswerHeader, QuestionLayout } from "../QuestionLayout";

/** The 2024 PMT programme, the question's default. */
export const defaultProgramme = "pmt-animation-2024";

/** The question's variables from its URL: `?programme=pmt-animation-2024` (the programme as a ref). */
export function programmeFundingVariables(search: URLSearchParams) {
  return { programmeRef: refOf("Programme", search.get("programme")?.trim() || defaultProgramme) };
}

/** Starts loading the answer as soon as the URL is known. */
export function programmeFundingLoader(preloadQuery: PreloadQueryFunction) {
  return ({ request }: LoaderFunctionArgs) =>
    preloadQuery(ProgrammeFundingQuestionDocument, { variables: programmeFundingVariables(new URL(request.url).searchParams) });
}

/** "Who funds the programme, how much, public against private?" as tables with the evidence of each amount. */
export function ProgrammeFundingPage() {
  const queryRef = useLoaderData<ReturnType<ReturnType<typeof programmeFundingLoader>>>();
  const location = useLocation();
  const revalidator = useRevalidator();
  const variables = programmeFundingVariables(new URLSearchParams(location.search));
  return (
    <QuestionLayout question="programmeFunding" form={<ProgrammeForm key={location.search} programme={keyOfRef(variables.programmeRef)} />}>
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
  const { t, i18n } = useTranslation();
  const format = useFormat();
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
      { header: t("questions.programmeFunding.share"), value: (row: Row) => (row.share === null ? "" : row.share.toFixed(4)) },
      { header: t("gallery.source"), value: (row: Row) => row.source },
      { header: t("gallery.quote"), value: (row: Row) => row.quote },
    ];
    downloadCsv(`maillage-programme-funding-${funding.programme.ref.split(":")[1]}.csv`, toCsv(columns, rows, csvDelimiter(i18n.language)));
  };

  return (
    <>
      <AnswerHeader count={funding.byFunder.length} onExport={exportCsv} />
      <p className="funding-summary">
        <EntityLink node={funding.programme} /> · {t("questions.programmeFunding.total")} <strong>{money(funding.total)}</strong> ·{" "}
        {t("questions.programmeFunding.public")} <strong>{money(funding.public)}</strong> · {t("questions.programmeFunding.private")}{" "}
        <strong>{money(funding.private)}</strong> ·{" "}
        <Link to={`/funding/${encodeURIComponent(funding.programme.ref.split(":")[1] ?? "")}`}>
          {t("questions.programmeFunding.chart")}
        </Link>
      </p>
      <div className="table-scroll">
        <table className="answer-table">
          <caption>{t("questions.programmeFunding.funder")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("questions.programmeFunding.funder")}</th>
              <th scope="col">{t("questions.programmeFunding.sector")}</th>
              <th scope="col" className="number">
                {t("questions.programmeFunding.amount")}
              </th>
              <th scope="col" className="number">
                {t("questions.programmeFunding.share")}
              </th>
              <th scope="col">{t("gallery.evidencePath")}</th>
            </tr>
          </thead>
          <tbody>
            {funding.byFunder.map((share) => (
              <tr key={share.evidence.id}>
                <th scope="row">
                  <EntityLink node={share.funder} bare />
                </th>
                <td>{t(`questions.programmeFunding.${share.sector}`)}</td>
                <td className="number">{money(share.amount)}</td>
                <td className="number">{format.share(share.share)}</td>
                <td>
                  <Evidence edge={share.evidence} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {revenueLines.length > 0 && (
        <div className="table-scroll">
          <table className="answer-table">
            <caption>{t("questions.programmeFunding.budgetLines")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("questions.programmeFunding.line")}</th>
                <th scope="col">{t("questions.programmeFunding.side")}</th>
                <th scope="col">{t("questions.programmeFunding.sector")}</th>
                <th scope="col" className="number">
                  {t("questions.programmeFunding.amount")}
                </th>
                <th scope="col">{t("gallery.evidencePath")}</th>
              </tr>
            </thead>
            <tbody>
              {revenueLines.map((line) => (
                <tr key={line.evidence.id}>
                  <th scope="row">
                    <EntityLink node={line.line} bare />
                  </th>
                  <td>{t(`questions.programmeFunding.${line.side}`)}</td>
                  <td>{line.sector ? t(`questions.programmeFunding.${line.sector}`) : "—"}</td>
                  <td className="number">{money(line.amount)}</td>
                  <td>
                    <Evidence edge={line.evidence} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
