// How a target and a result read: "au moins 260 adhérents", "1 sur 2", a result's day or period.
import type { IndicatorBound } from "../__generated__/graphql";

/** The i18n key of a bound's words (`followUp.bounds.MIN`: "au moins {{value}}"); no bound reads as exact. */
export function boundKey(bound: IndicatorBound | null | undefined): string {
  return `followUp.bounds.${bound ?? "EXACT"}`;
}

/** A progress bar's width in percent: the ratio capped to 0–100, none without a ratio. */
export function barPercent(ratio: number | null | undefined): number {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return 0;
  return Math.round(Math.min(Math.max(ratio, 0), 1) * 100);
}

/** The document id an editor typed: `Document:x` or `x` → `x`. */
export function documentKey(typed: string): string {
  const trimmed = typed.trim();
  return trimmed.startsWith("Document:") ? trimmed.slice("Document:".length) : trimmed;
}
