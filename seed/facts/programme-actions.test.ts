// Pins the 2024 programme's actions (docs/DATA-MODEL.md): each axis's bullets in the source's order,
// every target under exactly one action, axis or the programme, and the indicator–action pairs the
// text states.
import { describe, expect, it } from "vitest";
import { buildSeed } from "../build-seed.js";

const { facts } = buildSeed();
const axis = (number: number) => `Programme:pmt-animation-2024-axe-${number}`;
const outgoing = (from: string, type: string) =>
  facts.relationships.filter((fact) => fact.from === from && fact.type === type).map((fact) => fact.to);
const actionNumber = (ref: string) =>
  facts.nodes.find((node) => `${node.label}:${node.key}` === ref)?.properties.number as number | undefined;

describe("the 2024 programme's actions", () => {
  it("gives each axis its actions, numbered 1 to n in the source's order", () => {
    const counts = [1, 2, 3, 4, 5].map((number) => outgoing(axis(number), "HAS_ACTION").length);
    expect(counts).toEqual([3, 6, 18, 1, 4]);
    for (const number of [1, 2, 3, 4, 5]) {
      const numbers = outgoing(axis(number), "HAS_ACTION").map(actionNumber);
      expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    }
    expect(facts.nodes.filter((node) => node.label === "Action")).toHaveLength(32);
  });

  it("hangs every 2024 target from exactly one action, axis or the programme", () => {
    const targets = facts.nodes.filter((node) => node.label === "Indicator" && node.properties.year === 2024);
    const owners = targets.map((target) =>
      facts.relationships
        .filter((fact) => fact.type === "HAS_INDICATOR" && fact.to === `Indicator:${target.key}`)
        .map((fact) => fact.from.split(":")[0]),
    );
    expect(owners.every((list) => list.length === 1)).toBe(true);
    expect(owners.flat().filter((label) => label === "Action")).toHaveLength(20);
  });

  it("puts the targets under the action whose bullet sets them", () => {
    const under = (axisNumber: number, action: number) =>
      outgoing(`Action:pmt-animation-2024-axe-${axisNumber}-action-${action}`, "HAS_INDICATOR").sort();
    expect(under(3, 6)).toEqual(["Indicator:pmt-animation-2024-axe-3-pmt-connect"]);
    expect(under(3, 18)).toEqual([
      "Indicator:pmt-animation-2024-axe-3-prestations",
      "Indicator:pmt-animation-2024-axe-3-prestations-revelateur",
      "Indicator:pmt-animation-2024-axe-3-prestations-riposte",
      "Indicator:pmt-animation-2024-axe-3-webinaires-vendre-a-l-industrie-allemande",
    ]);
    expect(under(5, 1)).toHaveLength(3);
    expect(outgoing(axis(3), "HAS_INDICATOR").sort()).toEqual([
      "Indicator:pmt-animation-2024-axe-3-entreprises-adherentes-gbm",
      "Indicator:pmt-animation-2024-axe-3-visites-entreprises-gbm",
    ]);
    expect(outgoing(axis(4), "HAS_INDICATOR")).toEqual(["Indicator:pmt-animation-2024-axe-4-co-exposants-micronora"]);
  });
});
