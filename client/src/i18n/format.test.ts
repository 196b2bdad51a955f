import { describe, expect, it } from "vitest";
import { formatAmount, formatDate, formatDateTime, formatNumber, formatShare, localeOf } from "./format";

// Intl separates French thousands with a narrow no-break space and puts a no-break space before €.
const spaces = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

describe("formatting per interface language", () => {
  it("writes 45 000 € in French and €45,000 in English", () => {
    expect(spaces(formatAmount(45_000, "EUR", localeOf("fr")))).toBe("45 000 €");
    expect(formatAmount(45_000, "EUR", localeOf("en"))).toBe("€45,000");
  });

  it("keeps cents only when there are some", () => {
    expect(spaces(formatAmount(1234.5, "EUR", "fr-FR"))).toBe("1 234,50 €");
  });

  it("formats counts and shares", () => {
    expect(spaces(formatNumber(752_100, "fr-FR"))).toBe("752 100");
    expect(spaces(formatShare(0.125, "fr-FR"))).toBe("12,5 %");
    expect(formatShare(0.125, "en-GB")).toBe("12.5%");
  });

  it("writes ISO dates in words and leaves other text alone", () => {
    expect(formatDate("2024-04-11", "fr-FR")).toBe("11 avril 2024");
    expect(formatDate("2024-04-11", "en-GB")).toBe("11 April 2024");
    expect(formatDate("printemps 2024", "fr-FR")).toBe("printemps 2024");
  });

  it("writes an instant with its time, and leaves what is not one alone", () => {
    expect(spaces(formatDateTime("2024-04-11T12:05:00Z", "fr-FR", "Europe/Paris"))).toBe("11 avril 2024 à 14:05");
    expect(formatDateTime("2024-04-11T12:05:00Z", "en-GB", "UTC")).toBe("11 April 2024 at 12:05");
    expect(formatDateTime("hier", "fr-FR")).toBe("hier");
  });
});
