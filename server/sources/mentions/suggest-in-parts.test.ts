import { describe, expect, it } from "vitest";
import { Gazetteer } from "./gazetteer.js";
import { scanMentions } from "./scan-mentions.js";
import { suggestFacts } from "./suggest-facts.js";
import { suggestFactsInParts } from "./suggest-in-parts.js";

const entities = new Gazetteer()
  .add({ ref: "Organization:horlogia", label: "Organization", name: "Horlogia" }, ["Horlogia"])
  .add({ ref: "Organization:cryla", label: "Organization", name: "Cryla" }, ["Cryla"]);

const pages = [
  "Rapport annuel.\nHorlogia, à Besançon, recrute dix techniciens.",
  "Suite du rapport.\nL'entreprise bisontine Cryla grandit.\nUsinage Nouveau SARL s'installe.",
];

describe("suggestFactsInParts", () => {
  it("finds, page by page, what the whole text gives, at the same offsets", () => {
    const text = pages.join("\n\n");
    const pageStarts = [0, pages[0]!.length + 2];
    const whole = suggestFacts(text, scanMentions(text, entities));
    const told: Array<[number, number]> = [];
    const inParts = suggestFactsInParts(text, entities, pageStarts, (done, total) => told.push([done, total]));
    expect(whole.map((suggestion) => suggestion.kind)).toEqual(["LOCATED_IN", "LOCATED_IN", "NEW_ORGANIZATION"]);
    expect(inParts).toEqual(whole);
    for (const suggestion of inParts) expect(text.slice(suggestion.start, suggestion.end)).toBe(suggestion.quote);
    expect(told).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});
