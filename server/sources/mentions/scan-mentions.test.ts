import { describe, expect, it } from "vitest";
import { Gazetteer } from "./gazetteer.js";
import { findAmounts, scanMentions } from "./scan-mentions.js";

const entities = new Gazetteer().add({ ref: "Organization:femto-st", label: "Organization", name: "Femto-ST" }, [
  "Femto-ST",
  "Institut Femto",
]);

const found = (text: string) =>
  scanMentions(text, entities).map((mention) => [mention.kind, mention.text, mention.thing?.ref ?? mention.value]);

describe("scanMentions", () => {
  it("finds the graph's entities by name and alias, whatever the case and the accents", () => {
    expect(found("L'INSTITUT FÉMTO et femto-st collaborent.")).toEqual([
      ["ENTITY", "INSTITUT FÉMTO", "Organization:femto-st"],
      ["ENTITY", "femto-st", "Organization:femto-st"],
    ]);
  });

  it("finds communes by official name and by demonym, a bisontine firm in Besançon", () => {
    expect(found("Une PME bisontine s'installe à Pouilley-les-Vignes, près de Saint-Vit.")).toEqual([
      ["COMMUNE", "bisontine", "Commune:25056"],
      ["COMMUNE", "Pouilley-les-Vignes", "Commune:25467"],
      ["COMMUNE", "Saint-Vit", "Commune:25527"],
    ]);
  });

  it("knows the demonyms of smaller GBM communes, in every gender and number", () => {
    expect(
      found("Les Thisiens, une entreprise braillannaise, des artisans champoursiens et une PME deluzienne."),
    ).toEqual([
      ["COMMUNE", "Thisiens", "Commune:25560"],
      ["COMMUNE", "braillannaise", "Commune:25086"],
      ["COMMUNE", "champoursiens", "Commune:25117"],
      ["COMMUNE", "deluzienne", "Commune:25197"],
    ]);
  });

  it("takes a capitalised word at a sentence's start for a commune only in GBM's département or a prefecture", () => {
    expect(found("Besançon accueille le forum. Marcher est sain.")).toEqual([["COMMUNE", "Besançon", "Commune:25056"]]);
  });

  it("reads amounts in euros as French texts write them, and years alone", () => {
    expect(
      findAmounts("120 000 €, 1,5 M€, 45 000 euros, 2 millions d'euros, 3 k€").map((amount) => amount.value),
    ).toEqual([120_000, 1_500_000, 45_000, 2_000_000, 3_000]);
    expect(found("En 2024, 2 024 pièces pour 12 000 €.")).toEqual([
      ["YEAR", "2024", 2024],
      ["AMOUNT", "12 000 €", 12_000],
    ]);
  });
});
