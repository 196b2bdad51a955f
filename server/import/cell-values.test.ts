import { describe, expect, it } from "vitest";
import {
  parseAmount,
  parseCount,
  parseNumber,
  parseOrganizationKind,
  parseSiren,
  parseYear,
  splitList,
} from "./cell-values.js";

const value = <T>(parsed: { ok: true; value: T } | { ok: false; reason: string }) =>
  parsed.ok ? parsed.value : parsed.reason;

describe("cell values", () => {
  it("reads numbers as French and English spreadsheets write them", () => {
    expect(
      [
        "1 250 000,50",
        "1\u202f250\u00a0000",
        "1250000.5",
        "1,250,000.50",
        "1.250.000,50",
        "12,5",
        "3,2 M€",
        "850 k€",
        "45 000 €",
        "1,2Md€",
      ].map((text) => value(parseNumber(text))),
    ).toEqual([
      1_250_000.5, 1_250_000, 1_250_000.5, 1_250_000.5, 1_250_000.5, 12.5, 3_200_000, 850_000, 45_000, 1_200_000_000,
    ]);
    expect(value(parseNumber("douze"))).toMatch(/is not a number/);
    expect(value(parseCount("12,5"))).toMatch(/not a whole number/);
    expect(value(parseAmount("-5"))).toMatch(/negative/);
    expect(value(parseYear("24"))).toMatch(/not a year/);
    expect(value(parseYear(" 2024 "))).toBe(2024);
  });

  it("checks a SIREN's check digit and takes the SIREN out of a SIRET", () => {
    expect(value(parseSiren("732 829 320"))).toBe("732829320");
    expect(parseSiren("73282932000074")).toEqual({
      ok: true,
      value: "732829320",
      note: "SIRET 73282932000074: its SIREN 732829320 is used",
    });
    expect(value(parseSiren("732829321"))).toMatch(/check digit is wrong/);
    expect(value(parseSiren("12345"))).toMatch(/not a SIREN/);
    expect(value(parseSiren("356000000"))).toBe("356000000");
  });

  it("splits lists on | when there is one, else on commas", () => {
    expect(splitList("ASD, santé ,ASD")).toEqual(["ASD", "santé"]);
    expect(splitList("Dupont, Fils & Cie | Femto-ST")).toEqual(["Dupont, Fils & Cie", "Femto-ST"]);
    expect(splitList("  ")).toEqual([]);
  });

  it("reads organisation kinds in French or as the vocabulary's codes", () => {
    expect(
      ["Entreprise", "laboratoire", "École", "PUBLIC_BODY", "Collectivité"].map((text) =>
        value(parseOrganizationKind(text)),
      ),
    ).toEqual(["COMPANY", "RESEARCH", "SCHOOL", "PUBLIC_BODY", "PUBLIC_BODY"]);
    expect(value(parseOrganizationKind("fournisseur"))).toMatch(/not a kind of organisation/);
  });
});
