// Numbers, amounts and dates formatted per interface language with Intl ("45 000 €" in French).
import { useTranslation } from "react-i18next";

/** The Intl locale of an interface language. */
export function localeOf(language: string): string {
  return language.startsWith("en") ? "en-GB" : "fr-FR";
}

/** An amount of money, without cents when it has none: `45 000 €` (fr), `€45,000` (en). */
export function formatAmount(amount: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

/** A count or a measure: `1 234` (fr), `1,234` (en). */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** A share between 0 and 1 as a percentage: `12,5 %` (fr), `12.5%` (en). */
export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(share);
}

/** An ISO date (`2024-04-11`) in words: `11 avril 2024` (fr), `11 April 2024` (en); other text as is. */
export function formatDate(isoDate: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(isoDate)) return isoDate;
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** An instant (ISO date-time) with its time, in the reader's time zone: `11 avril 2024 à 14:05`. */
export function formatDateTime(isoDateTime: string | Date, locale: string, timeZone?: string): string {
  const date = typeof isoDateTime === "string" ? new Date(isoDateTime) : isoDateTime;
  if (Number.isNaN(date.getTime())) return String(isoDateTime);
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone }).format(date);
}

/** The formatters bound to the current interface language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return {
    locale,
    amount: (amount: number, currency = "EUR") => formatAmount(amount, currency, locale),
    number: (value: number) => formatNumber(value, locale),
    share: (share: number) => formatShare(share, locale),
    date: (isoDate: string) => formatDate(isoDate, locale),
    dateTime: (instant: string | Date) => formatDateTime(instant, locale),
  };
}
