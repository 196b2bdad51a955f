import { describe, expect, it } from "vitest";
import { locateQuote, splitAtQuote } from "./locate-quote";

const source = "Le bureau est représenté par :\n  - Statice,\n\tCrossject et FEMTO-ST.\n\nMontant : 45\u202f000 €";

describe("locating a quote in its source", () => {
  it("finds a quote written on one line in a source that breaks it across lines", () => {
    const span = locateQuote(source, "Le bureau est représenté par : - Statice, Crossject");
    expect(span).not.toBeNull();
    expect(source.slice(span!.start, span!.end)).toBe("Le bureau est représenté par :\n  - Statice,\n\tCrossject");
  });

  it("ignores white space around the quote and folds narrow no-break spaces", () => {
    const span = locateQuote(source, "  45 000 €\n");
    expect(source.slice(span!.start, span!.end)).toBe("45\u202f000 €");
  });

  it("matches exactly otherwise: case and accents count", () => {
    expect(locateQuote(source, "le bureau est représenté")).toBeNull();
    expect(locateQuote(source, "Le bureau est represente")).toBeNull();
  });

  it("gives nothing for a blank quote", () => {
    expect(locateQuote(source, "  \n ")).toBeNull();
  });

  it("cuts the text around the quote, keeping every character", () => {
    const parts = splitAtQuote(source, "Crossject et FEMTO-ST.");
    expect(parts).toEqual({
      before: "Le bureau est représenté par :\n  - Statice,\n\t",
      quoted: "Crossject et FEMTO-ST.",
      after: "\n\nMontant : 45\u202f000 €",
    });
    expect(parts!.before + parts!.quoted + parts!.after).toBe(source);
  });
});
