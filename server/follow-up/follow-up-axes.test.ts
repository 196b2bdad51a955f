import { describe, expect, it } from "vitest";
import { groupIntoAxes, type ActionFollowUp, type IndicatorProgress } from "./follow-up-axes.js";

/** A node as the follow-up gives it, with what grouping reads. */
const node = (ref: string) => ({ ref, name: ref }) as ActionFollowUp["action"];
const action = (ref: string, number: number): ActionFollowUp =>
  ({ action: node(ref), number, indicators: [] }) as unknown as ActionFollowUp;
const line = (ref: string, actionRef: string | null): IndicatorProgress =>
  ({ indicator: node(ref), action: actionRef ? node(actionRef) : null }) as unknown as IndicatorProgress;
const refs = (lines: IndicatorProgress[]) => lines.map((item) => item.indicator.ref);

describe("groupIntoAxes", () => {
  const axis3 = { axis: node("Programme:axe-3"), number: 3 };
  const axis5 = { axis: node("Programme:axe-5"), number: 5 };
  const programme = { axis: node("Programme:p"), number: null };

  it("puts each indicator under its action, the others under their axis, axes in number order and the programme last", () => {
    const axes = groupIntoAxes(
      [
        { ...axis5, action: action("Action:5-1", 1) },
        { ...axis3, action: action("Action:3-2", 2) },
        { ...axis3, action: action("Action:3-1", 1) },
      ],
      [
        { ...programme, line: line("Indicator:prive", null) },
        { ...axis3, line: line("Indicator:gbm", null) },
        { ...axis3, line: line("Indicator:soirees", "Action:3-2") },
        { ...axis5, line: line("Indicator:comites", "Action:5-1") },
      ],
    );
    expect(axes.map((axis) => axis.axis.ref)).toEqual(["Programme:axe-3", "Programme:axe-5", "Programme:p"]);
    const [three, five, own] = axes;
    expect(three!.actions.map((item) => [item.action.ref, refs(item.indicators)])).toEqual([
      ["Action:3-1", []],
      ["Action:3-2", ["Indicator:soirees"]],
    ]);
    expect(refs(three!.ownIndicators)).toEqual(["Indicator:gbm"]);
    expect(refs(three!.indicators)).toEqual(["Indicator:gbm", "Indicator:soirees"]);
    expect(refs(five!.actions[0]!.indicators)).toEqual(["Indicator:comites"]);
    expect(own).toMatchObject({ number: null, actions: [] });
    expect(refs(own!.ownIndicators)).toEqual(["Indicator:prive"]);
  });

  it("keeps an axis that has actions but no indicator for the year", () => {
    const axes = groupIntoAxes([{ ...axis5, action: action("Action:5-1", 1) }], []);
    expect(axes).toHaveLength(1);
    expect(axes[0]!.actions[0]!.indicators).toEqual([]);
  });
});
