import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { galleryQuestions } from "./questions";

/** The analyst questions as cards, each opening its form and answer. */
export function QuestionGallery({ headingId }: { headingId: string }) {
  const { t } = useTranslation();
  return (
    <ul className="question-gallery" aria-labelledby={headingId}>
      {galleryQuestions.map((question, index) => (
        <li key={question.id} className={index === 0 ? "question-card headline" : "question-card"}>
          <span className="question-icon" aria-hidden="true">
            {question.icon}
          </span>
          <h3>
            <Link to={question.path}>{t(`questions.${question.id}.title`)}</Link>
          </h3>
          <p>{t(`questions.${question.id}.description`)}</p>
          <span className="question-cta" aria-hidden="true">
            {t("gallery.ask")} →
          </span>
        </li>
      ))}
    </ul>
  );
}
