import { useReadQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, useLoaderData, useParams } from "react-router";
import { type AnswerColumn, AnswerTable, evidenceColumn } from "../gallery";
import { entityPath } from "../graph-node";
import { useFormat } from "../i18n";
import { EmptyState, usePageTitle } from "../layout";
import { type AmountBar, AmountBars, AmountsByYear, SectorSplit } from "./FundingCharts";
import type { fundingLoader } from "./funding-loader";

type FundingQueryRef = NonNullable<Awaited<ReturnType<ReturnType<typeof fundingLoader>>>>;

/** The funding view of the programme the URL names (or the current one); a plain message when the graph has no programme. */
export function FundingPage() {
  const queryRef = useLoaderData<FundingQueryRef | null>();
  return queryRef ? <FundingView queryRef={queryRef} /> : <NoProgramme />;
}

/** `/funding` on a graph without a current programme: nothing to show yet, and why. */
function NoProgramme() {
  const { t } = useTranslation();
  usePageTitle(t("app.nav.funding"));
  return (
    <article className="view funding">
      <h1>{t("app.nav.funding")}</h1>
      <EmptyState>{t("funding.noProgramme")}</EmptyState>
    </article>
  );
}

/** The funding view: the programme's revenue by funder and line, its public/private split, and a funder's contribution over the years. */
function FundingView({ queryRef }: { queryRef: FundingQueryRef }) {
  const { data } = useReadQuery(queryRef);
  const { t } = useTranslation();
  const params = useParams();
  const format = useFormat();
  const funding = data.programmeFunding;
  usePageTitle(funding ? t("funding.title", { name: funding.programme.name }) : t("app.nav.funding"));

  const sectorNames = {
    PUBLIC: t("questions.programmeFunding.PUBLIC"),
    PRIVATE: t("questions.programmeFunding.PRIVATE"),
  };
  const funderName = data.funderEntity?.name ?? "";
  const recipientName = data.recipientEntity?.name ?? "";
  const years = [...data.fundingBetween].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const currency = funding?.currency ?? years[0]?.currency ?? "EUR";

  const revenue: Array<AmountBar & { evidence: (typeof data.fundingBetween)[number]["evidence"]; entityRef: string }> =
    funding
      ? [
          ...funding.byFunder.map((share) => ({
            name: share.funder.name,
            entityRef: share.funder.ref,
            amount: share.amount,
            sector: share.sector,
            evidence: share.evidence,
          })),
          ...funding.budgetLines
            .filter((line) => line.side === "REVENUE")
            .map((line) => ({
              name: line.line.name,
              entityRef: line.line.ref,
              amount: line.amount,
              sector: line.sector ?? "PRIVATE",
              evidence: line.evidence,
            })),
        ].sort((a, b) => b.amount - a.amount)
      : [];

  const revenueColumns: Array<AnswerColumn<(typeof revenue)[number]>> = [
    {
      id: "funder",
      header: t("questions.programmeFunding.funder"),
      value: (bar) => bar.name,
      cell: (bar) => <Link to={entityPath(bar.entityRef)}>{bar.name}</Link>,
    },
    { id: "sector", header: t("questions.programmeFunding.sector"), value: (bar) => sectorNames[bar.sector] },
    {
      id: "amount",
      header: t("funding.amount"),
      value: (bar) => bar.amount,
      cell: (bar) => format.amount(bar.amount, currency),
      numeric: true,
    },
    evidenceColumn(t("gallery.source")),
  ];
  const yearColumns: Array<AnswerColumn<(typeof years)[number]>> = [
    { id: "year", header: t("funding.year"), value: (fact) => fact.year },
    {
      id: "amount",
      header: t("funding.amount"),
      value: (fact) => fact.amount,
      cell: (fact) => format.amount(fact.amount, fact.currency),
      numeric: true,
    },
    {
      id: "programme",
      header: t("questions.programmeFunding.programme"),
      value: (fact) => fact.recipient.name,
      cell: (fact) => <Link to={entityPath(fact.recipient.ref)}>{fact.recipient.name}</Link>,
    },
    evidenceColumn(t("gallery.source")),
  ];

  return (
    <article className="view funding">
      {funding ? (
        <>
          <h1>{t("funding.title", { name: funding.programme.name })}</h1>
          <p className="funding-summary">
            {t("questions.programmeFunding.total")} <strong>{format.amount(funding.total, currency)}</strong> ·{" "}
            {sectorNames.PUBLIC} <strong>{format.amount(funding.public, currency)}</strong> · {sectorNames.PRIVATE}{" "}
            <strong>{format.amount(funding.private, currency)}</strong> ·{" "}
            <Link to={entityPath(funding.programme.ref)}>{t("graph.openEntity")}</Link>
          </p>
          <div className="chart-grid">
            <section className="chart-card wide" aria-labelledby="by-funder-title">
              <h2 id="by-funder-title">{t("funding.byFunder")}</h2>
              <AmountBars
                bars={revenue.map(({ name, amount, sector }) => ({ name, amount, sector }))}
                currency={currency}
                sectorNames={sectorNames}
              />
              <details>
                <summary>{t("funding.chartTable")}</summary>
                <AnswerTable
                  variant="compact"
                  columns={revenueColumns}
                  rows={revenue}
                  rowKey={(bar) => bar.evidence.id}
                />
              </details>
            </section>
            <section className="chart-card" aria-labelledby="split-title">
              <h2 id="split-title">{t("funding.split")}</h2>
              <SectorSplit
                currency={currency}
                slices={[
                  { name: sectorNames.PUBLIC, amount: funding.public, sector: "PUBLIC" },
                  { name: sectorNames.PRIVATE, amount: funding.private, sector: "PRIVATE" },
                ]}
              />
            </section>
          </div>
        </>
      ) : (
        <>
          <h1>{t("app.nav.funding")}</h1>
          <EmptyState>{t("funding.programmeNotFound", { id: params.programme })}</EmptyState>
        </>
      )}
      <section className="chart-card" aria-labelledby="years-title">
        <h2 id="years-title">{t("funding.overYears", { funder: funderName, recipient: recipientName })}</h2>
        {years.length === 0 ? (
          <EmptyState>{t("funding.noFunding")}</EmptyState>
        ) : (
          <>
            <AmountsByYear
              currency={currency}
              years={years.map((fact) => ({ year: String(fact.year ?? "?"), amount: fact.amount }))}
            />
            <AnswerTable
              caption={t("funding.chartTable")}
              hiddenCaption
              variant="compact"
              columns={yearColumns}
              rows={years}
              rowKey={(fact) => fact.evidence.id}
            />
          </>
        )}
      </section>
    </article>
  );
}
