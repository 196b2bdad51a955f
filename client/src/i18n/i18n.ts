import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { fr } from "./fr";

/** The interface languages, French first. */
export const languages = ["fr", "en"] as const;
export type Language = (typeof languages)[number];

const storageKey = "maillage.language";

/** The language the person chose last time, French when none (or storage is unavailable). */
export function storedLanguage(): Language {
  try {
    return localStorage.getItem(storageKey) === "en" ? "en" : "fr";
  } catch {
    return "fr";
  }
}

/** Creates the app's i18next instance; the chosen language is persisted and set on <html lang>. */
export function createI18n(language: Language = storedLanguage()): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: "fr",
    supportedLngs: languages,
    resources: { fr: { translation: fr }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = language;
  instance.on("languageChanged", (next) => {
    document.documentElement.lang = next;
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Private browsing without storage: the choice lasts for this page only.
    }
  });
  return instance;
}
