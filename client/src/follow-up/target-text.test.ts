import { describe, expect, it } from "vitest";
import { barPercent, boundKey, documentKey } from "./target-text";

describe("target text", () => {
  it("names the words of each bound, exact when none", () => {
    expect(boundKey("MIN")).toBe("followUp.bounds.MIN");
    expect(boundKey(null)).toBe("followUp.bounds.EXACT");
  });

  it("caps the progress bar between 0 and 100 %", () => {
    expect(barPercent(0.5)).toBe(50);
    expect(barPercent(1.8)).toBe(100);
    expect(barPercent(null)).toBe(0);
  });

  it("reads a document id with or without its label", () => {
    expect(documentKey(" Document:rapport-2024 ")).toBe("rapport-2024");
    expect(documentKey("gbm-2024-00098")).toBe("gbm-2024-00098");
  });
});
