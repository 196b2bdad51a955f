import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../layout";
import type { GalleryQuestion } from "./questions";

/** A question's view: its title and description, its parameters as a form, then its answer. */
export function QuestionLayout({
  question,
  form,
  children,
}: {
  question: GalleryQuestion["id"];
  form: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const title = t(`questions.${question}.title`);
  usePageTitle(title);
  return (
    <article className="view question">
      <p className="breadcrumb">
        <Link to="/">{t("home.galleryTitle")}</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{t(`questions.${question}.description`)}</p>
      <section className="question-form" aria-label={t("gallery.parameters")}>
        {form}
      </section>
      <section className="question-answer" aria-live="polite">
        {children}
      </section>
    </article>
  );
}

/** The line above an answer's table: how many answers, and the CSV export (with its progress while a paged export runs). */
export function AnswerHeader({
  count,
  onExport,
  exportProgress,
}: {
  count: number;
  onExport?: () => void;
  exportProgress?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <div className="answer-header">
      <h2>{t("gallery.answerCount", { count })}</h2>
      {onExport && count > 0 && (
        <span className="export">
          {exportProgress && (
            <span className="muted" role="status">
              {exportProgress}
            </span>
          )}
          <button type="button" className="secondary" onClick={onExport} disabled={Boolean(exportProgress)}>
            <span aria-hidden="true">⤓ </span>
            {t("gallery.export")}
          </button>
        </span>
      )}
    </div>
  );
}
