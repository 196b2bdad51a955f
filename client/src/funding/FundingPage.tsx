import { useReadQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, useLoaderData, useParams } from "react-router";
import { Evidence } from "../evidence/Evidence";
import { entityPath } from "../graph-node/entity-ref";
import { useFormat } from "../i18n/format";
import { EmptyState } from "../layout/states";
import { usePageTitle } from "../layout/use-page-title";
import { type AmountBar, AmountBars, AmountsByYear, SectorSplit } from "./FundingCharts";
import type { fundingLoader } from "./funding-loader";

/** The funding view: the programme's revenue by funder and line, its public/private split, and a funder's contribution over the years. */
export function FundingPage() {
  const queryRef = useLoaderData<Awaited<ReturnType<ReturnType<typeof fundingLoader>>>>();
  const { data } = useReadQuery(queryRef);
  const { t } = useTranslation();
  const params = useParams();
  const format = useFormat();
  const funding = data.programmeFunding;
  usePageTitle(funding ? t("funding.title", { name: funding.programme.name }) : t("app.nav.funding"));

  const sectorNames = { PUBLIC: t("questions.programmeFunding.PUBLIC"), PRIVATE: t("questions.programmeFunding.PRIVATE") };
  const funderName = data.funderEntity?.name ?? "";
  const recipientName = data.recipientEntity?.name ?? "";
  const years = [...data.fundingBetween].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const currency = funding?.currency ?? years[0]?.currency ?? "EUR";

  const revenue: Array<AmountBar & { evidence: (typeof data.fundingBetween)[number]["evidence"]; entityRef: string }> = funding
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

  return (
    <article className="view funding">
      {funding ? (
        <>
          <h1>{t("funding.title", { name: funding.programme.name })}</h1>
          <p className="funding-summary">
            {t("questions.programmeFunding.total")} <strong>{format.amount(funding.total, currency)}</strong> · {sectorNames.PUBLIC}{" "}
            <strong>{format.amount(funding.public, currency)}</strong> · {sectorNames.PRIVATE}{" "}
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
                <div className="table-scroll">
                  <table className="answer-table compact">
                    <thead>
                      <tr>
                        <th scope="col">{t("questions.programmeFunding.funder")}</th>
                        <th scope="col">{t("questions.programmeFunding.sector")}</th>
                        <th scope="col" className="number">
                          {t("funding.amount")}
                        </th>
                        <th scope="col">{t("gallery.source")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {revenue.map((bar) => (
                        <tr key={bar.evidence.id}>
                          <th scope="row">
                            <Link to={entityPath(bar.entityRef)}>{bar.name}</Link>
                          </th>
                          <td>{sectorNames[bar.sector]}</td>
                          <td className="number">{format.amount(bar.amount, currency)}</td>
                          <td>
                            <Evidence edge={bar.evidence} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
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
            <AmountsByYear currency={currency} years={years.map((fact) => ({ year: String(fact.year ?? "?"), amount: fact.amount }))} />
            <div className="table-scroll">
              <table className="answer-table compact">
                <caption className="visually-hidden">{t("funding.chartTable")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("funding.year")}</th>
                    <th scope="col" className="number">
                      {t("funding.amount")}
                    </th>
                    <th scope="col">{t("questions.programmeFunding.programme")}</th>
                    <th scope="col">{t("gallery.source")}</th>
                  </tr>
                </thead>
                <tbody>
                  {years.map((fact) => (
                    <tr key={fact.evidence.id}>
                      <th scope="row">{fact.year}</th>
                      <td className="number">{format.amount(fact.amount, fact.currency)}</td>
                      <td>
                        <Link to={entityPath(fact.recipient.ref)}>{fact.recipient.name}</Link>
                      </td>
                      <td>
                        <Evidence edge={fact.evidence} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </article>
  );
}
