import { type PreloadQueryFunction, type QueryRef, useReadQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Form, type LoaderFunctionArgs, useLoaderData, useLocation, useRevalidator } from "react-router";
import { DataQualityPageDocument, type DataQualityPageQuery } from "../__generated__/graphql";
import { SourceDialog } from "../evidence";
import { EntityLink } from "../graph-node";
import { AnswerBoundary, usePageTitle } from "../layout";

type Report = DataQualityPageQuery["dataQuality"];

/** The source the page is limited to, from `?source=gbm-2024-00098`; every source when absent. */
export function qualitySource(search: URLSearchParams): string | null {
  return search.get("source")?.trim() || null;
}

/** Starts loading the report as soon as the URL is known. */
export function dataQualityLoader(preloadQuery: PreloadQueryFunction) {
  return ({ request }: LoaderFunctionArgs) =>
    preloadQuery(DataQualityPageDocument, { variables: { source: qualitySource(new URL(request.url).searchParams) } });
}

/** `/quality`: facts by confidence and by source, the count checks, the extraction notes, every unverified fact. */
export function DataQualityPage() {
  const queryRef = useLoaderData<ReturnType<ReturnType<typeof dataQualityLoader>>>();
  const location = useLocation();
  const revalidator = useRevalidator();
  const { t } = useTranslation();
  const source = qualitySource(new URLSearchParams(location.search));
  usePageTitle(source ? t("quality.titleOf", { source }) : t("quality.title"));
  return (
    <article className="view data-quality">
      <h1>{source ? t("quality.titleOf", { source }) : t("quality.title")}</h1>
      <p className="lead">{t("quality.intro")}</p>
      <Form method="get" className="parameters" key={location.search}>
        <label className="field wide">
          <span>{t("quality.sourceLabel")}</span>
          <input name="source" defaultValue={source ?? ""} placeholder={t("quality.allSources")} />
        </label>
        <button type="submit">{t("quality.show")}</button>
      </Form>
      <AnswerBoundary resetKey={queryRef} parametersKey={location.search} onRetry={() => void revalidator.revalidate()}>
        <DataQualityReport queryRef={queryRef} />
      </AnswerBoundary>
    </article>
  );
}

function DataQualityReport({ queryRef }: { queryRef: QueryRef<DataQualityPageQuery> }) {
  const { data } = useReadQuery(queryRef);
  const [passage, setPassage] = useState<{ source: string; quote: string }>();
  const report = data.dataQuality;
  const show = (source: string, quote: string) => setPassage({ source, quote });
  return (
    <>
      <ConfidenceSummary report={report} />
      <SourceCounts report={report} />
      <CountChecks report={report} onShow={show} />
      <Notes report={report} onShow={show} />
      <UnverifiedFacts report={report} onShow={show} />
      {passage && <SourceDialog source={passage.source} quote={passage.quote} onClose={() => setPassage(undefined)} />}
    </>
  );
}

