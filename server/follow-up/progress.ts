// The arithmetic of following a programme: how an indicator's results combine (by its measure),
// where they stand against the target's bound, and where a deliverable stands against its deadline.
import type {
  DeliverableStatus,
  IndicatorBound,
  IndicatorMeasure,
  ProgressState,
} from "../__generated__/resolvers-types.js";

/** How close an `APPROX` target must be met: within 10 % either side. */
export const approxTolerance = 0.1;

/** A result as combined: its value and the day it counts from (its date, or its period's end). */
export interface DatedValue {
  value: number;
  /** ISO date; results without one count as oldest. */
  on: string | null;
}

/** The day a result counts from: its date, else the end (or start) of its period. */
export function resultDay(result: {
  date: string | null;
  periodStart: string | null;
  periodEnd: string | null;
}): string | null {
  return result.date ?? result.periodEnd ?? result.periodStart;
}

/** What the results amount to: their sum for a COUNT, the latest for a STOCK or a SHARE; null when none. */
export function achievedValue(measure: IndicatorMeasure, results: DatedValue[]): number | null {
  if (results.length === 0) return null;
  if (measure === "COUNT") return results.reduce((total, result) => total + result.value, 0);
  const latest = [...results].sort((a, b) => (a.on ?? "").localeCompare(b.on ?? "")).at(-1)!;
  return latest.value;
}

/** Where `achieved` stands against `target` read with its bound (a missing bound reads as MIN). */
export function progressState(achieved: number | null, target: number, bound: IndicatorBound | null): ProgressState {
  if (achieved === null) return "NO_RESULT";
  switch (bound ?? "MIN") {
    case "MIN":
      return achieved >= target ? "MET" : "BELOW";
    case "EXACT":
      return achieved === target ? "MET" : achieved < target ? "BELOW" : "ABOVE";
    case "APPROX": {
      const margin = Math.abs(target) * approxTolerance;
      if (achieved < target - margin) return "BELOW";
      return achieved > target + margin ? "ABOVE" : "MET";
    }
  }
}

/** `achieved` over the target, null when there is nothing to divide. */
export function progressRatio(achieved: number | null, target: number): number | null {
  return achieved === null || target === 0 ? null : achieved / target;
}

/** Received once it has a receipt date; else late when its deadline is before `today`, else due. */
export function deliverableStatus(
  receivedOn: string | null,
  deadline: string | null,
  today: string,
): DeliverableStatus {
  if (receivedOn) return "RECEIVED";
  return deadline !== null && deadline < today ? "LATE" : "DUE";
}

/** Today as an ISO date (UTC). */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The ISO date `days` after `day`. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return isoToday(date);
}
