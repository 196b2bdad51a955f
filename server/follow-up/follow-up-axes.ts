// Puts a programme's follow-up lines in their place: each axis with its actions in the source's
// order, each indicator under its action or, when it is under none, under the axis itself.
import type { ResolversParentTypes } from "../__generated__/resolvers-types.js";

export type AxisFollowUp = ResolversParentTypes["AxisFollowUp"];
export type ActionFollowUp = ResolversParentTypes["ActionFollowUp"];
export type IndicatorProgress = ResolversParentTypes["IndicatorProgress"];
type GraphNode = AxisFollowUp["axis"];

/** An axis (or the programme) as read: its node and its number, null for the programme itself. */
export interface AxisOf {
  axis: GraphNode;
  number: number | null;
}

/** The axes, numbered ones first in number order, the programme's own last; actions and indicators in place. */
export function groupIntoAxes(
  actions: Array<AxisOf & { action: ActionFollowUp }>,
  indicators: Array<AxisOf & { line: IndicatorProgress }>,
): AxisFollowUp[] {
  const axes = new Map<string, AxisFollowUp>();
  const axisOf = ({ axis, number }: AxisOf): AxisFollowUp => {
    let found = axes.get(axis.ref);
    if (!found) {
      found = { axis, number, actions: [], ownIndicators: [], indicators: [] };
      axes.set(axis.ref, found);
    }
    return found;
  };
  const byRef = new Map<string, ActionFollowUp>();
  for (const item of actions) {
    axisOf(item).actions.push(item.action);
    byRef.set(item.action.action.ref, item.action);
  }
  for (const item of indicators) {
    const axis = axisOf(item);
    axis.indicators.push(item.line);
    const action = item.line.action ? byRef.get(item.line.action.ref) : undefined;
    if (action) action.indicators.push(item.line);
    else axis.ownIndicators.push(item.line);
  }
  const rank = (axis: AxisFollowUp) => axis.number ?? Number.POSITIVE_INFINITY;
  for (const axis of axes.values()) axis.actions.sort((a, b) => a.number - b.number);
  return [...axes.values()].sort((a, b) => rank(a) - rank(b));
}