function ConfidenceSummary({ report }: { report: Report }) {
  const { t } = useTranslation();
  const label = (name: string) => (name === "unverified" ? t("quality.unverified") : t("quality.stated"));
  return (
    <section aria-labelledby="quality-summary">
      <h2 id="quality-summary">{t("quality.summary")}</h2>
      <table className="answer-table quality-summary">
        <thead>
          <tr>
            <th scope="col">{t("quality.confidence")}</th>
            <th scope="col" className="numeric">
              {t("quality.count")}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.byConfidence.map((row) => (
            <tr key={row.name} data-confidence={row.name}>
              <th scope="row">{label(row.name)}</th>
              <td className="numeric">{row.count}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t("quality.total")}</th>
            <td className="numeric">{report.factCount}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function SourceCounts({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="quality-by-source">
      <h2 id="quality-by-source">{t("quality.bySource")}</h2>
      <table className="answer-table quality-by-source">
        <thead>
          <tr>
            <th scope="col">{t("quality.source")}</th>
            <th scope="col" className="numeric">
              {t("quality.stated")}
            </th>
            <th scope="col" className="numeric">
              {t("quality.unverified")}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.bySource.map((row) => (
            <tr key={row.source}>
              <th scope="row">
                <code>{row.source}</code>
              </th>
              <td className="numeric">{row.stated}</td>
              <td className="numeric">{row.unverified}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

type OnShow = (source: string, quote: string) => void;

function CountChecks({ report, onShow }: { report: Report; onShow: OnShow }) {
  const { t } = useTranslation();
  const checks = report.notes.filter((note) => note.kind === "COUNT_CHECK");
  return (
    <section aria-labelledby="quality-count-checks">
      <h2 id="quality-count-checks">{t("quality.countChecks")}</h2>
      <p>{t("quality.countChecksIntro")}</p>
      {checks.length === 0 ? (
        <p className="notice">{t("quality.none")}</p>
      ) : (
        <table className="answer-table quality-count-checks">
          <thead>
            <tr>
              <th scope="col">{t("quality.check")}</th>
              <th scope="col" className="numeric">
                {t("quality.expected")}
              </th>
              <th scope="col" className="numeric">
                {t("quality.found")}
              </th>
              <th scope="col" className="numeric">
                {t("quality.gap")}
              </th>
              <th scope="col">{t("quality.passage")}</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((note) => (
              <tr key={note.id}>
                <td lang="en">{note.message}</td>
                <td className="numeric">{note.expected ?? "—"}</td>
                <td className="numeric">{note.found ?? "—"}</td>
                <td className="numeric">
                  {note.expected != null && note.found != null ? note.found - note.expected : "—"}
                </td>
                <td>
                  <button type="button" className="source-button" onClick={() => onShow(note.document, note.quote)}>
                    {t("quality.showPassage")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Notes({ report, onShow }: { report: Report; onShow: OnShow }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="quality-notes">
      <h2 id="quality-notes">{t("quality.notes")}</h2>
      <p>{t("quality.notesIntro")}</p>
      {report.notes.length === 0 ? (
        <p className="notice">{t("quality.noNotes")}</p>
      ) : (
        <table className="answer-table quality-notes">
          <thead>
            <tr>
              <th scope="col">{t("quality.source")}</th>
              <th scope="col" className="numeric">
                {t("quality.noteNumber")}
              </th>
              <th scope="col">{t("quality.kind")}</th>
              <th scope="col">{t("quality.note")}</th>
              <th scope="col">{t("quality.passage")}</th>
            </tr>
          </thead>
          <tbody>
            {report.notes.map((note) => (
              <tr key={note.id}>
                <td>
                  <code>{note.document}</code>
                </td>
                <td className="numeric">{note.number}</td>
                <td>{t(`quality.kinds.${note.kind}`)}</td>
                <td lang="en">{note.message}</td>
                <td>
                  <button type="button" className="source-button" onClick={() => onShow(note.document, note.quote)}>
                    {t("quality.showPassage")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function UnverifiedFacts({ report, onShow }: { report: Report; onShow: OnShow }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="quality-unverified">
      <h2 id="quality-unverified">
        {t("quality.unverifiedFacts")} ({report.unverified.length})
      </h2>
      <p>{t("quality.unverifiedIntro")}</p>
      {report.unverified.length === 0 ? (
        <p className="notice">{t("quality.none")}</p>
      ) : (
        <table className="answer-table quality-unverified">
          <thead>
            <tr>
              <th scope="col">{t("quality.fact")}</th>
              <th scope="col">{t("quality.reason")}</th>
              <th scope="col">{t("quality.passage")}</th>
            </tr>
          </thead>
          <tbody>
            {report.unverified.map((fact) => (
              <tr key={fact.edge.id}>
                <td>
                  <EntityLink node={fact.from} bare /> <code>{fact.edge.type}</code> <EntityLink node={fact.to} bare />
                </td>
                <td lang="en">{fact.edge.reason}</td>
                <td>
                  <button
                    type="button"
                    className="source-button"
                    onClick={() => onShow(fact.edge.source, fact.edge.quote)}
                  >
                    {fact.edge.source}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
