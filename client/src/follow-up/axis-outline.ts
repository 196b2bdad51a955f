// What an axis shows of its actions: the page shows every action (those without a numeric target
// say so); the printed review shows only the actions and axes that have indicators to report.
import type { FollowUpMode } from "./IndicatorTable";

/** The actions of an axis to show in a mode, in the order given. */
export function actionsShown<Action extends { indicators: readonly unknown[] }>(
  actions: readonly Action[],
  mode: FollowUpMode,
): Action[] {
  return mode === "page" ? [...actions] : actions.filter((action) => action.indicators.length > 0);
}

/** Whether an axis appears in a mode: always on the page, in the review when it has an indicator. */
export function axisShown(
  axis: { actions: ReadonlyArray<{ indicators: readonly unknown[] }>; ownIndicators: readonly unknown[] },
  mode: FollowUpMode,
): boolean {
  return mode === "page" || axis.ownIndicators.length > 0 || actionsShown(axis.actions, mode).length > 0;
}
