import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { EmptyState, LoadingState, usePageTitle } from "../layout";
import { fetchWithToken, signInPath, useViewer } from "../session";

/** `/documents/new` (editors): uploads a source, then opens its page with the suggestions found in it. */
export function UploadSourcePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const location = useLocation();
  const navigate = useNavigate();
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  usePageTitle(t("documents.uploadTitle"));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRunning(true);
    setProblem(null);
    try {
      const response = await fetchWithToken("/api/sources", {
        method: "POST",
        body: new FormData(event.currentTarget),
      });
      const body = (await response.json()) as { document?: { id: string }; errors?: Array<{ message: string }> };
      if (!response.ok || !body.document) setProblem(body.errors?.[0]?.message ?? String(response.status));
      else await navigate(`/documents/${encodeURIComponent(body.document.id)}`);
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
          {running && <LoadingState label={t("documents.uploading")} />}
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
