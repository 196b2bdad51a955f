import { useTranslation } from "react-i18next";

/** Switches the interface between French and English; the choice is remembered. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = t("app.language.switchToLang");
  return (
    <button
      type="button"
      className="language-switch"
      lang={next}
      title={t("app.language.label")}
      onClick={() => void i18n.changeLanguage(next)}
    >
      {t("app.language.switchTo")}
    </button>
  );
}
