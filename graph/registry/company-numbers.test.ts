import { describe, expect, it } from "vitest";
import { checkSiren, checkSiret, CompanyNumberError, luhnKey, sirenProblem, siretProblem } from "./company-numbers.js";

describe("SIREN and SIRET validation", () => {
  it("accepts real numbers (GBM's EPCI, an establishment of INSEE)", () => {
    expect(sirenProblem("242500361")).toBeNull();
    expect(sirenProblem("242 500 361")).toBeNull();
    expect(siretProblem("12002701600563")).toBeNull();
  });

  it("says what is wrong: length, digits, check key", () => {
    expect(sirenProblem("24250036")).toMatch(/9 digits, it has 8/);
    expect(sirenProblem("24250036A")).toMatch(/digits only/);
    expect(sirenProblem("242500362")).toMatch(/check key \(Luhn\)/);
    expect(siretProblem("1200270160056")).toMatch(/14 digits, it has 13/);
    expect(siretProblem("12002701600564")).toMatch(/check key/);
    expect(siretProblem("24250036200011")).toMatch(/invalid SIREN/);
  });

  it("follows INSEE's sum-of-digits rule for La Poste's establishments", () => {
    expect(siretProblem("35600000000048")).toBeNull();
    expect(siretProblem("35600000049837")).toBeNull(); // digits sum to 50
    expect(siretProblem("35600000049838")).toMatch(/check key/);
  });

  it("throws a CompanyNumberError from the checks, and builds valid keys", () => {
    expect(() => checkSiren("123")).toThrow(CompanyNumberError);
    expect(checkSiret(`24250036100011`.slice(0, 13) + luhnKey("2425003610001"))).toHaveLength(14);
    expect(sirenProblem(`12345678${luhnKey("12345678")}`)).toBeNull();
  });
});
