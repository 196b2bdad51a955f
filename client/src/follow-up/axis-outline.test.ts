import { describe, expect, it } from "vitest";
import { actionsShown, axisShown } from "./axis-outline";

const measured = { name: "Organiser 2 « PMT Connect »", indicators: ["pmt-connect"] };
const unmeasured = { name: "Mettre à jour le kit commercial PMT", indicators: [] };

describe("axis outline", () => {
  it("shows every action on the page, in order, and only measured ones in the review", () => {
    expect(actionsShown([unmeasured, measured], "page")).toEqual([unmeasured, measured]);
    expect(actionsShown([unmeasured, measured], "review")).toEqual([measured]);
  });

  it("leaves an axis with nothing to report out of the review, never out of the page", () => {
    const nothing = { actions: [unmeasured], ownIndicators: [] };
    expect(axisShown(nothing, "page")).toBe(true);
    expect(axisShown(nothing, "review")).toBe(false);
    expect(axisShown({ actions: [], ownIndicators: ["part-financement-prive"] }, "review")).toBe(true);
    expect(axisShown({ actions: [unmeasured, measured], ownIndicators: [] }, "review")).toBe(true);
  });
});
