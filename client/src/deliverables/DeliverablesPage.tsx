import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLoaderData } from "react-router";
import { errorMessage, usePageTitle } from "../layout";
import {
  deliverableFormats,
  type DeliverableFormat,
  type DeliverableSummary,
  downloadDeliverable,
  fetchDeliverableList,
} from "./deliverable-files";

/** The convention's year, asked for by default. */
const conventionYear = "2024";

/** Loads the list of tables (with the sign-in token) before the page shows. */
export function deliverablesLoader({ request }: { request: Request }) {
  return fetchDeliverableList(request.signal);
}

/** `/deliverables`: the tables the 2024 convention asks PMT for, each as CSV or XLSX, generated from the graph now. */
export function DeliverablesPage() {
  const { t } = useTranslation();
  const tables = useLoaderData<Awaited<ReturnType<typeof deliverablesLoader>>>();
  const yearId = useId();
  const [year, setYear] = useState(conventionYear);
  usePageTitle(t("deliverables.title"));
  return (
    <article className="view deliverables">
      <h1>{t("deliverables.title")}</h1>
      <p className="lead">{t("deliverables.lead")}</p>
      <div className="parameters">
        <div className="field">
          <label htmlFor={yearId}>{t("deliverables.year")}</label>
          <input
            id={yearId}
            name="year"
            inputMode="numeric"
            maxLength={4}
            value={year}
            aria-describedby={`${yearId}-hint`}
            onChange={(event) => setYear(event.target.value)}
            placeholder={t("deliverables.everyYear")}
          />
        </div>
        <p id={`${yearId}-hint`} className="field-hint">
          {t("deliverables.yearHint")}
        </p>
      </div>
      <ul className="deliverable-list">
        {tables.map((table) => (
          <li key={table.id}>
            <DeliverableCard table={table} year={year} />
          </li>
        ))}
      </ul>
    </article>
  );
}

/** One table: its French title, where the convention asks for it, and its downloads. */
function DeliverableCard({ table, year }: { table: DeliverableSummary; year: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [busy, setBusy] = useState<DeliverableFormat | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const download = async (format: DeliverableFormat) => {
    setBusy(format);
    setFailure(null);
    try {
      await downloadDeliverable(table.id, format, table.params.includes("year") ? year : "");
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="deliverable-card" aria-labelledby={titleId}>
      <h2 id={titleId} lang="fr">
        {table.title}
      </h2>
      <p className="muted" lang="fr">
        {table.reference}
      </p>
      <p lang="fr">{table.description}</p>
      <p className="form-actions">
        {deliverableFormats.map((format) => (
          <button
            key={format}
            type="button"
            className="secondary"
            disabled={busy !== null}
            aria-label={t("deliverables.download", { format: format.toUpperCase(), title: table.title })}
            onClick={() => void download(format)}
          >
            <span aria-hidden="true">⤓ </span>
            {busy === format ? t("deliverables.preparing") : format.toUpperCase()}
          </button>
        ))}
      </p>
      {failure && (
        <p className="notice error" role="alert">
          {t("deliverables.failed", { message: failure })}
        </p>
      )}
    </section>
  );
}
