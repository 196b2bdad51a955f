import { describe, expect, it } from "vitest";
import { foldHeader, mapColumns } from "./columns.js";

describe("import columns", () => {
  it("folds headers: accents, case, units and punctuation ignored", () => {
    expect(
      ["Chiffre d'affaires (€)", "Marchés", " Effectif ", "Emplois créés ou maintenus", "SIREN"].map(foldHeader),
    ).toEqual(["chiffre_d_affaires", "marches", "effectif", "emplois_crees_ou_maintenus", "siren"]);
  });

  it("maps French and English headers onto the same fields", () => {
    const french = mapColumns("members", ["Nom", "SIREN", "Commune", "Effectif", "Chiffre d'affaires", "Marchés"]);
    const english = mapColumns("members", ["name", "siren", "city", "headcount", "turnover", "markets"]);
    expect([...french.indexOf]).toEqual([...english.indexOf]);
    expect(french.missing).toEqual([]);
    expect(french.headerOf.get("revenue")).toBe("Chiffre d'affaires");
  });

  it("names missing columns, doubled ones and ignored ones", () => {
    const mapping = mapColumns("projects", ["projet", "Partenaires", "partners", "commentaire"]);
    expect(mapping.missing.map((spec) => spec.headers[0])).toEqual([
      "programme",
      "montant_total",
      "aide_publique",
      "brevets",
      "emplois",
    ]);
    expect(mapping.duplicates).toEqual([{ field: "partners", headers: ["Partenaires", "partners"] }]);
    expect(mapping.ignored).toEqual(["commentaire"]);
  });
});
