import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { EmptyState, usePageTitle } from "../layout";
import { signInPath, useViewer } from "../session";
import { UploadProgressBar } from "./UploadProgressBar";
import { type UploadProgress, uploadWithProgress } from "./upload-with-progress";

/** `/documents/new` (editors): uploads a source, showing the bytes sent then the pages read, then
 *  opens its page with the suggestions found in it. */
export function UploadSourcePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const location = useLocation();
  const navigate = useNavigate();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [pagesRead, setPagesRead] = useState<Extract<UploadProgress, { stage: "read" }> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  usePageTitle(t("documents.uploadTitle"));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRunning(true);
    setProblem(null);
    setProgress(null);
    setPagesRead(null);
    try {
      const report = await uploadWithProgress(new FormData(event.currentTarget), (next) => {
        setProgress(next);
        if (next.stage === "read") setPagesRead(next);
      });
      await navigate(`/documents/${encodeURIComponent(report.document.id)}`);
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setRunning(false);
    }
  };

  return (
    <article className="view upload-source">
      <h1>{t("documents.uploadTitle")}</h1>
      <p className="lead">{t("documents.uploadLead")}</p>
      {viewer.can("editor") ? (
        <form onSubmit={(event) => void submit(event)} className="upload-form">
          <label>
            {t("documents.file")}
            <input
              name="file"
              type="file"
              required
              accept=".pdf,.html,.htm,.txt,.md,.docx,application/pdf,text/html,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            />
          </label>
          <label>
            {t("documents.docTitle")}
            <input name="title" type="text" />
          </label>
          <label>
            {t("documents.publisher")}
            <input name="publisher" type="text" />
          </label>
          <button type="submit" disabled={running}>
            {t("documents.upload")}
          </button>
          {running && <UploadProgressBar progress={progress} pagesRead={pagesRead} />}
          {problem && (
            <p className="notice" role="alert">
              {t("documents.uploadFailed", { message: problem })}
            </p>
          )}
        </form>
      ) : (
        <EmptyState>
          {t("session.needsRole", { role: t("roles.editor") })}{" "}
          <Link to={signInPath(location.pathname)}>{t("session.signIn")}</Link>
        </EmptyState>
      )}
    </article>
  );
}
