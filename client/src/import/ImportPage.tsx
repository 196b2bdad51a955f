import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { EmptyState, LoadingState, usePageTitle } from "../layout";
import { signInPath, useViewer } from "../session";
import { type ImportKind, importKinds, type ImportOutcome, sendImport } from "./import-request";
import { ImportOutcomeView } from "./ImportOutcomeView";
import { useElapsedSeconds } from "./use-elapsed-seconds";

/** `/import` (admins): a CSV table PMT keeps, a dry run first with its report line by line, then the import. */
export function ImportPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const location = useLocation();
  usePageTitle(t("import.title"));
  return (
    <article className="view import">
      <h1>{t("import.title")}</h1>
      <p className="lead">{t("import.lead")}</p>
      {viewer.can("admin") ? (
        <ImportForm />
      ) : (
        <EmptyState>
          {t("session.needsRole", { role: t("roles.admin") })}{" "}
          <Link to={signInPath(location.pathname)}>{t("session.signIn")}</Link>
        </EmptyState>
      )}
    </article>
  );
}

/** The request running, the file and kind it is about, and what the last one gave. */
interface ImportRun {
  dryRun: boolean;
  file: File;
  kind: ImportKind;
}

function ImportForm() {
  const { t } = useTranslation();
  const formId = useId();
  const [kind, setKind] = useState<ImportKind>("members");
  const [file, setFile] = useState<File | null>(null);
  const [running, setRunning] = useState<(ImportRun & { startedAt: number }) | null>(null);
  const [last, setLast] = useState<(ImportRun & { outcome: ImportOutcome }) | null>(null);
  const abort = useRef<AbortController | null>(null);
  const elapsed = useElapsedSeconds(running?.startedAt ?? null);
  // The import is offered once a dry run of this very file and kind found nothing wrong.
  const ready =
    last !== null &&
    last.dryRun &&
    last.file === file &&
    last.kind === kind &&
    last.outcome.kind === "report" &&
    last.outcome.report.status === "ready";

  const run = async (dryRun: boolean) => {
    if (!file) return;
    const controller = new AbortController();
    abort.current = controller;
    setRunning({ dryRun, file, kind, startedAt: Date.now() });
    try {
      const outcome = await sendImport(kind, file, dryRun, controller.signal);
      setLast({ dryRun, file, kind, outcome });
    } catch {
      // Stopped by the person: the server finishes or rolls back on its own; nothing to show.
    } finally {
      setRunning(null);
      abort.current = null;
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(true);
  };

  return (
    <>
      <form className="edit-form import-form" onSubmit={submit} aria-label={t("import.formLabel")}>
        <div className="form-row">
          <div className="field">
            <label htmlFor={`${formId}-kind`}>{t("import.kind")}</label>
            <select
              id={`${formId}-kind`}
              value={kind}
              onChange={(event) => setKind(event.target.value as ImportKind)}
              disabled={running !== null}
            >
              {importKinds.map((value) => (
                <option key={value} value={value}>
                  {t(`import.kinds.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field wide">
            <label htmlFor={`${formId}-file`}>{t("import.file")}</label>
            <input
              id={`${formId}-file`}
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              disabled={running !== null}
              aria-describedby={`${formId}-columns`}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
            <span id={`${formId}-columns`} className="field-hint">
              {t(`import.columns.${kind}`)}
            </span>
          </div>
        </div>
        <p className="form-actions">
          <button type="submit" disabled={!file || running !== null}>
            {t("import.dryRun")}
          </button>
          <button type="button" disabled={!ready || running !== null} onClick={() => void run(false)}>
            {t("import.commit")}
          </button>
          {!ready && last?.outcome.kind === "report" && last.outcome.report.status === "committed" && (
            <span className="field-hint">{t("import.doneHint")}</span>
          )}
        </p>
      </form>
      <section className="import-outcome" aria-live="polite">
        {running && (
          <div className="import-running">
            <LoadingState
              label={t(running.dryRun ? "import.runningDry" : "import.runningCommit", {
                file: running.file.name,
                seconds: elapsed,
              })}
            />
            <button type="button" className="secondary" onClick={() => abort.current?.abort()}>
              {t("import.stopWaiting")}
            </button>
          </div>
        )}
        {!running && last && <ImportOutcomeView outcome={last.outcome} />}
      </section>
    </>
  );
}
