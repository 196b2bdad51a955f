import { describe, expect, it } from "vitest";
import { communeAliases } from "./commune-aliases.js";
import { communeByCode, isResolved, knownCommuneByCode, resolveCommune } from "./resolve-commune.js";

/** The code a name resolves to, failing the test with the reason when it does not resolve. */
function codeOf(name: string): string {
  const resolution = resolveCommune(name);
  if (!isResolved(resolution)) throw new Error(`${name}: ${resolution.reason}`);
  return resolution.code;
}

describe("resolveCommune", () => {
  it("resolves the names the deliberation misspells to the commune meant", () => {
    expect(codeOf("Francois")).toBe("25258"); // Franois
    expect(codeOf("Chevezoy")).toBe("25153"); // Chevroz
    expect(codeOf("Merey-Vieille")).toBe("25376"); // Mérey-Vieilley
    expect(codeOf("Gennes-Sur-Doubs")).toBe("25267"); // Gennes
    expect(codeOf("Marchaux-Chaufontaine")).toBe("25368"); // Marchaux-Chaudefontaine
  });

  it("ignores accents, case, hyphens and apostrophes", () => {
    expect(codeOf("Chaleze")).toBe("25111"); // Chalèze, not Chalezeule (25112)
    expect(codeOf("Chalezeule")).toBe("25112");
    expect(codeOf("Chemaudin et Vaux")).toBe("25147");
    expect(codeOf("Vorges-Les-Pins")).toBe("25631");
    expect(codeOf("Cussey-Sur-L'Ognon")).toBe("25186");
    expect(codeOf("Cussey-sur-l’Ognon")).toBe("25186");
    expect(codeOf("Champvans-Les-Moulins")).toBe("25119");
    expect(codeOf("Velesmes-Essarts")).toBe("25594");
    expect(codeOf("Dannemarie-Sur-Crête")).toBe("25195"); // officially Crète
    expect(codeOf("Ecole-Valentin")).toBe("25212");
    expect(codeOf("BESANCON")).toBe("25056");
  });

  it("prefers GBM members and the Doubs among homonyms", () => {
    expect(codeOf("Montfaucon")).toBe("25395"); // also in 02, 30, 46
    expect(codeOf("Champagney")).toBe("25115"); // also in 39, 70
    expect(resolveCommune("Champagney", { departement: "70" })).toMatchObject({ code: "25115" }); // the GBM member still wins
  });

  it("resolves cities outside GBM", () => {
    expect(codeOf("Dijon")).toBe("21231");
    expect(codeOf("Paris")).toBe("75056");
    expect(codeOf("Auxerre")).toBe("89024");
    expect(codeOf("Belfort")).toBe("90010");
  });

  it("reports a name that matches nothing instead of guessing", () => {
    const resolution = resolveCommune("Torino");
    expect(resolution).toEqual({ unresolved: "Torino", reason: expect.stringContaining("no commune") });
  });

  it("resolves a reviewed former commune to itself, not to the commune it merged into", () => {
    const gratteris = { code: "25297", name: "Le Gratteris", departement: "25", via: "former", mergedInto: "25364" };
    expect(resolveCommune("Le Gratteris")).toEqual(gratteris);
    expect(resolveCommune("LE GRATTERIS")).toEqual(gratteris);
    expect(knownCommuneByCode("25297")).toEqual(gratteris);
    expect(communeByCode("25297")).toBeUndefined(); // not a current commune
    expect(resolveCommune("Mamirolle")).toEqual({ code: "25364", name: "Mamirolle", departement: "25", via: "name" });
  });

  it("reports homonyms it cannot choose between", () => {
    const resolution = resolveCommune("Saint-Martin");
    expect(isResolved(resolution)).toBe(false);
    expect(resolution).toMatchObject({ reason: expect.stringContaining("ambiguous") });
  });

  it("reports a former commune rather than guessing its successor", () => {
    const resolution = resolveCommune("Auxon-Dessous"); // delegated commune of Les Auxons (25035)
    expect(resolution).toMatchObject({ unresolved: "Auxon-Dessous", reason: expect.stringContaining("25035") });
  });
});

describe("communeAliases", () => {
  it.each(Object.entries(communeAliases))(
    "%s points at a current commune with the official name given",
    (_written, alias) => {
      expect(communeByCode(alias.code)?.name).toBe(alias.official);
    },
  );
});
